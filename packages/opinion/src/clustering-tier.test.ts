// Clustering tier of shared/opinion-math.md: ARI of our groups against Polis's, printed per fixture.
import { describe, expect, it } from "vitest";
import { EXPORT_FIXTURES, loadPolisFixture, POLIS_FIXTURES, readExport } from "../test/load.js";
import { adjustedRandIndex } from "./ari.js";
import { clusterGroups } from "./groups.js";
import type { Cluster } from "./kmeans.js";
import { parsePolisExport } from "./polis-export.js";
import { toPolisMath } from "./polis-json.js";
import { replay } from "./replay.js";
import type { ModerationChange, OpinionState, Vote } from "./types.js";
import { analyze } from "./update.js";

/** Participant → group id of a state's chosen groups, or of its clustering for a forced k. */
function groupsOf(state: OpinionState, k?: number): Map<number, number> {
  const math = state.math!;
  const groups = k === undefined ? math.groups : (state.groupClusterings[k] ?? []);
  const base = new Map(math.baseClusters.map((b) => [b.id, b.members]));
  const out = new Map<number, number>();
  for (const g of groups)
    for (const b of g.members) for (const r of base.get(b)!) out.set(state.matrix.rowIds[r]!, g.id);
  return out;
}

function ari(polis: Map<number, number>, ours: Map<number, number>): number {
  const pids = [...polis.keys()];
  return adjustedRandIndex(
    pids.map((p) => polis.get(p)!),
    pids.map((p) => ours.get(p) ?? -1),
  );
}

interface TierRow {
  conversation: string;
  polisK: number;
  measures: Record<string, { ari: number; k: number }>;
}

const rows: TierRow[] = [];

function measure(
  name: string,
  votes: Vote[],
  moderation: ModerationChange[],
  polis: Map<number, number>,
) {
  const polisK = new Set(polis.values()).size;
  const runs: Record<string, OpinionState> = {
    "cold corrected": analyze({ votes, moderation }),
    "cold parity": analyze({ votes, moderation, mode: "parity" }),
    "replay parity": replay({ votes, moderation, mode: "parity", tickWindowMs: 60_000 }),
  };
  const measures: TierRow["measures"] = {};
  for (const [label, state] of Object.entries(runs)) {
    measures[label] = { ari: ari(polis, groupsOf(state)), k: state.math!.groups.length };
    measures[`${label}, k forced`] = { ari: ari(polis, groupsOf(state, polisK)), k: polisK };
  }
  const row = { conversation: name, polisK, measures };
  rows.push(row);
  return row;
}

function polisGroups(math: ReturnType<typeof loadPolisFixture>["math"]): Map<number, number> {
  const base = new Map(
    math["base-clusters"].id.map((id, i) => [id, math["base-clusters"].members[i]!]),
  );
  const out = new Map<number, number>();
  for (const g of math["group-clusters"])
    for (const b of g.members) for (const p of base.get(b)!) out.set(p, g.id);
  return out;
}

describe("clustering tier", () => {
  it.each(POLIS_FIXTURES)("%s: groups agree with Polis better than chance", (name) => {
    const f = loadPolisFixture(name);
    const row = measure(name, f.votes, f.moderation, polisGroups(f.math));
    expect(row.measures["cold parity"]!.ari).toBeGreaterThan(0.15);
    expect(row.measures["replay parity, k forced"]!.ari).toBeGreaterThan(0.4);
  });

  it.each(EXPORT_FIXTURES)(
    "%s (CSV export): groups agree with Polis better than chance",
    (name) => {
      const data = parsePolisExport({
        comments: readExport(name, "comments.csv"),
        votes: readExport(name, "votes.csv"),
        participantsVotes: readExport(name, "participants-votes.csv"),
      });
      const row = measure(`${name} (csv)`, data.votes, data.moderation, data.groups!);
      expect(row.measures["cold parity"]!.ari).toBeGreaterThan(0.15);
    },
  );

  it.each(POLIS_FIXTURES)(
    "%s: on Polis's own base clusters, Polis's k and groups are reproduced",
    (name) => {
      const { math } = loadPolisFixture(name);
      const b = math["base-clusters"];
      const base: Cluster[] = b.id.map((id, i) => ({
        id,
        members: b.members[i]!,
        center: [b.x[i]!, b.y[i]!],
      }));
      const result = clusterGroups({ base, maxK: 5, maxIterations: 20, kBuffer: 4 });
      expect(result.groups.length).toBe(math["group-clusters"].length);
      const polis = new Map<number, number>();
      for (const g of math["group-clusters"]) for (const id of g.members) polis.set(id, g.id);
      const ours = new Map<number, number>();
      for (const g of result.groups) for (const id of g.members) ours.set(id, g.id);
      expect(ari(polis, ours)).toBe(1);
    },
  );

  it("prints the clustering-tier table", () => {
    expect(rows.length).toBe(POLIS_FIXTURES.length + EXPORT_FIXTURES.length);
    const labels = Object.keys(rows[0]!.measures);
    const lines = [
      `| conversation | Polis k | ${labels.join(" | ")} |`,
      `|---|---|${labels.map(() => "---").join("|")}|`,
      ...rows.map(
        (r) =>
          `| ${r.conversation} | ${r.polisK} | ${labels
            .map((l) => `${r.measures[l]!.ari.toFixed(2)} (k=${r.measures[l]!.k})`)
            .join(" | ")} |`,
      ),
    ];
    console.log(
      `Clustering tier (ARI vs Polis's groups over Polis's in-conv participants)\n${lines.join("\n")}`,
    );
    // toPolisMath must round-trip the chosen groups as group-clusters.
    const f = loadPolisFixture(POLIS_FIXTURES[0]);
    const state = analyze({ votes: f.votes, moderation: f.moderation });
    expect(toPolisMath(state)["group-clusters"].length).toBe(state.math!.groups.length);
  });
});
