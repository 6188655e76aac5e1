import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Status } from "../../components/form.js";
import { errorMessage } from "../../lib/errors.js";
import { isLanguage, type Language, localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import type { TranslationItem } from "../types.js";
import { staffEndpoints } from "./api.js";
import { TextArea } from "./fields.js";
import { ConversationNav, staffKeys, useStaffConversation } from "./shared.js";

function itemKey(item: TranslationItem): string {
  return item.kind === "statement" ? `statement-${item.tid}` : item.kind;
}

/**
 * The "needs translation" queue of one conversation: each text missing in one of the
 * organization's languages, with a field per missing language. Saving moves focus on to the
 * next text, so that a translator works through the queue by keyboard.
 */
export function TranslationsPage() {
  const { ct, t, language } = useCt();
  const { org, id, query: conversation } = useStaffConversation();
  const queryClient = useQueryClient();
  useDocumentTitle(ct("translate.title"));
  const queue = useQuery({
    queryKey: staffKeys.translations(org.slug, id),
    queryFn: () => staffEndpoints.translations(org.slug, id),
  });
  const [notice, setNotice] = useState("");
  const focusAt = useRef<number | null>(null);
  const items = queue.data?.items ?? [];

  useEffect(() => {
    if (focusAt.current === null || !queue.data) return;
    const forms = document.querySelectorAll<HTMLFormElement>(".conv-translate__item");
    const target = forms[Math.min(focusAt.current, forms.length - 1)];
    focusAt.current = null;
    (target?.querySelector("textarea") ?? document.querySelector<HTMLElement>("#main h1"))?.focus();
  }, [queue.data]);

  return (
    <div className="conv-translate">
      <ConversationNav id={id} current="translations" />
      <h1 tabIndex={-1}>{ct("translate.title")}</h1>
      {conversation.data ? (
        <p className="lead">{localized(conversation.data.title, language)}</p>
      ) : null}
      <p>{ct("translate.help")}</p>
      <div role="status">
        {notice ? <p className="notice">{notice}</p> : null}
        {queue.data ? (
          <p>
            {queue.data.missing === 0
              ? ct("translate.none")
              : ct("translate.count", { count: queue.data.missing })}
          </p>
        ) : null}
      </div>
      {queue.isPending ? <Status>{t("common.loading")}</Status> : null}
      {queue.error ? <p className="notice notice--error">{errorMessage(queue.error, t)}</p> : null}
      {items.map((item, index) => (
        <ItemForm
          key={itemKey(item)}
          item={item}
          onSaved={() => {
            focusAt.current = index;
            setNotice(ct("translate.saved"));
            void queryClient.invalidateQueries({ queryKey: staffKeys.translationCounts(org.slug) });
          }}
          save={async (input) => {
            const answer = await staffEndpoints.translate(org.slug, id, input);
            queryClient.setQueryData(staffKeys.translations(org.slug, id), answer);
            return answer;
          }}
        />
      ))}
    </div>
  );
}

interface ItemFormProps {
  item: TranslationItem;
  save: (input: {
    kind: TranslationItem["kind"];
    tid?: number;
    language: Language;
    text: string;
  }) => Promise<unknown>;
  onSaved: () => void;
}

function ItemForm({ item, save, onSaved }: ItemFormProps) {
  const { ct, t } = useCt();
  const key = itemKey(item);
  const [drafts, setDrafts] = useState<Partial<Record<Language, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: async (entries: [Language, string][]) => {
      for (const [language, text] of entries)
        await save({
          kind: item.kind,
          ...(item.tid !== null ? { tid: item.tid } : {}),
          language,
          text,
        });
      return entries.length;
    },
  });
  const original = item.texts[item.language] ?? "";
  const heading =
    item.kind === "statement"
      ? ct("translate.kind.statement", { tid: item.tid })
      : ct(`translate.kind.${item.kind}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const entries = item.missing
      .map((l) => [l, drafts[l]?.trim() ?? ""] as [Language, string])
      .filter(([, text]) => text.length > 0);
    if (entries.length === 0) {
      setError(ct("translate.empty"));
      document.getElementById(`tr-${key}-${item.missing[0]}`)?.focus();
      return;
    }
    setError(null);
    send.mutate(entries, {
      onSuccess: () => onSaved(),
      onError: (problem) => setError(errorMessage(problem, t)),
    });
  };

  return (
    <form
      className="conv-translate__item conv-card"
      noValidate
      onSubmit={submit}
      aria-labelledby={`tr-${key}-title`}
    >
      <h2 id={`tr-${key}-title`}>{heading}</h2>
      <p className="conv-statement__label">
        {ct("translate.original", { language: ct(`translate.language.${item.language}`) })}
      </p>
      <blockquote className="conv-statement" lang={item.language}>
        {original.split(/\n{2,}/).map((para, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
          <p key={i}>{para}</p>
        ))}
      </blockquote>
      {item.missing.filter(isLanguage).map((l, i) => (
        <TextArea
          key={l}
          id={`tr-${key}-${l}`}
          label={ct(`translate.into.${l}`)}
          lang={l}
          rows={item.kind === "description" ? 6 : 2}
          value={drafts[l] ?? ""}
          error={i === 0 && error ? error : undefined}
          onChange={(v) => setDrafts((d) => ({ ...d, [l]: v }))}
        />
      ))}
      <button type="submit" className="button" aria-disabled={send.isPending || undefined}>
        {ct("translate.save")}
      </button>
    </form>
  );
}
