import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { formatDate } from "../../lib/format.js";
import { type Jury, juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder, inLanguage, LANGUAGES, TextAreaField } from "./fields.js";

/**
 * The decision-makers' response to the statement (the body, the day, the text in fi/sv/en),
 * shown beside the statement on the jury's public page. Managers record or correct it.
 */
export function ResponseSection(props: {
  slug: string;
  jury: Jury;
  mayRecord: boolean;
  onSaved: () => unknown;
}) {
  const { jt, language } = useJt();
  const saved = props.jury.decisionResponse;
  const [body, setBody] = useState(saved?.body ?? "");
  const [date, setDate] = useState(saved?.date ?? "");
  const [text, setText] = useState({ fi: "", sv: "", en: "", ...saved?.text });
  const [done, setDone] = useState(false);
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(
    fieldsUnder("jury-response"),
  );
  const record = useMutation({
    mutationFn: () =>
      juryStaffEndpoints.respond(props.slug, props.jury.id, {
        body,
        date,
        text: { fi: text.fi, sv: text.sv, en: text.en },
      }),
    onSuccess: async () => {
      clear();
      setDone(true);
      await props.onSaved();
    },
    onError: (error) => {
      setDone(false);
      failWith(error);
    },
  });
  return (
    <section aria-labelledby="jury-response-staff">
      <h2 id="jury-response-staff">{jt("staff.response")}</h2>
      {saved ? (
        <p>
          {jt("staff.responseBy", { body: saved.body, date: formatDate(saved.date, language) })}:{" "}
          {inLanguage(language, saved.text)}
        </p>
      ) : (
        <p>{jt("staff.noResponse")}</p>
      )}
      {props.mayRecord ? (
        <form
          noValidate
          aria-labelledby="jury-response-form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            record.mutate();
          }}
        >
          <h3 id="jury-response-form">{jt("staff.recordResponse")}</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="jury-response-body"
            label={jt("staff.responseBody")}
            hint={jt("staff.responseBodyHint")}
            value={body}
            onChange={setBody}
            error={fieldError("jury-response-body")}
            maxLength={300}
            required
          />
          <TextField
            id="jury-response-date"
            label={jt("staff.responseDate")}
            hint="2027-04-15"
            value={date}
            onChange={setDate}
            error={fieldError("jury-response-date")}
            maxLength={10}
            required
          />
          {LANGUAGES.map((l) => (
            <TextAreaField
              key={l}
              id={`jury-response-text-${l}`}
              label={jt(`staff.responseText.${l}`)}
              value={text[l]}
              onChange={(v) => setText({ ...text, [l]: v })}
              error={fieldError(`jury-response-text-${l}`)}
              maxLength={20_000}
              required={l === "fi"}
              lang={l}
            />
          ))}
          <button type="submit" disabled={record.isPending}>
            {jt("staff.saveResponse")}
          </button>
          {done ? <Status>{jt("staff.responseSaved")}</Status> : null}
        </form>
      ) : null}
    </section>
  );
}
