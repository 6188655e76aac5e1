import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { ApiError } from "../api/problem.js";
import { type Access, residentEndpoints } from "./api.js";
import { useCt } from "./i18n/index.js";
import { statementProblem } from "./lib.js";
import type { ModerationMode, StatementStatus } from "./types.js";

interface Props {
  publicId: string;
  access: Access;
  maxLength: number;
  moderationMode: ModerationMode;
}

/** Writing a statement: a counter tied to the field, what happens next, and clear refusals. */
export function StatementForm({ publicId, access, maxLength, moderationMode }: Props) {
  const { ct, language } = useCt();
  const id = useId();
  const fieldId = `${id}-text`;
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<StatementStatus | null>(null);
  const write = useMutation({
    mutationFn: (statement: string) =>
      residentEndpoints.write(publicId, access, statement, language),
  });
  const busy = write.isPending;
  const [spoken, setSpoken] = useState("");
  const length = text.trim().length;
  const left = maxLength - length;

  // The counter is announced after typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(
      () => setSpoken(ct("write.counter", { count: length, max: maxLength })),
      1200,
    );
    return () => clearTimeout(timer);
  }, [length, maxLength, ct]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (length === 0) {
      setError(ct("write.empty"));
      document.getElementById(fieldId)?.focus();
      return;
    }
    if (left < 0) {
      setError(ct("write.tooLong", { max: maxLength }));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(null);
    write.mutate(text, {
      onSuccess: (answer) => {
        setSent(answer.status);
        setText("");
        void queryClient.invalidateQueries({ queryKey: ["conv", publicId] });
      },
      onError: (e) => {
        const kind = statementProblem(e);
        const field = e instanceof ApiError ? e.problem.errors[0] : undefined;
        if (kind === "invalid" && field?.code === "too_long") {
          const max = typeof field.params.max === "number" ? field.params.max : maxLength;
          setError(ct("write.tooLong", { max }));
        } else {
          setError(ct(`write.problem.${kind}`));
        }
        document.getElementById(fieldId)?.focus();
      },
    });
  };

  return (
    <section className="conv-write" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{ct("write.title")}</h2>
      <p id={`${id}-next`}>
        {moderationMode === "pre" ? ct("write.nextPre") : ct("write.nextPost")}
      </p>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{sent === "approved" ? ct("write.sentApproved") : ct("write.sentPending")}</p>
        </div>
      ) : null}
      <form noValidate onSubmit={submit}>
        <div className={error ? "field field--invalid" : "field"}>
          <label htmlFor={fieldId}>{ct("write.label")}</label>
          <p className="field__hint" id={`${id}-hint`}>
            {ct("write.hint")}
          </p>
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <textarea
            id={fieldId}
            className="conv-textarea"
            rows={3}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setSent(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={[
              `${id}-hint`,
              error ? `${id}-error` : "",
              `${id}-counter`,
              `${id}-next`,
            ]
              .filter(Boolean)
              .join(" ")}
          />
          <p
            id={`${id}-counter`}
            className={left < 0 ? "conv-counter conv-counter--over" : "conv-counter"}
          >
            {left < 0
              ? ct("write.over", { count: -left, max: maxLength })
              : ct("write.counter", { count: length, max: maxLength })}
          </p>
          <div className="visually-hidden" aria-live="polite">
            {spoken}
          </div>
        </div>
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {ct("write.submit")}
        </button>
      </form>
    </section>
  );
}
