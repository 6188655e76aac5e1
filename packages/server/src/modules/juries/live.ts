import { sql } from "drizzle-orm";
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

/** Queues the hint in the transaction: PostgreSQL delivers it to every process on commit. */
export async function notifyJury(db: Db, juryId: string, event: JuryEvent): Promise<void> {
  await db.execute(
    sql`select pg_notify(${JURY_CHANNEL}, ${JSON.stringify({ c: juryId, e: event })})`,
  );
}
