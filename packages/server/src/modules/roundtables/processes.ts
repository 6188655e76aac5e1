import { redactIdentityCodes } from "@kuulo/text";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  roundTableDistributions,
  roundTableMeetings,
  roundTableProposals,
  roundTableResponses,
  roundTableSnapshots,
  roundTables,
} from "./schema.js";
import type { RoundTableInput, RoundTableUpdate } from "./validation.js";

/** A round-table process: made by staff, moved through its statuses, read with all it holds. */

export type RoundTable = typeof roundTables.$inferSelect;

export const fieldError = (path: string, message: string) =>
  new AppError("validation.failed", message, { errors: [{ path, message, code: "invalid" }] });

/** Identity codes never stay in free text (the one shared redaction). */
export const scrub = (text: string | undefined) =>
  text === undefined ? undefined : redactIdentityCodes(text.trim()).text;

export async function audit(
  db: Db,
  options: { organizationId: string; actor: Actor },
  action: string,
  targetId: string,
  detail: Record<string, unknown> = {},
) {
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action,
    targetType: "round_table",
    targetId,
    detail,
  });
}

export async function findRoundTable(
  db: Db,
  options: { organizationId: string; roundTableId: string },
): Promise<RoundTable> {
  const [found] = await db
    .select()
    .from(roundTables)
    .where(
      and(
        eq(roundTables.organizationId, options.organizationId),
        eq(roundTables.id, options.roundTableId),
      ),
    );
  if (!found) throw new AppError("not_found", "No such round table in this organization.");
  return found;
}

export async function createRoundTable(
  db: Db,
  options: { organizationId: string; input: RoundTableInput; actor: Actor },
): Promise<RoundTable> {
  const { input } = options;
  if (!Object.values(input.title).some((t) => t?.trim()))
    throw fieldError("body.title.fi", "Give the round table a title.");
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(roundTables)
      .values({
        organizationId: options.organizationId,
        title: input.title,
        theme: scrub(input.theme) ?? "",
        organizerUnit: input.organizerUnit ?? "",
      })
      .returning();
    await audit(tx, options, "roundtable.created", saved!.id);
    return saved!;
  });
}

export async function updateRoundTable(
  db: Db,
  options: { organizationId: string; roundTableId: string; input: RoundTableUpdate; actor: Actor },
): Promise<RoundTable> {
  const { input } = options;
  if (input.title && !Object.values(input.title).some((t) => t?.trim()))
    throw fieldError("body.title.fi", "Give the round table a title.");
  return db.transaction(async (tx) => {
    const found = await findRoundTable(tx, options);
    const [saved] = await tx
      .update(roundTables)
      .set({
        ...(input.title ? { title: input.title } : {}),
        ...(input.theme !== undefined ? { theme: scrub(input.theme) } : {}),
        ...(input.organizerUnit !== undefined ? { organizerUnit: input.organizerUnit } : {}),
        ...(input.status ? { status: input.status } : {}),
        updatedAt: new Date(),
      })
      .where(eq(roundTables.id, found.id))
      .returning();
    await audit(tx, options, "roundtable.changed", found.id, {
      fields: Object.keys(input),
      ...(input.status ? { status: input.status } : {}),
    });
    return saved!;
  });
}

export async function listRoundTables(db: Db, options: { organizationId: string }) {
  return db
    .select()
    .from(roundTables)
    .where(eq(roundTables.organizationId, options.organizationId))
    .orderBy(desc(roundTables.createdAt), asc(roundTables.id));
}

/** The process with its meetings (snapshots, proposals), distribution and responses. */
export async function roundTableContents(db: Db, table: RoundTable) {
  const org = table.organizationId;
  const meetings = await db
    .select()
    .from(roundTableMeetings)
    .where(
      and(
        eq(roundTableMeetings.organizationId, org),
        eq(roundTableMeetings.roundTableId, table.id),
      ),
    )
    .orderBy(asc(roundTableMeetings.heldOn), asc(roundTableMeetings.createdAt));
  const ids = meetings.map((m) => m.id);
  const snapshots = ids.length
    ? await db
        .select()
        .from(roundTableSnapshots)
        .where(
          and(
            eq(roundTableSnapshots.organizationId, org),
            inArray(roundTableSnapshots.meetingId, ids),
          ),
        )
        .orderBy(asc(roundTableSnapshots.takenAt))
    : [];
  const proposals = ids.length
    ? await db
        .select()
        .from(roundTableProposals)
        .where(
          and(
            eq(roundTableProposals.organizationId, org),
            inArray(roundTableProposals.meetingId, ids),
          ),
        )
        .orderBy(asc(roundTableProposals.createdAt))
    : [];
  const byProcess = <T extends typeof roundTableDistributions | typeof roundTableResponses>(t: T) =>
    and(eq(t.organizationId, org), eq(t.roundTableId, table.id));
  const distribution = await db
    .select()
    .from(roundTableDistributions)
    .where(byProcess(roundTableDistributions))
    .orderBy(asc(roundTableDistributions.sentOn), asc(roundTableDistributions.createdAt));
  const responses = await db
    .select()
    .from(roundTableResponses)
    .where(byProcess(roundTableResponses))
    .orderBy(asc(roundTableResponses.receivedOn), asc(roundTableResponses.createdAt));
  return {
    table,
    meetings: meetings.map((m) => ({
      ...m,
      snapshots: snapshots.filter((s) => s.meetingId === m.id),
      proposals: proposals.filter((p) => p.meetingId === m.id),
    })),
    distribution,
    responses,
  };
}

export type RoundTableContents = Awaited<ReturnType<typeof roundTableContents>>;
