import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField } from "../../components/form.js";
import { formatDate } from "../../lib/format.js";
import { type DistributionInput, type RoundTableDetail, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import { TextArea } from "./TextArea.js";
import { useWrite } from "./useWrite.js";

const CHANNELS = ["email", "letter", "meeting", "registry", "other"] as const;

function DateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        value={props.value}
        required
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** Where the statement was sent (when, how) and the responses received. */
export function SendingForms({
  slug,
  detail,
  manage,
}: {
  slug: string;
  detail: RoundTableDetail;
  manage: boolean;
}) {
  const { rt, language } = useRt();
  const id = detail.id;
  const [recipient, setRecipient] = useState("");
  const [sentOn, setSentOn] = useState("");
  const [channel, setChannel] = useState<DistributionInput["channel"]>("email");
  const [body, setBody] = useState("");
  const [receivedOn, setReceivedOn] = useState("");
  const [text, setText] = useState("");
  const [link, setLink] = useState("");
  const send = useWrite(
    slug,
    id,
    "dist",
    () => roundTableStaffEndpoints.distribution(slug, id, { recipient, sentOn, channel }),
    () => setRecipient(""),
  );
  const answer = useWrite(
    slug,
    id,
    "resp",
    () => roundTableStaffEndpoints.response(slug, id, { body, receivedOn, text, link }),
    () => {
      setBody("");
      setText("");
      setLink("");
    },
  );
  return (
    <>
      <section aria-labelledby="rt-distribution">
        <h2 id="rt-distribution">{rt("staff.distribution")}</h2>
        <ul>
          {detail.distribution.map((d) => (
            <li key={d.id}>
              {d.recipient} – {formatDate(d.sentOn, language)} ({rt(`channels.${d.channel}`)})
            </li>
          ))}
        </ul>
        {manage ? (
          <form
            noValidate
            aria-label={rt("staff.addDistribution")}
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              send.mutation.mutate(undefined);
            }}
          >
            <ErrorSummary errors={send.errors} attempt={send.attempt} />
            <TextField
              id="dist-recipient"
              label={rt("staff.recipient")}
              value={recipient}
              onChange={setRecipient}
              error={send.fieldError("dist-recipient")}
              maxLength={300}
              required
            />
            <DateField
              id="dist-sentOn"
              label={rt("staff.sentOn")}
              value={sentOn}
              onChange={setSentOn}
              error={send.fieldError("dist-sentOn")}
            />
            <SelectField
              id="dist-channel"
              label={rt("staff.channel")}
              value={channel}
              onChange={(v) => setChannel(v as DistributionInput["channel"])}
              options={CHANNELS.map((c) => ({ value: c, label: rt(`channels.${c}`) }))}
            />
            <button type="submit" disabled={send.mutation.isPending}>
              {rt("staff.addDistribution")}
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="rt-responses">
        <h2 id="rt-responses">{rt("staff.responses")}</h2>
        {detail.responses.map((x) => (
          <div key={x.id}>
            <h3>
              {x.body}, {formatDate(x.receivedOn, language)}
            </h3>
            <p className="roundtable-text">{x.text}</p>
          </div>
        ))}
        {manage ? (
          <form
            noValidate
            aria-label={rt("staff.addResponse")}
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              answer.mutation.mutate(undefined);
            }}
          >
            <ErrorSummary errors={answer.errors} attempt={answer.attempt} />
            <TextField
              id="resp-body"
              label={rt("staff.body")}
              value={body}
              onChange={setBody}
              error={answer.fieldError("resp-body")}
              maxLength={300}
              required
            />
            <DateField
              id="resp-receivedOn"
              label={rt("staff.receivedOn")}
              value={receivedOn}
              onChange={setReceivedOn}
              error={answer.fieldError("resp-receivedOn")}
            />
            <TextArea
              id="resp-text"
              label={rt("staff.responseText")}
              value={text}
              onChange={setText}
              error={answer.fieldError("resp-text")}
              maxLength={20000}
            />
            <TextField
              id="resp-link"
              type="url"
              label={rt("staff.link")}
              value={link}
              onChange={setLink}
              error={answer.fieldError("resp-link")}
              maxLength={2000}
            />
            <button type="submit" disabled={answer.mutation.isPending}>
              {rt("staff.addResponse")}
            </button>
          </form>
        ) : null}
      </section>
    </>
  );
}
