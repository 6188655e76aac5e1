import { z } from "zod";
import { publicStatementResponse } from "../deliberation/index.js";
import type { RoundTable, RoundTableContents } from "./processes.js";
import { DISTRIBUTION_CHANNELS, MEETING_ROLES, ROUND_TABLE_STATUSES } from "./schema.js";

/** The answers of the round-table routes and their presenters (dates as ISO strings). */

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const roleCounts = z.object(
  Object.fromEntries(MEETING_ROLES.map((r) => [r, z.number()])) as Record<
    (typeof MEETING_ROLES)[number],
    z.ZodNumber
  >,
);
const snapshotStatement = z.object({
  tid: z.number(),
  text: z.string(),
  direction: z.enum(["agree", "disagree"]),
  share: z.number(),
});
export const snapshotResponse = z.object({
  id: z.string(),
  conversationId: z.string().nullable(),
  takenAt: z.string(),
  results: z.object({
    conversationTitle: localized,
    participants: z.number(),
    votes: z.number(),
    computedAt: z.string().nullable(),
    groups: z.array(
      z.object({ id: z.number(), size: z.number(), statements: z.array(snapshotStatement) }),
    ),
    consensus: z.object({
      agree: z.array(snapshotStatement),
      disagree: z.array(snapshotStatement),
    }),
    divisive: z.array(z.object({ tid: z.number(), text: z.string(), spread: z.number() })),
  }),
});
export const proposalResponse = z.object({
  id: z.string(),
  madeBy: z.string(),
  text: z.string(),
  /** Whether it went into the statement as a proposal. */
  inStatement: z.boolean(),
});
const meetingBase = {
  id: z.string(),
  heldOn: z.string(),
  place: z.string(),
  online: z.boolean(),
  participants: roleCounts,
  total: z.number(),
};
export const meetingResponse = z.object({
  ...meetingBase,
  notes: z.string(),
  snapshots: z.array(snapshotResponse),
  proposals: z.array(proposalResponse),
});
export const distributionResponse = z.object({
  id: z.string(),
  recipient: z.string(),
  sentOn: z.string(),
  channel: z.enum(DISTRIBUTION_CHANNELS),
  note: z.string(),
});
export const responseResponse = z.object({
  id: z.string(),
  body: z.string(),
  receivedOn: z.string(),
  text: z.string(),
  link: z.string(),
});
export const roundTableSummary = z.object({
  id: z.string(),
  title: localized,
  theme: z.string(),
  organizerUnit: z.string(),
  status: z.enum(ROUND_TABLE_STATUSES),
  statementId: z.string().nullable(),
  updatedAt: z.string(),
});
export const roundTableListResponse = z.object({ roundTables: z.array(roundTableSummary) });
export const roundTableDetailResponse = roundTableSummary.extend({
  meetings: z.array(meetingResponse),
  distribution: z.array(distributionResponse),
  responses: z.array(responseResponse),
});
export const statementStartedResponse = z.object({ statementId: z.string() });
export const publicRoundTableResponse = z.object({
  id: z.string(),
  title: localized,
  theme: z.string(),
  organizerUnit: z.string(),
  status: z.enum(ROUND_TABLE_STATUSES),
  meetings: z.array(
    z.object({ ...meetingBase, snapshots: z.array(snapshotResponse.omit({ id: true })) }),
  ),
  participants: roleCounts,
  /** The published statement (julkilausuma) with what came of each recommendation, or null. */
  statement: publicStatementResponse.nullable(),
  distribution: z.array(distributionResponse.omit({ note: true })),
  responses: z.array(responseResponse),
});

type Counts = z.infer<typeof roleCounts>;
export const fullCounts = (given: Partial<Counts>): Counts =>
  Object.fromEntries(MEETING_ROLES.map((r) => [r, given[r] ?? 0])) as Counts;
const sum = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
const fullTitle = (t: RoundTable["title"]) => ({ fi: t.fi ?? "", sv: t.sv ?? "", en: t.en ?? "" });

export function toSummary(t: RoundTable): z.infer<typeof roundTableSummary> {
  return {
    id: t.id,
    title: fullTitle(t.title),
    theme: t.theme,
    organizerUnit: t.organizerUnit,
    status: t.status,
    statementId: t.statementId,
    updatedAt: t.updatedAt.toISOString(),
  };
}

type Meeting = RoundTableContents["meetings"][number];
export const toSnapshot = (s: Meeting["snapshots"][number]): z.infer<typeof snapshotResponse> => ({
  id: s.id,
  conversationId: s.conversationId,
  takenAt: s.takenAt.toISOString(),
  results: s.results,
});
export const toProposal = (p: Meeting["proposals"][number]): z.infer<typeof proposalResponse> => ({
  id: p.id,
  madeBy: p.madeBy,
  text: p.text,
  inStatement: p.statementProposalId !== null,
});
const meetingFacts = (m: Omit<Meeting, "snapshots" | "proposals">) => {
  const participants = fullCounts(m.participants);
  return {
    id: m.id,
    heldOn: m.heldOn,
    place: m.place,
    online: m.online,
    participants,
    total: sum(participants),
  };
};
export const toMeeting = (m: Meeting): z.infer<typeof meetingResponse> => ({
  ...meetingFacts(m),
  notes: m.notes,
  snapshots: m.snapshots.map(toSnapshot),
  proposals: m.proposals.map(toProposal),
});

export const toDistribution = (
  d: RoundTableContents["distribution"][number],
): z.infer<typeof distributionResponse> => ({
  id: d.id,
  recipient: d.recipient,
  sentOn: d.sentOn,
  channel: d.channel,
  note: d.note,
});
export const toResponse = (
  r: RoundTableContents["responses"][number],
): z.infer<typeof responseResponse> => ({
  id: r.id,
  body: r.body,
  receivedOn: r.receivedOn,
  text: r.text,
  link: r.link,
});

export function toDetail(c: RoundTableContents): z.infer<typeof roundTableDetailResponse> {
  return {
    ...toSummary(c.table),
    meetings: c.meetings.map(toMeeting),
    distribution: c.distribution.map(toDistribution),
    responses: c.responses.map(toResponse),
  };
}

/** The public page: no notes, no proposals' drafts (the statement holds what came of them). */
export function toPublic(
  c: RoundTableContents,
  statement: z.infer<typeof publicStatementResponse> | null,
): z.infer<typeof publicRoundTableResponse> {
  const detail = toDetail(c);
  const participants = fullCounts({});
  for (const m of detail.meetings)
    for (const r of MEETING_ROLES) participants[r] += m.participants[r];
  return {
    id: detail.id,
    title: detail.title,
    theme: detail.theme,
    organizerUnit: detail.organizerUnit,
    status: detail.status,
    meetings: c.meetings.map((m) => ({
      ...meetingFacts(m),
      snapshots: m.snapshots.map((s) => {
        const { id: _, ...shown } = toSnapshot(s);
        return shown;
      }),
    })),
    participants,
    statement,
    distribution: detail.distribution.map(({ note: _, ...d }) => d),
    responses: detail.responses,
  };
}
