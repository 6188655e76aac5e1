// One end-to-end analysis in a fresh process, for text.bench.ts: prints JSON with wall and CPU
// time, peak memory (max RSS) and the lemmatisation threads. The answers are the ylilauta-dev
// forum posts when ../shared/data/text/ylilauta-dev/ exists (read in place, never copied), else
// 10,000 answers built from the package's fixtures.
// Run: KUULO_TEXT_THREADS=1 npx tsx bench/text-run.ts [ylilauta|fixtures]
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeAnswers } from "../packages/text/src/analyze.js";
import { fixturePath, loadSib200 } from "../packages/text/src/fixtures.js";
import { lemmaThreads } from "../packages/text/src/lemma-pool.js";
import { seededRandom } from "../packages/text/src/random.js";
import { buildReport } from "../packages/text/src/report.js";

export const YLILAUTA = [
  resolve(import.meta.dirname, "../../shared/data/text/ylilauta-dev/ylilauta-dev.txt"),
  "/work/shared/data/text/ylilauta-dev/ylilauta-dev.txt",
].find((f) => existsSync(f));

/** 10,000 Finnish answers of 1–3 sentences from the shipped fixtures, every 50th with personal data. */
export function fixtureAnswers(n: number): string[] {
  const random = seededRandom(42);
  const xed = readFileSync(fixturePath("xed/fi-test.tsv"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t").slice(1).join(" "));
  const sib = loadSib200("fi").texts;
  const pick = (pool: string[]) => pool[Math.floor(random() * pool.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      pick(random() < 0.5 ? xed : sib),
    );
    if (i % 50 === 0) parts.push("Soita 040 123 4567 tai kirjoita matti.meikalainen@example.fi.");
    return parts.join(" ");
  });
}

export function ylilautaPosts(): string[] {
  return readFileSync(YLILAUTA!, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.replace(/^__label__\S+ /, ""));
}

if (process.argv[1]?.endsWith("text-run.ts")) {
  const source = process.argv[2] === "fixtures" || !YLILAUTA ? "fixtures" : "ylilauta";
  const texts = source === "ylilauta" ? ylilautaPosts() : fixtureAnswers(10_000);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // What `kuulo text analyze --k 10` does: sweep 4..20, themes for k = 10.
  const analysis = analyzeAnswers({
    answers: texts.map((text, i) => ({ id: String(i + 1), text })),
    lang: "auto",
    k: 10,
    kMin: 4,
    kMax: 20,
  });
  const report = buildReport({ analysis });
  const c = process.cpuUsage(c0);
  console.log(
    JSON.stringify({
      source,
      answers: texts.length,
      threads: lemmaThreads(),
      morphology: report.morphology,
      wallMs: Math.round(performance.now() - t0),
      cpuMs: Math.round((c.user + c.system) / 1000),
      peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
