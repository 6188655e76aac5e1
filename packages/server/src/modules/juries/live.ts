import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { JuryPhase } from "./schema.js";

/** The channel the juries' live updates cross server processes on (LISTEN/NOTIFY). */
export const JURY_CHANNEL = "kuulo_jury_events";

/** A hint pushed to the jury's members: a post appeared or changed, a reaction, a phase move. */
export type JuryEvent =
  | { type: "post"; postId: string; at: number }
  | { type: "reaction"; postId: string; at: number }
  | { type: "phase"; phase: JuryPhase; at: number }
  | { type: "resync" };

/**
 * The `pg_notify` call for a hint, to put in a statement that writes what it announces (one round
 * trip for both): PostgreSQL delivers it to every process when that statement's transaction
 * commits, so a member never hears of a post before it can be read.
 */
export const juryNotice = (juryId: string, event: JuryEvent): SQL =>
  sql`pg_notify(${JURY_CHANNEL}, ${JSON.stringify({ c: juryId, e: event })})`;

/** Queues the hint in the transaction: PostgreSQL delivers it to every process on commit. */
export async function notifyJury(db: Db, juryId: string, event: JuryEvent): Promise<void> {
  await db.execute(sql`select ${juryNotice(juryId, event)}`);
}
