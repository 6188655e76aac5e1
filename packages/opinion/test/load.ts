// Test helpers: read the copied Polis fixtures (I/O lives here, never in src/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ModerationChange, PolisMath, Vote } from "../src/index.js";

export const POLIS_FIXTURES = [
  "below-100-ptpts",
  "25ptpt-3gp-no-strict-with-meta",
  "50ptpt-3gp-strict-no-meta",
  "150ptpt-3gp-no-strict-no-meta",
  "above-100-ptpts",
] as const;

export const EXPORT_FIXTURES = ["15-per-hour-seattle", "brexit-consensus"] as const;

export function fixturePath(...parts: string[]): string {
  return fileURLToPath(new URL(`./fixtures/${parts.join("/")}`, import.meta.url));
}

export interface PolisFixture {
  name: string;
  votes: Vote[];
  moderation: ModerationChange[];
  math: PolisMath;
}

export function loadPolisFixture(name: string): PolisFixture {
  const read = (f: string) => JSON.parse(readFileSync(fixturePath("polis", name, f), "utf8"));
  const rawVotes = read("votes.json") as {
    pid: number;
    tid: number;
    vote: number;
    modified: number | string;
  }[];
  const comments = read("comments.json") as { tid: number; mod: number; is_meta: boolean }[];
  const votes: Vote[] = rawVotes.map((v) => ({
    participant: v.pid,
    statement: v.tid,
    vote: v.vote,
    time: typeof v.modified === "number" ? v.modified : Date.parse(v.modified),
  }));
  const moderation: ModerationChange[] = comments.map((c) => ({
    statement: c.tid,
    status: c.mod === -1 ? "rejected" : c.mod === 1 ? "accepted" : "unmoderated",
    meta: c.is_meta,
  }));
  const math = read("math-pca2.json") as PolisMath;
  return { name, votes: votes.concat(reconstructMissingVotes(votes, math)), moderation, math };
}

/**
 * The 50-participant fixture's API dump lacks the 4 votes of one participant that Polis counted
 * (user-vote-counts). Each is recovered from Polis's column means: the one vote value v with
 * (Σ + v)/(n + 1) equal to Polis's centre. Other fixtures need no recovery.
 */
function reconstructMissingVotes(votes: Vote[], math: PolisMath): Vote[] {
  const have = new Map<number, number>();
  for (const v of votes) have.set(v.participant, (have.get(v.participant) ?? 0) + 1);
  const missing = Object.entries(math["user-vote-counts"])
    .map(([pid, n]) => ({ pid: Number(pid), n: n - (have.get(Number(pid)) ?? 0) }))
    .filter((m) => m.n > 0);
  if (missing.length !== 1) return [];
  const sum = new Map<number, number>();
  const count = new Map<number, number>();
  for (const v of votes) {
    sum.set(v.statement, (sum.get(v.statement) ?? 0) - v.vote);
    count.set(v.statement, (count.get(v.statement) ?? 0) + 1);
  }
  const out: Vote[] = [];
  math.tids.forEach((tid, i) => {
    if (math["mod-out"].includes(tid)) return;
    const c = math.pca.center[i]!;
    const s = sum.get(tid) ?? 0;
    const n = count.get(tid) ?? 0;
    if (n > 0 && Math.abs(s / n - c) < 1e-12) return;
    for (const polisVote of [-1, 0, 1]) {
      if (Math.abs((s + polisVote) / (n + 1) - c) < 1e-12) {
        out.push({
          participant: missing[0]!.pid,
          statement: tid,
          vote: -polisVote,
          time: math.lastVoteTimestamp ?? 0,
        });
        return;
      }
    }
  });
  return out.length === missing[0]!.n ? out : [];
}

export function readExport(name: string, file: string): string {
  return readFileSync(fixturePath("polis-exports", name, file), "utf8");
}
