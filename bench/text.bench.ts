// @kuulo/text end to end on 10,000 Finnish answers built from the package's shipped fixtures
// (XED Finnish held-out lines and SIB-200 Finnish sentences, 1–3 per answer, some with
// personal data to redact). Targets on the 2-core machine: < 15 s and < 300 MiB in total;
// relabelling after an analyst edit < 1 s. Run: npx tsx bench/text.bench.ts [N]
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { analyzeAnswers } from "../packages/text/src/analyze.js";
import { mergeThemes, renameTheme, splitTheme } from "../packages/text/src/edit.js";
import { buildReport } from "../packages/text/src/report.js";
import { fixtureAnswers, YLILAUTA } from "./text-run.js";

const N = Number(process.argv[2] ?? 10_000);
const answers = fixtureAnswers(N).map((text, i) => ({ id: String(i + 1), text }));

// Baseline in the same process: lowercase split and word counts over the same answers.
const b0 = performance.now();
const counts = new Map<string, number>();
for (const a of answers)
  for (const w of a.text.toLowerCase().split(/[^\p{L}]+/u))
    if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
const baselineMs = performance.now() - b0;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const marks: { step: string; at: number; cpu: number }[] = [];
const c0 = cpuMs();
const t0 = performance.now();
const analysis = analyzeAnswers({
  answers,
  lang: "auto",
  kMin: 4,
  kMax: 20,
  onProgress: (e) => {
    if (e.done === e.total && marks.at(-1)?.step !== e.step)
      marks.push({ step: e.step, at: performance.now(), cpu: cpuMs() });
  },
});
const report = buildReport({ analysis });
const totalMs = performance.now() - t0;
const totalCpu = cpuMs() - c0;
marks.push({ step: "report", at: performance.now(), cpu: cpuMs() });

const rows: [string, number, number][] = [];
let prev = { at: t0, cpu: c0 };
for (const m of marks) {
  rows.push([m.step, m.at - prev.at, m.cpu - prev.cpu]);
  prev = m;
}
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
console.log(
  `@kuulo/text benchmark: ${N} Finnish answers, lemmatiser ${report.lemmatizers.fi}, k sweep 4..20, k = ${analysis.k}`,
);
console.log(
  "(wall time is inflated when other processes share the 2 cores; CPU time is this process's own)",
);
console.log(
  `${"step".padEnd(12)}${"wall".padStart(9)}${"CPU".padStart(9)}${"answers/s".padStart(12)}${"× baseline".padStart(12)}`,
);
const line = (step: string, ms: number, cpu: number) =>
  `${step.padEnd(12)}${fmt(ms)}${fmt(cpu)}${String(Math.round(N / (ms / 1000))).padStart(12)}${(ms / baselineMs).toFixed(1).padStart(12)}`;
for (const [step, ms, cpu] of rows) console.log(line(step, ms, cpu));
console.log(
  `${line("total", totalMs, totalCpu)}   target < 15 s: ${totalMs < 15_000 ? "OK" : "MISSED"}`,
);
console.log(
  `load average during the run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
console.log(`baseline (lowercase split + counts): ${baselineMs.toFixed(0)} ms`);

// Analyst edits: each followed by relabelling of the affected themes.
const themes = analysis.themes.themes.filter((t) => !t.isOther);
const e0 = performance.now();
const merged = mergeThemes({
  corpus: analysis.corpus,
  set: analysis.themes,
  ids: [themes[0]!.id, themes[1]!.id],
});
const mergeMs = performance.now() - e0;
const newId = merged.themes.find((t) => !analysis.themes.themes.some((o) => o.id === t.id))!.id;
const e1 = performance.now();
const split = splitTheme({ corpus: analysis.corpus, set: merged, id: newId });
const splitMs = performance.now() - e1;
const e2 = performance.now();
const renamed = renameTheme({ set: split, id: split.themes[0]!.id, label: "Analyst label" });
buildReport({ analysis, set: renamed });
const renameMs = performance.now() - e2;
for (const [name, ms] of [
  ["merge + relabel", mergeMs],
  ["split + relabel", splitMs],
  ["rename + report", renameMs],
] as const) {
  console.log(`${name.padEnd(18)}${fmt(ms)}   target < 1 s: ${ms < 1000 ? "OK" : "MISSED"}`);
}
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  `peak memory (max RSS): ${peakMiB.toFixed(0)} MiB   target < 300 MiB: ${peakMiB < 300 ? "OK" : "MISSED"}`,
);
console.log(`themes: ${report.themes.map((t) => `${t.id} ${t.count} "${t.label}"`).join("; ")}`);

// End to end in fresh processes, with lemmatisation in worker threads (default) and in one
// thread: the forum posts of ylilauta-dev when present (evaluation data, read in place),
// else the fixture answers. Target: 10,000 posts <= 15 s, peak memory <= 400 MiB.
type Run = {
  source: string;
  answers: number;
  threads: number;
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
  morphology: string;
};
const run = (threads?: number): Run => {
  const env = { ...process.env };
  if (threads) env.KUULO_TEXT_THREADS = String(threads);
  else delete env.KUULO_TEXT_THREADS;
  const out = spawnSync(
    process.execPath,
    [
      "--conditions=kuulo-source",
      "--import",
      "tsx",
      new URL("./text-run.ts", import.meta.url).pathname,
    ],
    { env, encoding: "utf8" },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!) as Run;
};
const multi = run();
const single = run(1);
console.log(
  `\nend to end, ${multi.answers} ${multi.source === "ylilauta" ? "ylilauta-dev forum posts" : "fixture answers"} (k sweep 4..20, k = 10, morphology ${multi.morphology}):`,
);
for (const r of [multi, single])
  console.log(
    `  lemmatisation threads ${String(r.threads).padEnd(2)} wall ${fmt(r.wallMs)}  CPU ${fmt(r.cpuMs)}  peak ${r.peakMiB} MiB` +
      `   targets <= 15 s: ${r.wallMs <= 15_000 ? "OK" : "MISSED"}, <= 400 MiB: ${r.peakMiB <= 400 ? "OK" : "MISSED"} (aim <= 350 MiB: ${r.peakMiB <= 350 ? "OK" : "MISSED"})`,
  );
console.log(
  `  single-threaded / threaded wall time: ${(single.wallMs / multi.wallMs).toFixed(2)}× (load average ${loadavg()[0]!.toFixed(1)}${YLILAUTA ? "" : "; ylilauta-dev not found"})`,
);
