import { type FormEvent, useRef, useState } from "react";
import { ErrorSummary } from "../../components/form.js";
import { formatDate } from "../../lib/format.js";
import { type RoundTableDetail, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import {
  DistributionFields,
  type DistributionValues,
  ResponseFields,
  type ResponseValues,
} from "./SendingFields.js";
import { DistributionItem, ResponseItem } from "./SendingItems.js";
import { useWrite } from "./useWrite.js";

const NO_DISTRIBUTION: DistributionValues = {
  recipient: "",
  sentOn: "",
  channel: "email",
  note: "",
};
const NO_RESPONSE: ResponseValues = { body: "", receivedOn: "", text: "", link: "" };

/** Where the statement was sent (when, how) and the responses received: record, correct, remove. */
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
  const [sending, setSending] = useState(NO_DISTRIBUTION);
  const [response, setResponse] = useState(NO_RESPONSE);
  // After a removal the item is gone: its section's heading takes the focus.
  const distributionHeading = useRef<HTMLHeadingElement>(null);
  const responsesHeading = useRef<HTMLHeadingElement>(null);
  const send = useWrite(
    slug,
    id,
    "dist",
    () => roundTableStaffEndpoints.distribution(slug, id, sending),
    () => setSending({ ...NO_DISTRIBUTION, sentOn: sending.sentOn, channel: sending.channel }),
  );
  const answer = useWrite(
    slug,
    id,
    "resp",
    () => roundTableStaffEndpoints.response(slug, id, response),
    () => setResponse(NO_RESPONSE),
  );
  return (
    <>
      <section aria-labelledby="rt-distribution">
        <h2 id="rt-distribution" ref={distributionHeading} tabIndex={-1}>
          {rt("staff.distribution")}
        </h2>
        <ul className="roundtable-sent-list">
          {detail.distribution.map((d) => (
            <DistributionItem
              key={d.id}
              slug={slug}
              roundTableId={id}
              item={d}
              manage={manage}
              name={`${d.recipient}, ${formatDate(d.sentOn, language)}`}
              onRemoved={() => distributionHeading.current?.focus()}
            />
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
            <DistributionFields
              prefix="dist"
              values={sending}
              onChange={setSending}
              errors={send}
            />
            <button type="submit" disabled={send.mutation.isPending}>
              {rt("staff.addDistribution")}
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="rt-responses">
        <h2 id="rt-responses" ref={responsesHeading} tabIndex={-1}>
          {rt("staff.responses")}
        </h2>
        <ul className="roundtable-sent-list">
          {detail.responses.map((x) => (
            <ResponseItem
              key={x.id}
              slug={slug}
              roundTableId={id}
              item={x}
              manage={manage}
              name={`${x.body}, ${formatDate(x.receivedOn, language)}`}
              onRemoved={() => responsesHeading.current?.focus()}
            />
          ))}
        </ul>
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
            <ResponseFields
              prefix="resp"
              values={response}
              onChange={setResponse}
              errors={answer}
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
