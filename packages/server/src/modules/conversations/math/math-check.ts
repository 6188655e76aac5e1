import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../../db/client.js";
import { storedResults } from "./math.js";

/** One statement's vote counts. */
export interface VoteCounts {
  agree: number;
  disagree: number;
  pass: number;
}

export interface MathComparison {
  /** True when the stored math counts every statement's votes exactly as the database holds them. */
  equal: boolean;
  /** Statements whose counts differ, with both sides. */
  differences: { tid: number; math: VoteCounts; database: VoteCounts }[];
}

const none = (): VoteCounts => ({ agree: 0, disagree: 0, pass: 0 });

/**
 * Compares the per-statement agree / disagree / pass counts of the stored math result with the
 * current `votes` of the conversation. Once votes stop arriving and the math has run, the two
 * must be equal (benchmarks and tests check it).
 */
export async function compareMathWithDatabase(
  db: Db,
  conversationId: string,
): Promise<MathComparison> {
  const stored = await storedResults(db, conversationId);
  const math = new Map<number, VoteCounts>();
  for (const s of stored?.results.statements ?? [])
    math.set(s.tid, { agree: s.agree, disagree: s.disagree, pass: s.pass });
  const database = new Map<number, VoteCounts>();
  const rows = rowsOf<{ tid: number; agree: number; disagree: number; pass: number }>(
    await db.execute(sql`
      select tid,
        count(*) filter (where vote > 0)::int as agree,
        count(*) filter (where vote < 0)::int as disagree,
        count(*) filter (where vote = 0)::int as pass
      from votes where conversation_id = ${conversationId} group by tid`),
  );
  for (const r of rows)
    database.set(Number(r.tid), {
      agree: Number(r.agree),
      disagree: Number(r.disagree),
      pass: Number(r.pass),
    });
  const differences: MathComparison["differences"] = [];
  const tids = [...new Set([...math.keys(), ...database.keys()])].sort((a, b) => a - b);
  for (const tid of tids) {
    const m = math.get(tid) ?? none();
    const d = database.get(tid) ?? none();
    if (m.agree !== d.agree || m.disagree !== d.disagree || m.pass !== d.pass)
      differences.push({ tid, math: m, database: d });
  }
  return { equal: differences.length === 0, differences };
}

/** Whether the stored math counts every vote in the database (see compareMathWithDatabase). */
export async function mathMatchesDatabase(db: Db, conversationId: string): Promise<boolean> {
  return (await compareMathWithDatabase(db, conversationId)).equal;
}
