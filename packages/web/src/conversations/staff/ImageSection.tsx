import { useId, useState } from "react";
import { errorMessage } from "../../lib/errors.js";
import { localized } from "../../lib/language.js";
import { staffEndpoints } from "../api.js";
import { useCt } from "../i18n/index.js";
import type { StaffConversation } from "../types.js";

/** Upload, replace or remove a conversation's topic image, with its text alternative. */
export function ImageSection({
  slug,
  conversation,
  canEdit,
  onChanged,
}: {
  slug: string;
  conversation: StaffConversation;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { ct, t, language } = useCt();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState({
    fi: conversation.image?.alt.fi ?? "",
    sv: conversation.image?.alt.sv ?? "",
    en: conversation.image?.alt.en ?? "",
  });
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ kind: "ok", text: done });
      onChanged();
    } catch (error) {
      setMessage({ kind: "error", text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const upload = () => {
    if (!file) return setMessage({ kind: "error", text: ct("staff.image.needFile") });
    if (!alt.fi.trim()) return setMessage({ kind: "error", text: ct("staff.image.needAlt") });
    return run(
      () => staffEndpoints.setImage(slug, conversation.id, file, alt),
      ct("staff.image.saved"),
    );
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{ct("staff.image.title")}</h2>
      <p>{ct("staff.image.help")}</p>
      {conversation.image ? (
        <figure className="conv-image-preview">
          <img src={conversation.image.url} alt={localized(conversation.image.alt, language)} />
          <figcaption>{ct("staff.image.current")}</figcaption>
        </figure>
      ) : (
        <p className="muted">{ct("staff.image.none")}</p>
      )}
      {canEdit ? (
        <form
          className="conv-image-form"
          onSubmit={(event) => {
            event.preventDefault();
            void upload();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-file`}>{ct("staff.image.file")}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="image/png,image/jpeg,image/webp"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          {(["fi", "sv", "en"] as const).map((lang) => (
            <div className="field" key={lang}>
              <label htmlFor={`${id}-alt-${lang}`}>
                {ct(`staff.image.alt${lang === "fi" ? "Fi" : lang === "sv" ? "Sv" : "En"}`)}
              </label>
              <input
                id={`${id}-alt-${lang}`}
                type="text"
                maxLength={300}
                value={alt[lang]}
                required={lang === "fi"}
                onChange={(event) => setAlt({ ...alt, [lang]: event.target.value })}
              />
            </div>
          ))}
          <p className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {ct("staff.image.upload")}
            </button>
            {conversation.image ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => staffEndpoints.removeImage(slug, conversation.id),
                    ct("staff.image.removed"),
                  )
                }
              >
                {ct("staff.image.remove")}
              </button>
            ) : null}
          </p>
        </form>
      ) : null}
      <p role="status" className={message?.kind === "error" ? "notice notice--error" : undefined}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}
