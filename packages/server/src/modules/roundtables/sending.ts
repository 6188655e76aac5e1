import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import { audit, findRoundTable, scrub } from "./processes.js";
import { roundTableDistributions, roundTableResponses } from "./schema.js";
import type {
  DistributionInput,
  DistributionUpdate,
  ResponseInput,
  ResponseUpdate,
} from "./validation.js";

/**
 * Where the statement was sent (which bodies and officials, when, how) and the responses
 * received: recorded, corrected and removed by staff, each write audited on the round table.
 */

type Scope = { organizationId: string; roundTableId: string; actor: Actor };
export type Distribution = typeof roundTableDistributions.$inferSelect;
export type Response = typeof roundTableResponses.$inferSelect;

export async function addDistribution(db: Db, options: Scope & { input: DistributionInput }) {
  const { input } = options;
  return db.transaction(async (tx) => {
    const table = await findRoundTable(tx, options);
    const [saved] = await tx
      .insert(roundTableDistributions)
      .values({
        organizationId: options.organizationId,
        roundTableId: table.id,
        recipient: input.recipient,
        sentOn: input.sentOn,
        channel: input.channel,
        note: scrub(input.note) ?? "",
      })
      .returning();
    await audit(tx, options, "roundtable.statement_sent", table.id, {
      distributionId: saved!.id,
    });
    return saved!;
  });
}

/** The round table's distribution record (404 for another table's or organization's). */
async function findDistribution(db: Db, options: Scope & { distributionId: string }) {
  const table = await findRoundTable(db, options);
  const [found] = await db
    .select()
    .from(roundTableDistributions)
    .where(
      and(
        eq(roundTableDistributions.organizationId, options.organizationId),
        eq(roundTableDistributions.roundTableId, table.id),
        eq(roundTableDistributions.id, options.distributionId),
      ),
    );
  if (!found) throw new AppError("not_found", "No such distribution record in this round table.");
  return found;
}

/** Corrects a distribution record: the recipient, the date, the channel or the note. */
export async function updateDistribution(
  db: Db,
  options: Scope & { distributionId: string; input: DistributionUpdate },
): Promise<Distribution> {
  const { input } = options;
  return db.transaction(async (tx) => {
    const found = await findDistribution(tx, options);
    const [saved] = await tx
      .update(roundTableDistributions)
      .set({
        ...(input.recipient !== undefined ? { recipient: input.recipient } : {}),
        ...(input.sentOn !== undefined ? { sentOn: input.sentOn } : {}),
        ...(input.channel !== undefined ? { channel: input.channel } : {}),
        ...(input.note !== undefined ? { note: scrub(input.note) } : {}),
      })
      .where(eq(roundTableDistributions.id, found.id))
      .returning();
    await audit(tx, options, "roundtable.distribution_changed", found.roundTableId, {
      distributionId: found.id,
      fields: Object.keys(input),
    });
    return saved!;
  });
}

/** Removes a distribution record recorded by mistake; the audit log keeps what it said. */
export async function deleteDistribution(db: Db, options: Scope & { distributionId: string }) {
  await db.transaction(async (tx) => {
    const found = await findDistribution(tx, options);
    await tx.delete(roundTableDistributions).where(eq(roundTableDistributions.id, found.id));
    await audit(tx, options, "roundtable.distribution_removed", found.roundTableId, {
      distributionId: found.id,
      recipient: found.recipient,
      sentOn: found.sentOn,
      channel: found.channel,
    });
  });
}

export async function addResponse(db: Db, options: Scope & { input: ResponseInput }) {
  const { input } = options;
  return db.transaction(async (tx) => {
    const table = await findRoundTable(tx, options);
    const [saved] = await tx
      .insert(roundTableResponses)
      .values({
        organizationId: options.organizationId,
        roundTableId: table.id,
        body: input.body,
        receivedOn: input.receivedOn,
        text: scrub(input.text) ?? "",
        link: input.link ?? "",
      })
      .returning();
    await audit(tx, options, "roundtable.response_recorded", table.id, { responseId: saved!.id });
    return saved!;
  });
}

/** The round table's response (404 for another table's or organization's). */
async function findResponse(db: Db, options: Scope & { responseId: string }) {
  const table = await findRoundTable(db, options);
  const [found] = await db
    .select()
    .from(roundTableResponses)
    .where(
      and(
        eq(roundTableResponses.organizationId, options.organizationId),
        eq(roundTableResponses.roundTableId, table.id),
        eq(roundTableResponses.id, options.responseId),
      ),
    );
  if (!found) throw new AppError("not_found", "No such response in this round table.");
  return found;
}

/** Corrects a response: the body, the date, the text (identity codes removed) or the link. */
export async function updateResponse(
  db: Db,
  options: Scope & { responseId: string; input: ResponseUpdate },
): Promise<Response> {
  const { input } = options;
  return db.transaction(async (tx) => {
    const found = await findResponse(tx, options);
    const [saved] = await tx
      .update(roundTableResponses)
      .set({
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.receivedOn !== undefined ? { receivedOn: input.receivedOn } : {}),
        ...(input.text !== undefined ? { text: scrub(input.text) } : {}),
        ...(input.link !== undefined ? { link: input.link } : {}),
      })
      .where(eq(roundTableResponses.id, found.id))
      .returning();
    await audit(tx, options, "roundtable.response_changed", found.roundTableId, {
      responseId: found.id,
      fields: Object.keys(input),
    });
    return saved!;
  });
}

/** Removes a response recorded by mistake; the audit log keeps who sent it and when. */
export async function deleteResponse(db: Db, options: Scope & { responseId: string }) {
  await db.transaction(async (tx) => {
    const found = await findResponse(tx, options);
    await tx.delete(roundTableResponses).where(eq(roundTableResponses.id, found.id));
    await audit(tx, options, "roundtable.response_removed", found.roundTableId, {
      responseId: found.id,
      body: found.body,
      receivedOn: found.receivedOn,
    });
  });
}
