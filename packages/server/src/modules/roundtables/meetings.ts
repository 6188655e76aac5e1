import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import { resultsSnapshot } from "../conversations/index.js";
import { addProposal } from "../deliberation/index.js";
import { audit, findRoundTable, type RoundTable, scrub } from "./processes.js";
import { roundTableMeetings, roundTableProposals, roundTableSnapshots } from "./schema.js";
import type { MeetingInput, MeetingUpdate } from "./validation.js";

/** Meetings of a process: the record, the results taken to the table (frozen), proposals. */

type Scope = { organizationId: string; roundTableId: string; actor: Actor };
type MeetingScope = Scope & { meetingId: string };
export type Meeting = typeof roundTableMeetings.$inferSelect;

async function findMeeting(db: Db, options: MeetingScope) {
  const table = await findRoundTable(db, options);
  const [meeting] = await db
    .select()
    .from(roundTableMeetings)
    .where(
      and(
        eq(roundTableMeetings.organizationId, options.organizationId),
        eq(roundTableMeetings.roundTableId, table.id),
        eq(roundTableMeetings.id, options.meetingId),
      ),
    );
  if (!meeting) throw new AppError("not_found", "No such meeting in this round table.");
  return { table, meeting };
}

export async function addMeeting(db: Db, options: Scope & { input: MeetingInput }) {
  const { input } = options;
  return db.transaction(async (tx) => {
    const table = await findRoundTable(tx, options);
    const [saved] = await tx
      .insert(roundTableMeetings)
      .values({
        organizationId: options.organizationId,
        roundTableId: table.id,
        heldOn: input.heldOn,
        place: input.place ?? "",
        online: input.online ?? false,
        participants: input.participants ?? {},
        notes: scrub(input.notes) ?? "",
      })
      .returning();
    await audit(tx, options, "roundtable.meeting_recorded", table.id, { meetingId: saved!.id });
    return saved!;
  });
}

export async function updateMeeting(db: Db, options: MeetingScope & { input: MeetingUpdate }) {
  const { input } = options;
  return db.transaction(async (tx) => {
    const { table, meeting } = await findMeeting(tx, options);
    const [saved] = await tx
      .update(roundTableMeetings)
      .set({
        ...(input.heldOn ? { heldOn: input.heldOn } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.online !== undefined ? { online: input.online } : {}),
        ...(input.participants ? { participants: input.participants } : {}),
        ...(input.notes !== undefined ? { notes: scrub(input.notes) } : {}),
      })
      .where(eq(roundTableMeetings.id, meeting.id))
      .returning();
    await audit(tx, options, "roundtable.meeting_changed", table.id, {
      meetingId: meeting.id,
      fields: Object.keys(input),
    });
    return saved!;
  });
}

/**
 * Takes a conversation's results to the meeting: counts, groups, consensus and divisive
 * statements as they are now, stored as JSON with the time and the conversation's link.
 */
export async function takeSnapshot(db: Db, options: MeetingScope & { conversationId: string }) {
  return db.transaction(async (tx) => {
    const { table, meeting } = await findMeeting(tx, options);
    const results = await resultsSnapshot(tx, {
      organizationId: options.organizationId,
      conversationId: options.conversationId,
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") {
        throw new AppError("validation.failed", "No such conversation in this organization.", {
          errors: [
            { path: "body.conversationId", message: "no such conversation", code: "invalid" },
          ],
        });
      }
      throw error;
    });
    const [saved] = await tx
      .insert(roundTableSnapshots)
      .values({
        organizationId: options.organizationId,
        meetingId: meeting.id,
        conversationId: options.conversationId,
        results,
      })
      .returning();
    await audit(tx, options, "roundtable.snapshot_taken", table.id, {
      meetingId: meeting.id,
      conversationId: options.conversationId,
    });
    return saved!;
  });
}

/** The label a proposal carries into the statement: the meeting's date and the table. */
export const proposalLabel = (meeting: Meeting, madeBy: string) =>
  [meeting.heldOn, madeBy].filter(Boolean).join(" · ");

/** Feeds a proposal to the process's statement while it still takes proposals. */
export async function feedProposal(
  db: Db,
  options: { organizationId: string; actor: Actor; table: RoundTable; meeting: Meeting },
  proposal: typeof roundTableProposals.$inferSelect,
) {
  if (!options.table.statementId) return proposal;
  try {
    const fed = await addProposal(db, {
      organizationId: options.organizationId,
      statementId: options.table.statementId,
      input: { sourceLabel: proposalLabel(options.meeting, proposal.madeBy), text: proposal.text },
      actor: options.actor,
    });
    const [saved] = await db
      .update(roundTableProposals)
      .set({ statementProposalId: fed.id })
      .where(eq(roundTableProposals.id, proposal.id))
      .returning();
    return saved!;
  } catch (error) {
    // A statement past drafting and amending takes no more proposals: kept at the meeting only.
    if (error instanceof AppError && error.code === "conflict") return proposal;
    throw error;
  }
}

export async function addMeetingProposal(
  db: Db,
  options: MeetingScope & { input: { madeBy?: string | undefined; text: string } },
) {
  const text = scrub(options.input.text) ?? "";
  if (!text)
    throw new AppError("validation.failed", "Write the proposal.", {
      errors: [{ path: "body.text", message: "Write the proposal.", code: "required" }],
    });
  return db.transaction(async (tx) => {
    const { table, meeting } = await findMeeting(tx, options);
    const [saved] = await tx
      .insert(roundTableProposals)
      .values({
        organizationId: options.organizationId,
        meetingId: meeting.id,
        madeBy: options.input.madeBy ?? "",
        text,
      })
      .returning();
    await audit(tx, options, "roundtable.proposal_added", table.id, { meetingId: meeting.id });
    return feedProposal(tx, { ...options, table, meeting }, saved!);
  });
}
