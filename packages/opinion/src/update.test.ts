import { describe, expect, it } from "vitest";
import { loadPolisFixture } from "../test/load.js";
import { countVotes, sumGroups } from "./counts.js";
import { OpinionError } from "./errors.js";
import { rowIndex } from "./matrix.js";
import { toPolisMath } from "./polis-json.js";
import { selectRepness } from "./repness.js";
import { toResult } from "./result.js";
import { stateFromJSON, stateToJSON } from "./serialize.js";
import { campsConversation } from "./synthetic.js";
import { columnFlags } from "./tick.js";
import { analyze, createState, update } from "./update.js";

describe("incremental update", () => {
  const { votes } = campsConversation({
    participants: 150,
    statements: 20,
    density: 0.5,
    noise: 0.15,
    seed: 7,
  });
  const half = Math.floor(votes.length / 2);

  it("is deterministic: the same input and seed give the same output bit for bit", () => {
    const a = update({
      state: update({ state: createState({ seed: 3 }), votes: votes.slice(0, half) }),
      votes: votes.slice(half),
    });
    const b = update({
      state: update({ state: createState({ seed: 3 }), votes: votes.slice(0, half) }),
      votes: votes.slice(half),
    });
    expect(JSON.stringify(stateToJSON(a))).toBe(JSON.stringify(stateToJSON(b)));
  });

  it("a warm tick continues from a JSON round-trip exactly as from the live state", () => {
    const first = update({ state: createState(), votes: votes.slice(0, half) });
    const restored = stateFromJSON(JSON.parse(JSON.stringify(stateToJSON(first))));
    const live = update({
      state: first,
      votes: votes.slice(half),
      moderation: [{ statement: 3, status: "rejected" }],
    });
    const again = update({
      state: restored,
      votes: votes.slice(half),
      moderation: [{ statement: 3, status: "rejected" }],
    });
    expect(toPolisMath(again)).toEqual(toPolisMath(live));
  });

  it("warm ticks update the per-base-cluster counts to exactly a full recount", () => {
    let state = update({ state: createState(), votes: votes.slice(0, half) });
    const rest = votes.slice(half);
    for (let t = 0; t < 6; t++) {
      // Small batches (the incremental path), then one large one (the full recount path):
      // re-votes of existing participants and votes of new participants.
      const batch = t < 5 ? rest.slice(t * 8, t * 8 + 8) : rest.slice(40);
      const revotes = votes
        .slice(t * 3, t * 3 + 3)
        .map((v) => ({ ...v, vote: v.vote === 1 ? -1 : 1 }));
      state = update({ state, votes: batch.concat(revotes) });
      const math = state.math!;
      const rowBase = new Int32Array(state.matrix.rowIds.length).fill(-1);
      math.baseClusters.forEach((c, b) => {
        for (const r of c.members) rowBase[r] = b;
      });
      const recount = countVotes({
        matrix: state.matrix,
        rowGroup: rowBase,
        nGroups: math.baseClusters.length,
      });
      expect(math.baseCounts).toEqual(recount);
    }
  });

  it("does not modify the previous state", () => {
    const first = update({ state: createState(), votes: votes.slice(0, half) });
    const snapshot = JSON.stringify(stateToJSON(first));
    update({ state: first, votes: votes.slice(half), moderation: [{ statement: 1, meta: true }] });
    expect(JSON.stringify(stateToJSON(first))).toBe(snapshot);
  });

  it("warm-starts PCA and keeps in-conv monotone", () => {
    const first = update({ state: createState(), votes: votes.slice(0, half) });
    const second = update({ state: first, votes: [] });
    // With no new votes the warm-started components are already converged: same to 1e-9.
    first.math!.pca.comps[0].forEach((v, i) => {
      expect(Math.abs(v - second.math!.pca.comps[0][i]!)).toBeLessThan(1e-9);
    });
    first.inConv.forEach((v, r) => {
      if (v) expect(second.inConv[r]).toBe(1);
    });
    expect(second.tick).toBe(2);
  });

  it("treats moderated-out and meta statements as Polis: zeroed columns, meta priority 49", () => {
    const state = analyze({
      votes,
      moderation: [
        { statement: 0, status: "rejected" },
        { statement: 1, meta: true },
      ],
    });
    const math = toPolisMath(state);
    expect(math["mod-out"]).toEqual([0, 1]);
    expect(math["meta-tids"]).toEqual([1]);
    expect(math.pca.center[math.tids.indexOf(0)]).toBe(0);
    expect(math.pca["comment-extremity"][math.tids.indexOf(0)]).toBe(0);
    expect(math["comment-priorities"][1]).toBe(49);
    for (const items of Object.values(math.repness))
      expect(items.some((i) => i.tid === 0 || i.tid === 1)).toBe(false);
  });

  it("Kuulo's result uses agree = +1: statement mean vote and positions are Polis's negated", () => {
    const state = analyze({ votes });
    const result = toResult(state);
    const math = toPolisMath(state);
    const c = math.tids.indexOf(0);
    const own = votes.filter((v) => v.statement === 0);
    expect(result.statements.meanVote[c]).toBeCloseTo(
      own.reduce((s, v) => s + v.vote, 0) / own.length,
      12,
    );
    expect(result.statements.x[c]).toBe(-math.pca["comment-projection"][0]![c]! + 0);
    expect(result.groups.map((g) => g.id)).toEqual(math["group-clusters"].map((g) => g.id));
  });

  it("rejects the first malformed vote of a column batch, in both modes", () => {
    const votes = {
      participant: Float64Array.from([1, 2, 3, 4]),
      statement: Float64Array.from([0, 0, 1.5, 0]),
      vote: Float64Array.from([1, -1, 1, 7]),
    };
    for (const mode of ["corrected", "parity"] as const) {
      expect(() => update({ state: createState({ mode }), votes })).toThrow(
        "vote 2 must have non-negative integer participant and statement",
      );
    }
  });

  it("rejects malformed votes with a stable code", () => {
    expect(() =>
      update({ state: createState(), votes: [{ participant: -1, statement: 0, vote: 1 }] }),
    ).toThrow(OpinionError);
    try {
      update({ state: createState(), votes: [{ participant: 1, statement: 0, vote: 2 }] });
    } catch (error) {
      expect((error as OpinionError).code).toBe("INVALID_VOTE");
    }
    expect(() => createState({ mode: "fast" as "parity" })).toThrow(/mode must be/);
  });
});

describe("parity mode versus the corrected default", () => {
  const fixture = loadPolisFixture("25ptpt-3gp-no-strict-with-meta");

  it("parity lags priorities one tick (Q2); corrected uses the current group votes", () => {
    const parity = analyze({
      votes: fixture.votes,
      moderation: fixture.moderation,
      mode: "parity",
    });
    const corrected = analyze({ votes: fixture.votes, moderation: fixture.moderation });
    // First tick in parity: no previous group votes, so A = D = S = 0 for every statement.
    const e = parity.math!.commentExtremity;
    parity.math!.priorities.forEach((p, c) => {
      const meta = fixture.math["meta-tids"].includes(parity.matrix.colIds[c]!);
      const expected = meta ? 49 : ((1 - 1 / 2) * (e[c]! + 1) * (1 / 2) * 9) ** 2;
      expect(p).toBeCloseTo(expected, 12);
    });
    expect(Array.from(corrected.math!.priorities)).not.toEqual(Array.from(parity.math!.priorities));
  });

  it("corrected best-agree items always say agree; parity keeps Polis's disagree label", () => {
    // In the 50-participant blob Polis labels group 2's best-agree (tid 15) "disagree".
    const f = loadPolisFixture("50ptpt-3gp-strict-no-meta");
    const state = analyze({ votes: f.votes, moderation: f.moderation });
    const { matrix } = state;
    const b = f.math["base-clusters"];
    const rowBase = new Int32Array(matrix.rowIds.length).fill(-1);
    b.members.forEach((pids, i) => {
      for (const pid of pids) rowBase[rowIndex(matrix, pid)] = i;
    });
    const baseCounts = countVotes({ matrix, rowGroup: rowBase, nGroups: b.id.length });
    const counts = sumGroups({
      counts: baseCounts,
      groups: f.math["group-clusters"].map((g) => g.members.map((id) => b.id.indexOf(id))),
    });
    const run = (parity: boolean) =>
      selectRepness({
        counts,
        groupIds: f.math["group-clusters"].map((g) => g.id),
        colIds: matrix.colIds,
        modOutCols: columnFlags(matrix, f.math["mod-out"]),
        parity,
      })[2]!.find((i) => i["best-agree"])!;
    expect(run(true)).toMatchObject({ tid: 15, "repful-for": "disagree" });
    const fixed = run(false);
    expect(fixed).toMatchObject({ tid: 15, "repful-for": "agree", "n-success": fixed["n-agree"] });
  });

  it("parity sorts each batch by (statement, participant) so columns come in ascending tid order", () => {
    const shuffled = [...fixture.votes].reverse();
    const parity = analyze({ votes: shuffled, moderation: fixture.moderation, mode: "parity" });
    const tids = parity.matrix.colIds;
    expect([...tids]).toEqual([...tids].sort((a, b) => a - b));
    expect(parity.options.groupMaxIterations).toBe(20);
    expect(analyze({ votes: shuffled }).options.groupMaxIterations).toBe(100);
  });
});
