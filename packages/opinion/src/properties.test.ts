import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./ari.js";
import { toPolisMath } from "./polis-json.js";
import { toResult } from "./result.js";
import { campsConversation } from "./synthetic.js";
import type { Vote } from "./types.js";
import { analyze } from "./update.js";

function groupOf(votes: Vote[], mode: "corrected" | "parity" = "corrected") {
  const state = analyze({ votes, mode });
  const result = toResult(state);
  const byPid = new Map<number, number>();
  result.participants.ids.forEach((pid, r) => {
    byPid.set(pid, result.participants.group[r]!);
  });
  return { state, result, byPid };
}

/** A random injective relabelling of non-negative integers. */
function relabel(seed: number) {
  const used = new Set<number>();
  const map = new Map<number, number>();
  let x = seed;
  return (id: number) => {
    let v = map.get(id);
    if (v === undefined) {
      do {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        v = x % 1_000_000;
      } while (used.has(v));
      used.add(v);
      map.set(id, v);
    }
    return v;
  };
}

describe("properties on synthetic conversations", () => {
  it("relabelling participants and statements changes nothing beyond the labels", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (seed, labelSeed) => {
          const { votes } = campsConversation({
            participants: 60,
            statements: 12,
            density: 0.7,
            noise: 0.2,
            seed,
          });
          const pidMap = relabel(labelSeed);
          const tidMap = relabel(labelSeed + 1);
          const renamed = votes.map((v) => ({
            ...v,
            participant: pidMap(v.participant),
            statement: tidMap(v.statement),
          }));
          const a = groupOf(votes);
          const b = groupOf(renamed);
          const pids = [...a.byPid.keys()];
          expect(
            adjustedRandIndex(
              pids.map((p) => a.byPid.get(p)!),
              pids.map((p) => b.byPid.get(pidMap(p))!),
            ),
          ).toBe(1);
          expect(Array.from(b.result.participants.x)).toEqual(Array.from(a.result.participants.x));
          const ma = toPolisMath(a.state);
          const mb = toPolisMath(b.state);
          for (const gid of Object.keys(ma.repness)) {
            expect(mb.repness[gid]!.map((i) => i.tid)).toEqual(
              ma.repness[gid]!.map((i) => tidMap(i.tid)),
            );
          }
          expect(mb.consensus.agree.map((i) => i.tid)).toEqual(
            ma.consensus.agree.map((i) => tidMap(i.tid)),
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it("two clear opinion camps are found as two groups", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 60, max: 200 }),
        fc.integer({ min: 12, max: 40 }),
        fc.constantFrom("corrected" as const, "parity" as const),
        (seed, participants, statements, mode) => {
          const { votes, camp } = campsConversation({
            participants,
            statements,
            density: 0.6,
            noise: 0.1,
            seed,
          });
          const { result, byPid } = groupOf(votes, mode);
          expect(result.groups.length).toBe(2);
          const pids = [...camp.keys()].filter((p) => (byPid.get(p) ?? -1) >= 0);
          // With ~7 noisy votes a sparse voter can look like the other camp: allow a rare misfit.
          expect(
            adjustedRandIndex(
              pids.map((p) => camp.get(p)!),
              pids.map((p) => byPid.get(p)!),
            ),
          ).toBeGreaterThan(0.85);
        },
      ),
      { numRuns: 15 },
    );
  });
});
