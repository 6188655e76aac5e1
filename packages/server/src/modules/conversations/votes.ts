import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { votes } from "./schema.js";

/** Kuulo's vote values (the same as Polis's CSV exports): agree = 1, disagree = −1, pass = 0. */
export const VOTE_VALUES = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteChoice = keyof typeof VOTE_VALUES;

export async function votesOf(db: Db, options: { conversationId: string; pid: number }) {
  return db
    .select({ tid: votes.tid, vote: votes.vote })
    .from(votes)
    .where(and(eq(votes.conversationId, options.conversationId), eq(votes.pid, options.pid)));
}
