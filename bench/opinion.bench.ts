// Benchmark of @kuulo/opinion: full recompute, warm tick and memory on synthetic conversations
// with realistic sparsity, against a naive dense baseline in the same process.
// Run: npx tsx bench/opinion.bench.ts [sizes…]   (sizes: 1k 10k 100k 1M; default all)
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import {
  analyze,
  type OpinionState,
  stateToJSON,
  update,
  type VoteBatch,
} from "../packages/opinion/src/index.js";
import { emptyMatrix, mergeVotes } from "../packages/opinion/src/matrix.js";
import { powerIterationPca } from "../packages/opinion/src/pca.js";
import { createPrng } from "../packages/opinion/src/prng.js";
import { projectParticipants } from "../packages/opinion/src/project.js";

interface Size {
  label: string;
  participants: number;
  statements: number;
  /** Mean votes per participant (exponentially distributed, at least 1). */
  meanVotes: number;
}

const SIZES: Size[] = [
  { label: "1k", participants: 1_000, statements: 100, meanVotes: 30 },
  { label: "10k", participants: 10_000, statements: 500, meanVotes: 40 },
  { label: "100k", participants: 100_000, statements: 2_000, meanVotes: 50 },
  { label: "1M", participants: 1_000_000, statements: 10_000, meanVotes: 20 },
];

/** Dense baselines are run where the participants × statements matrix stays under this. */
const DENSE_LIMIT_BYTES = 1 << 30;

/**
 * Three latent opinion camps with per-statement agree rates; each participant votes on an
 * exponentially distributed number of statements, earlier statements more often (as Polis's
 * priorities and late joiners make them), with 20% passes.
 */
function synthetic(
  size: Size,
  seed: number,
  offset = 0,
  count = Number.POSITIVE_INFINITY,
): VoteBatch {
  const prng = createPrng(seed);
  const S = size.statements;
  const agreeRate = Array.from({ length: 3 }, () =>
    Float64Array.from({ length: S }, () => 0.1 + 0.8 * prng.next()),
  );
  const pid: number[] = [];
  const tid: number[] = [];
  const vote: number[] = [];
  for (let p = 0; p < size.participants && pid.length < count; p++) {
    const k = Math.min(S, 1 + Math.floor(-size.meanVotes * Math.log(1 - prng.next())));
    const camp = p % 3;
    for (let i = 0; i < k; i++) {
      const s = Math.floor(S * prng.next() ** 1.5);
      const r = prng.next();
      pid.push(p + offset);
      tid.push(s);
      vote.push(r < 0.2 ? 0 : r < 0.2 + 0.8 * agreeRate[camp]![s]! ? 1 : -1);
    }
  }
  return {
    participant: Float64Array.from(pid),
    statement: Float64Array.from(tid),
    vote: Int8Array.from(vote),
  };
}

/** 1,000 new votes: half from existing participants, half from 100 newcomers. */
function newVotes(size: Size, seed: number): VoteBatch {
  const prng = createPrng(seed);
  const n = 1000;
  const participant = new Float64Array(n);
  const statement = new Float64Array(n);
  const vote = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    participant[i] =
      i < n / 2 ? Math.floor(prng.next() * size.participants) : size.participants + (i % 100);
    statement[i] = Math.floor(prng.next() * size.statements);
    vote[i] = Math.floor(prng.next() * 3) - 1;
  }
  return { participant, statement, vote };
}

/** Steady warm ticks measured (after two warm-up ticks). */
const WARM_TICKS = 7;

/** CPU milliseconds of this process (user + system), for per-phase timings. */
function cpuClock(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function ms(t0: number): number {
  return performance.now() - t0;
}

/** Wall and CPU milliseconds of a call (CPU time is robust when other processes share the cores). */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, wall: ms(t0), cpu: (c.user + c.system) / 1000 };
}

/** Bytes held in the state's typed arrays and id arrays (the part proportional to the data). */
function stateBytes(state: OpinionState): number {
  let total = 0;
  const seen = new Set<unknown>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) total += v.byteLength;
    else if (v instanceof Map) total += v.size * 16;
    else if (Array.isArray(v)) {
      if (typeof v[0] === "number") total += v.length * 8;
      else for (const x of v) walk(x);
    } else for (const x of Object.values(v)) walk(x);
  };
  walk(state);
  return total;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Naive dense baseline: participants × statements Float64 matrix, mean imputation, Polis's PCA. */
function denseBaseline(batch: VoteBatch, size: Size): { ms: number } {
  const t0 = performance.now();
  const n = size.participants;
  const S = size.statements;
  const m = new Float64Array(n * S).fill(Number.NaN);
  for (let i = 0; i < batch.participant.length; i++)
    m[batch.participant[i]! * S + batch.statement[i]!] = -batch.vote[i]!;
  const center = new Float64Array(S);
  const count = new Float64Array(S);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < S; c++) {
      const v = m[r * S + c]!;
      if (!Number.isNaN(v)) {
        center[c]! += v;
        count[c]!++;
      }
    }
  }
  for (let c = 0; c < S; c++) center[c] = count[c] ? center[c]! / count[c]! : 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < S; c++) {
      const v = m[r * S + c]!;
      m[r * S + c] = Number.isNaN(v) ? 0 : v - center[c]!;
    }
  }
  const prng = createPrng(1);
  const comps: Float64Array[] = [];
  for (let k = 0; k < 2; k++) {
    let v = Float64Array.from({ length: S }, () => prng.next());
    let last = 0;
    for (let it = 100; ; it--) {
      const w = new Float64Array(S);
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let c = 0; c < S; c++) s += m[r * S + c]! * v[c]!;
        for (const pc of comps) {
          let d = 0;
          for (let c = 0; c < S; c++) d += m[r * S + c]! * pc[c]!;
          let pv = 0;
          for (let c = 0; c < S; c++) pv += pc[c]! * v[c]!;
          s -= d * pv;
        }
        for (let c = 0; c < S; c++) w[c]! += s * m[r * S + c]!;
      }
      let eig = 0;
      for (let c = 0; c < S; c++) eig += w[c]! * w[c]!;
      eig = Math.sqrt(eig);
      for (let c = 0; c < S; c++) w[c]! /= eig || 1;
      if (it === 0 || eig === last) {
        v = w;
        break;
      }
      v = w;
      last = eig;
    }
    comps.push(v);
  }
  const proj = new Float64Array(n * 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < S; c++) {
      proj[2 * r]! += m[r * S + c]! * comps[0]![c]!;
      proj[2 * r + 1]! += m[r * S + c]! * comps[1]![c]!;
    }
  }
  return { ms: ms(t0) };
}

/** The same work as the dense baseline (matrix, PCA with Polis's settings, projections), sparse. */
function sparseCore(batch: VoteBatch): { ms: number } {
  const t0 = performance.now();
  const value = Int8Array.from(batch.vote as ArrayLike<number>, (v) => -v);
  const matrix = mergeVotes({
    matrix: emptyMatrix(),
    votes: { pid: batch.participant, tid: batch.statement, value },
  });
  const modOutCols = new Uint8Array(matrix.colIds.length);
  const pca = powerIterationPca({
    matrix,
    modOutCols,
    maxIterations: 100,
    tolerance: 0,
    prng: createPrng(1),
  });
  projectParticipants({ matrix, pca, modOutCols });
  return { ms: ms(t0) };
}

const wanted = process.argv.slice(2);
const sizes = wanted.length ? SIZES.filter((s) => wanted.includes(s.label)) : SIZES;
const rows: string[][] = [];
const phases: string[] = [];
console.log(
  `@kuulo/opinion benchmark — ${new Date().toISOString()} — node ${process.version}, single thread, ` +
    `load average ${loadavg()[0]!.toFixed(1)} on ${"2"} cores at start`,
);
for (const size of sizes) {
  const batch = synthetic(size, 42);
  const nVotes = batch.participant.length;
  const fullTimings: Record<string, number> = {};
  const full = timed(() => analyze({ votes: batch, timings: fullTimings, clock: cpuClock }));
  let state = full.value;
  // Warm ticks in a row, as a worker runs them: the first two (JIT still compiling the warm
  // path, garbage of the full recompute) are reported apart; the steady figure is the median of
  // the next WARM_TICKS. Phases are timed in CPU milliseconds (median per phase).
  const warmWall: number[] = [];
  const warmCpu: number[] = [];
  const firstCpu: number[] = [];
  const warmPhases: Record<string, number[]> = {};
  for (let t = 0; t < 2 + WARM_TICKS; t++) {
    const timings: Record<string, number> = {};
    const warm = timed(() =>
      update({ state, votes: newVotes(size, 7 + t), timings, clock: cpuClock }),
    );
    state = warm.value;
    if (t < 2) {
      firstCpu.push(warm.cpu);
      continue;
    }
    warmWall.push(warm.wall);
    warmCpu.push(warm.cpu);
    for (const [k, v] of Object.entries(timings)) {
      warmPhases[k] = warmPhases[k] ?? [];
      warmPhases[k].push(v);
    }
  }
  const warmTimings = Object.fromEntries(
    Object.entries(warmPhases).map(([k, v]) => [k, median(v)]),
  );
  const rss = peakRssMiB();
  const bytes = stateBytes(state);
  // Fingerprint of the results: an optimisation must leave it unchanged.
  const sha = createHash("sha256")
    .update(JSON.stringify(stateToJSON(state)))
    .digest("hex");
  const parity =
    size.participants <= 100_000 ? timed(() => analyze({ votes: batch, mode: "parity" })) : null;
  let core: { ms: number } | null = null;
  let dense = "—";
  let ratio = "— (dense does not fit in 1 GiB)";
  if (size.participants * size.statements * 8 <= DENSE_LIMIT_BYTES) {
    core = sparseCore(batch);
    const d = denseBaseline(batch, size);
    dense = `${d.ms.toFixed(0)} ms`;
    ratio = `${(d.ms / core.ms).toFixed(1)}× faster`;
  }
  const fmt = (t: Record<string, number>) =>
    Object.entries(t)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(", ");
  phases.push(
    `${size.label} state after the full recompute and ${2 + WARM_TICKS} warm ticks: SHA-256 ${sha}`,
    `${size.label} full (CPU ms): ${fmt(fullTimings)}`,
    `${size.label} warm, steady (CPU ms, median per phase): ${fmt(warmTimings)}`,
  );
  rows.push([
    size.label,
    `${size.participants.toLocaleString("en")} × ${size.statements.toLocaleString("en")}`,
    nVotes.toLocaleString("en"),
    `${full.wall.toFixed(0)} / ${full.cpu.toFixed(0)} ms`,
    `${(nVotes / (full.cpu / 1000) / 1e6).toFixed(2)} M/s`,
    `${median(warmWall).toFixed(0)} / ${median(warmCpu).toFixed(0)} ms`,
    firstCpu.map((c) => c.toFixed(0)).join(", "),
    parity ? `${parity.wall.toFixed(0)} / ${parity.cpu.toFixed(0)} ms` : "—",
    `${(bytes / 2 ** 20).toFixed(0)} MiB`,
    `${rss.toFixed(0)} MiB`,
    core ? `${core.ms.toFixed(0)} ms` : "—",
    dense,
    ratio,
    `k=${state.math!.groups.length}`,
  ]);
  console.log(rows[rows.length - 1]!.join(" | "));
}
const header = [
  "size",
  "participants × statements",
  "votes",
  "full recompute wall / CPU",
  "votes/s (CPU)",
  `warm tick +1,000 votes wall / CPU (median of ${WARM_TICKS}, steady)`,
  "first two warm ticks after the full recompute, CPU ms",
  "full recompute, parity mode",
  "state (typed arrays)",
  "peak RSS of the process so far",
  "sparse core: matrix + Polis PCA + projections",
  "dense core, same work",
  "sparse vs dense",
  "groups",
];
console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\nPhases:\n${phases.join("\n")}`);
console.log(
  `\nload average at end: ${loadavg()[0]!.toFixed(1)}. Targets (issue 3): 100k / 5M votes full recompute < 3 s and ` +
    "< 1 GiB; warm tick < 300 ms.",
);
