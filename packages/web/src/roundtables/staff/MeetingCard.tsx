import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, TextField } from "../../components/form.js";
import { formatDate } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { type Meeting, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import { RoleTable } from "../RoleTable.js";
import { SnapshotSummary } from "../SnapshotSummary.js";
import { TextArea } from "./TextArea.js";
import { useWrite } from "./useWrite.js";

/** One meeting: its record, the results taken to it (a snapshot form), its proposals. */
export function MeetingCard({
  slug,
  id,
  meeting,
  manage,
}: {
  slug: string;
  id: string;
  meeting: Meeting;
  manage: boolean;
}) {
  const { rt, language } = useRt();
  const m = meeting;
  const [conversationId, setConversationId] = useState("");
  const [madeBy, setMadeBy] = useState("");
  const [text, setText] = useState("");
  const conversations = useQuery({
    queryKey: ["roundtables", slug, "conversations"],
    queryFn: () => roundTableStaffEndpoints.conversations(slug),
    enabled: manage,
  });
  const chosen = conversationId || conversations.data?.conversations[0]?.id || "";
  const snap = useWrite(slug, id, `snap-${m.id}`, () =>
    roundTableStaffEndpoints.snapshot(slug, id, m.id, chosen),
  );
  const propose = useWrite(
    slug,
    id,
    `prop-${m.id}`,
    () => roundTableStaffEndpoints.proposal(slug, id, m.id, { madeBy, text }),
    () => setText(""),
  );
  const date = formatDate(m.heldOn, language);
  return (
    <article aria-labelledby={`meeting-${m.id}`} className="roundtable-meeting">
      <h3 id={`meeting-${m.id}`}>
        {date}
        {m.place ? ` – ${m.place}` : ""}
        {m.online ? ` (${rt("public.online")})` : ""}
      </h3>
      <RoleTable counts={m.participants} caption={rt("public.participantsCaption", { date })} />
      {m.notes ? (
        <>
          <h4>{rt("staff.notes")}</h4>
          <p className="roundtable-text">{m.notes}</p>
        </>
      ) : null}
      {m.snapshots.map((s) => (
        <SnapshotSummary key={s.id} snapshot={s} headingId={`snap-h-${s.id}`} />
      ))}
      {manage && (conversations.data?.conversations.length ?? 0) > 0 ? (
        <form
          noValidate
          aria-label={`${rt("staff.takeSnapshot")}: ${date}`}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            snap.mutation.mutate(undefined);
          }}
        >
          <ErrorSummary errors={snap.errors} attempt={snap.attempt} />
          <SelectField
            id={`snap-${m.id}-conversationId`}
            label={rt("staff.conversation")}
            value={chosen}
            onChange={setConversationId}
            options={(conversations.data?.conversations ?? []).map((c) => ({
              value: c.id,
              label: localized(c.title, language),
            }))}
          />
          <button type="submit" disabled={snap.mutation.isPending}>
            {rt("staff.snapshotButton")}
          </button>
        </form>
      ) : null}
      <h4>{rt("staff.proposals")}</h4>
      <ul>
        {m.proposals.map((p) => (
          <li key={p.id}>
            {p.madeBy ? <strong>{p.madeBy}: </strong> : null}
            {p.text}
            {p.inStatement ? ` (${rt("staff.inStatement")})` : ""}
          </li>
        ))}
      </ul>
      {manage ? (
        <form
          noValidate
          aria-label={`${rt("staff.addProposal")}: ${date}`}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            propose.mutation.mutate(undefined);
          }}
        >
          <ErrorSummary errors={propose.errors} attempt={propose.attempt} />
          <TextField
            id={`prop-${m.id}-madeBy`}
            label={rt("staff.madeBy")}
            value={madeBy}
            onChange={setMadeBy}
            maxLength={200}
          />
          <TextArea
            id={`prop-${m.id}-text`}
            label={rt("staff.proposalText")}
            value={text}
            onChange={setText}
            error={propose.fieldError(`prop-${m.id}-text`)}
            maxLength={5000}
          />
          <button type="submit" disabled={propose.mutation.isPending}>
            {rt("staff.addProposal")}
          </button>
        </form>
      ) : null}
    </article>
  );
}
