import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, SelectField, Status, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDateTime } from "../../lib/format.js";
import { usePt } from "../i18n/index.js";
import { sessionStaffEndpoints } from "../sessions-api.js";

/** A table's notes and proposals, and the facilitator's form for a new one. */
export function TableNotes({ tableNumber, manage }: { tableNumber: number; manage: boolean }) {
  const { pt, language } = usePt();
  const { panelId = "", sessionId = "" } = useParams();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const key = ["panels", org.slug, panelId, "notes", sessionId];
  const notes = useQuery({
    queryKey: key,
    queryFn: () => sessionStaffEndpoints.notes(org.slug, panelId, sessionId),
  });
  const prefix = `table-${tableNumber}-note`;
  const { errors, attempt, fail, failWith, fieldError, clear } = useFormErrors((path) => {
    const p = path.replace(/^body\./, "");
    return p === "text" || p === "kind" ? `${prefix}-${p}` : undefined;
  });
  const [kind, setKind] = useState<"note" | "proposal">("proposal");
  const [text, setText] = useState("");
  const [done, setDone] = useState("");
  const add = useMutation({
    mutationFn: () =>
      sessionStaffEndpoints.addNote(org.slug, panelId, sessionId, tableNumber, { kind, text }),
    onSuccess: (data) => {
      clear();
      client.setQueryData(key, data);
      setText("");
      setDone(pt(kind === "proposal" ? "notes.proposalSaved" : "notes.noteSaved"));
    },
    onError: failWith,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) fail([{ field: `${prefix}-text`, message: pt("notes.textRequired") }]);
    else add.mutate();
  };
  const mine = (notes.data?.notes ?? []).filter((x) => x.tableNumber === tableNumber);
  const textError = fieldError(`${prefix}-text`);
  return (
    <div>
      <h3 id={`${prefix}-heading`}>{pt("notes.heading", { number: tableNumber })}</h3>
      {mine.length === 0 ? <p>{pt("notes.none")}</p> : null}
      <ul>
        {mine.map((x) => (
          <li key={x.id}>
            <strong>{pt(`notes.kinds.${x.kind}`)}</strong> ({formatDateTime(x.createdAt, language)}
            ): {x.text}
          </li>
        ))}
      </ul>
      {manage ? (
        <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
          <ErrorSummary errors={errors} attempt={attempt} />
          <SelectField
            id={`${prefix}-kind`}
            label={pt("notes.kind", { number: tableNumber })}
            value={kind}
            onChange={(v) => setKind(v === "note" ? "note" : "proposal")}
            options={[
              { value: "proposal", label: pt("notes.kinds.proposal") },
              { value: "note", label: pt("notes.kinds.note") },
            ]}
            hint={pt("notes.kindHint")}
          />
          <div className={textError ? "field field--invalid" : "field"}>
            <label htmlFor={`${prefix}-text`}>{pt("notes.text", { number: tableNumber })}</label>
            {textError ? (
              <p id={`${prefix}-text-error`} className="field__error">
                {textError}
              </p>
            ) : null}
            <textarea
              id={`${prefix}-text`}
              rows={4}
              maxLength={4000}
              value={text}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? `${prefix}-text-error` : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <button type="submit" disabled={add.isPending}>
            {pt("notes.submit", { number: tableNumber })}
          </button>
          {done ? <Status>{done}</Status> : null}
        </form>
      ) : null}
    </div>
  );
}
