// Per-level profile of @kuulo/sortition's LEXIMIN on one synthetic Finnish pool: wall and CPU
// time (process.cpuUsage, so a loaded machine shows as wall ≫ CPU) at each fixed level, then
// the solver counts. Run: npx tsx bench/sortition-levels.bench.ts [n k features budgetSeconds]
// [--level-by-level], e.g. `timeout 900 npx tsx bench/sortition-levels.bench.ts 1700 110 7 850
// --level-by-level`. Without the flag the relaxation shortcut runs and reports its levels at
// the end (they are proved all at once).
import os from "node:os";
import { findDistribution } from "@kuulo/sortition";
import { finnishPool } from "./sortition-pools.js";

const levelByLevel = process.argv.includes("--level-by-level");
const numbers = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const [n, k, features, budget] = [1700, 110, 7, 850].map((fallback, i) => {
  const value = Number(numbers[i]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}) as [number, number, number, number];

const instance = finnishPool({ n, k, features: features === 6 ? 6 : 7, seed: `bench-${n}` });
const load = () => os.loadavg()[0]!.toFixed(1);
const started = performance.now();
const cpuStart = process.cpuUsage();
const clock = () => {
  const cpu = process.cpuUsage(cpuStart);
  return {
    wall: ((performance.now() - started) / 1000).toFixed(1),
    cpu: ((cpu.user + cpu.system) / 1e6).toFixed(1),
  };
};
const widths = [6, 9, 12, 7, 8, 8, 5];
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
console.log(
  `LEXIMIN levels (${levelByLevel ? "level by level" : "relaxation shortcut"}) — ${n}→${k}, ${features} features, budget ${budget} s, ${new Date().toISOString()}, ${os.cpus().length} CPUs, Node ${process.version}`,
);
console.log(line(["level", "value", "fixed", "panels", "wall s", "CPU s", "load"]));
const selection = await findDistribution({
  instance,
  timeLimit: budget,
  levelByLevel,
  onProgress: (p) => {
    const { wall, cpu } = clock();
    console.log(
      line([
        String(p.level),
        p.value.toFixed(5),
        `${p.fixedClasses}/${p.classes}`,
        String(p.panels),
        wall,
        cpu,
        load(),
      ]),
    );
  },
});
const s = selection.stats;
const { wall, cpu } = clock();
console.log(
  `${s.complete ? "complete" : "stopped by the budget"} (method ${s.method}): ${s.levels} levels, wall ${wall} s, CPU ${cpu} s, load ${load()}; ` +
    `master LP ${s.lpSolves - s.relaxations} solves / ${(s.lpSeconds - s.relaxSeconds).toFixed(1)} s, ` +
    `pricing LP ${s.relaxations} / ${s.relaxSeconds.toFixed(1)} s, ILP ${s.ilpSolves} / ${s.ilpSeconds.toFixed(1)} s, ` +
    `min p ${selection.fairness.minimum.toFixed(4)} (k/n ${selection.fairness.equalShare.toFixed(4)})`,
);
