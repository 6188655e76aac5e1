// Benchmark of @kuulo/sortition's LEXIMIN against the published Gurobi run times of
// Flanigan et al. (Nature 2021). Run: npx tsx bench/sortition.bench.ts [--quick]
// Prints, per instance: time, ILP/LP solves, levels, minimum probability beside k/n,
// the reference time and the ratio reference/ours (> 1: faster than Gurobi's run), the
// target on this machine, and in-process baselines: the level-by-level method's time and
// LEGACY's minimum probability.
import { readFileSync } from "node:fs";
import os from "node:os";
import { findDistribution, type Instance, parseCategories, parsePeople } from "@kuulo/sortition";
import { finnishPool } from "./sortition-pools.js";

interface Case {
  name: string;
  instance: () => Instance;
  /** Published LEXIMIN time with Gurobi 9 (median of 3), seconds; for pools "of similar size". */
  reference: number;
  referenceNote: string;
  /** Target on this machine, seconds. */
  target?: number;
  /** Budget for LEXIMIN, seconds (the run reports whether it completed). */
  timeLimit?: number;
  /** Skip the level-by-level baseline (it takes longer than the budget). */
  noBaseline?: boolean;
}

function replication(name: "example_small_20" | "example_large_200", k: number): Instance {
  const dir = new URL(`../packages/sortition/test/fixtures/${name}/`, import.meta.url);
  const { quotas } = parseCategories({
    text: readFileSync(new URL("categories.csv", dir), "utf8"),
  });
  const people = parsePeople({
    text: readFileSync(new URL("respondents.csv", dir), "utf8"),
    quotas,
  });
  return { quotas, people, k };
}

const quick = process.argv.includes("--quick");
const cases: Case[] = [
  {
    name: "example_small_20 (200→20)",
    instance: () => replication("example_small_20", 20),
    reference: 2.7,
    referenceNote: "same instance",
    target: 2.7,
  },
  {
    name: "example_large_200 (2000→200)",
    instance: () => replication("example_large_200", 200),
    reference: 1161.8,
    referenceNote: "same instance",
    target: 2.7,
  },
  {
    name: "Finnish 250→40, 6 features",
    instance: () => finnishPool({ n: 250, k: 40, features: 6, seed: "bench-250" }),
    reference: 19.6,
    referenceNote: "real 312→35",
    target: 15,
  },
  {
    name: "Finnish 312→35, 6 features",
    instance: () => finnishPool({ n: 312, k: 35, features: 6, seed: "bench-312" }),
    reference: 19.6,
    referenceNote: "real 312→35",
  },
  {
    name: "Finnish 404→40, 6 features",
    instance: () => finnishPool({ n: 404, k: 40, features: 6, seed: "bench-404" }),
    reference: 46.2,
    referenceNote: "real 404→40",
  },
  ...(quick
    ? []
    : [
        {
          name: "Finnish 1700→110, 7 features",
          instance: () => finnishPool({ n: 1700, k: 110, features: 7, seed: "bench-1700" }),
          reference: 4011.6,
          referenceNote: "real 1727→110",
          target: 600,
          timeLimit: 900,
          noBaseline: true,
        },
      ]),
];

const header = [
  "instance",
  "time s",
  "method",
  "levels s",
  "levels/ours",
  "max |Δp|",
  "target s",
  "Gurobi ref s",
  "ref/ours",
  "classes",
  "levels",
  "ILP / LP",
  "min p",
  "k/n",
  "LEGACY min p",
  "Gini",
];
const widths = [30, 8, 10, 9, 11, 8, 9, 26, 8, 7, 12, 11, 7, 7, 12, 6];
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
console.log(
  `@kuulo/sortition LEXIMIN benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const c of cases) {
  const instance = c.instance();
  const started = performance.now();
  const selection = await findDistribution({
    instance,
    ...(c.timeLimit !== undefined ? { timeLimit: c.timeLimit } : {}),
    onProgress: (p) => {
      if (p.level % 10 === 0) {
        process.stderr.write(
          `  ${c.name}: level ${p.level}, ${p.fixedClasses}/${p.classes} classes fixed, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
        );
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  // Baseline in the same process: the same LEXIMIN fixed level by level (Flanigan et al.).
  let baseline: { seconds: number; delta: number } | undefined;
  if (!c.noBaseline) {
    const baselineStarted = performance.now();
    const slow = await findDistribution({ instance, levelByLevel: true });
    baseline = {
      seconds: (performance.now() - baselineStarted) / 1000,
      delta: Math.max(
        ...slow.probabilities.map((p, i) => Math.abs(p - selection.probabilities[i]!)),
      ),
    };
  }
  const legacy = await findDistribution({ instance, algorithm: "legacy", legacyRuns: 300 }).catch(
    () => undefined,
  );
  const f = selection.fairness;
  const s = selection.stats;
  const time = s.complete ? seconds.toFixed(2) : `>${seconds.toFixed(0)}`;
  console.log(
    line([
      c.name,
      time,
      s.method ?? "–",
      baseline ? baseline.seconds.toFixed(2) : "–",
      baseline ? (baseline.seconds / seconds).toFixed(1) : "–",
      baseline ? baseline.delta.toExponential(1) : "–",
      c.target !== undefined ? `${c.target}${s.complete && seconds < c.target ? " ✓" : " ✗"}` : "–",
      `${c.reference} (${c.referenceNote})`,
      s.complete ? (c.reference / seconds).toFixed(1) : `<${(c.reference / seconds).toFixed(1)}`,
      String(s.classes),
      s.complete ? String(s.levels) : `${s.levels} (stopped)`,
      `${s.ilpSolves} / ${s.lpSolves}`,
      f.minimum.toFixed(4),
      f.equalShare.toFixed(4),
      legacy ? legacy.fairness.minimum.toFixed(4) : "failed",
      f.gini.toFixed(3),
    ]),
  );
}
console.log(
  "ref/ours: published Gurobi 9 time (median of 3, other machine, pools of similar size) ÷ our time.",
);
console.log(
  "method: relaxation = the LP relaxation's LEXIMIN was reached by real panels (all levels at once); levels = fixed one by one.",
);
console.log(
  "levels s: the same LEXIMIN fixed level by level (baseline, same process); max |Δp|: largest difference in a person's probability.",
);
console.log(
  "LEGACY min p: estimated from 300 seeded runs of the greedy method (baseline, same process).",
);
console.log(
  "A stopped run has its minimum probability final (level 1); higher levels are lower bounds.",
);
