import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../../lib/errors.js";
import { localized } from "../../lib/language.js";
import { useCt } from "../i18n/index.js";
import type { StaffConversation } from "../types.js";
import { staffEndpoints } from "./api.js";

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
  const change = useMutation({
    mutationFn: (image: { file: File; alt: typeof alt } | null) =>
      image
        ? staffEndpoints.setImage(slug, conversation.id, image.file, image.alt)
        : staffEndpoints.removeImage(slug, conversation.id),
  });
  const busy = change.isPending;

  const run = (image: { file: File; alt: typeof alt } | null, done: string) => {
    setMessage(null);
    change.mutate(image, {
      onSuccess: () => {
        setMessage({ kind: "ok", text: done });
        onChanged();
      },
      onError: (error) => setMessage({ kind: "error", text: errorMessage(error, t) }),
    });
  };

  const upload = () => {
    if (!file) return setMessage({ kind: "error", text: ct("staff.image.needFile") });
    if (!alt.fi.trim()) return setMessage({ kind: "error", text: ct("staff.image.needAlt") });
    return run({ file, alt }, ct("staff.image.saved"));
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
            upload();
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
                onClick={() => run(null, ct("staff.image.removed"))}
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
