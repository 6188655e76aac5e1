import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import type { LocalizedText } from "../../organizations/index.js";
import { conversations, participants, statements, votes } from "../schema.js";
import { storedResults } from "./math.js";

/** A statement as taken along in a snapshot: its words and how the group or everyone leaned. */
export interface SnapshotStatement {
  tid: number;
  text: string;
  direction: "agree" | "disagree";
  share: number;
}

/**
 * A conversation's results at one moment, as plain JSON another module may keep (round tables
 * freeze it as the input brought to a meeting): counts, groups with their representative
 * statements, consensus and divisive statements — only approved statements' words.
 */
export interface ResultsSnapshot {
  conversationTitle: LocalizedText;
  participants: number;
  votes: number;
  /** When the stored math behind groups, consensus and divisive statements was computed. */
  computedAt: string | null;
  groups: { id: number; size: number; statements: SnapshotStatement[] }[];
  consensus: { agree: SnapshotStatement[]; disagree: SnapshotStatement[] };
  divisive: { tid: number; text: string; spread: number }[];
}

const TOP = 5;

/** The conversation's results now (the organization's conversation, or "not found"). */
export async function resultsSnapshot(
  db: Db,
  options: { organizationId: string; conversationId: string },
): Promise<ResultsSnapshot> {
  const [conversation] = await db
    .select({ id: conversations.id, title: conversations.title })
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, options.organizationId),
        eq(conversations.id, options.conversationId),
      ),
    );
  if (!conversation) throw new AppError("not_found", "No such conversation in this organization.");
  const scope = (t: typeof participants | typeof votes | typeof statements) =>
    and(eq(t.organizationId, options.organizationId), eq(t.conversationId, conversation.id));
  const [people] = await db.select({ n: count() }).from(participants).where(scope(participants));
  const [cast] = await db.select({ n: count() }).from(votes).where(scope(votes));
  const texts = new Map(
    (
      await db
        .select({ tid: statements.tid, text: statements.text })
        .from(statements)
        .where(and(scope(statements), eq(statements.status, "approved")))
    ).map((s) => [s.tid, s.text]),
  );
  const stored = await storedResults(db, conversation.id);
  const result = stored?.results;
  const known = <T extends { tid: number }>(items: readonly T[]) =>
    items.filter((i) => texts.has(i.tid)).slice(0, TOP);
  const consensus = (direction: "agree" | "disagree") =>
    known(result?.consensus[direction] ?? []).map((c) => ({
      tid: c.tid,
      text: texts.get(c.tid)!,
      direction,
      share: c.share,
    }));
  return {
    conversationTitle: conversation.title,
    participants: people?.n ?? 0,
    votes: cast?.n ?? 0,
    computedAt: stored ? stored.computedAt.toISOString() : null,
    groups: (result?.groups ?? []).map((g) => ({
      id: g.id,
      size: g.size,
      statements: known(g.representative).map((r) => ({
        tid: r.tid,
        text: texts.get(r.tid)!,
        direction: r.direction,
        share: r.share,
      })),
    })),
    consensus: { agree: consensus("agree"), disagree: consensus("disagree") },
    divisive: known(result?.divisive ?? []).map((d) => ({
      tid: d.tid,
      text: texts.get(d.tid)!,
      spread: d.spread,
    })),
  };
}
