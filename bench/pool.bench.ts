// Benchmark of issue #14's population-register recruitment. First @kuulo/letters: 5,000
// letters as one PDF (bilingual, so 10,000 pages; must take under 60 s and 500 MiB), run first
// so that the process's peak memory is the letters'. Then @kuulo/dvv: checking a synthetic
// 100,000-row extract (under 10 s), UTF-8 with ";" and ISO-8859-1 with ",", and writing the
// people file. Last the sign-up page under load: a real server on PostgreSQL (DATABASE_URL,
// default postgres://postgres@127.0.0.1:5432/test), residents opening the page with their code
// and signing up at a steady 50 requests/s for 20 s (bench/signup-load.ts): p50 / p95 / p99.
// Run: npm run bench pool [-- ROWS [LETTERS [RATE]]]   (default 100000 5000 50)
import { writeCsv } from "@kuulo/csv";
import { checkExtract, peopleRows, syntheticExtract } from "@kuulo/dvv";
import { benchLetters } from "./letters-bench.js";
import { printSignUpLoad, runSignUpLoad } from "./signup-load.js";

const rows = Number(process.argv[2] ?? 100_000);
const LIMIT_MS = 10_000;

const lettersOk = await benchLetters(Number(process.argv[3] ?? 5_000));

const t0 = performance.now();
const text = syntheticExtract({ rows, seed: 14 });
const utf8 = new TextEncoder().encode(text);
const latin1 = Uint8Array.from(text.replaceAll(";", ","), (c) => c.charCodeAt(0));
console.log(
  `generated ${rows.toLocaleString("en")} rows (${(utf8.length / 1e6).toFixed(1)} MB) in ${(performance.now() - t0).toFixed(0)} ms`,
);

let worst = 0;
for (const [label, bytes] of [
  ["UTF-8, ';'", utf8],
  ["ISO-8859-1, ',' (detected)", latin1],
] as const) {
  const start = performance.now();
  const result = checkExtract(bytes, { key: "bench", on: "2026-01-01" });
  const checked = performance.now() - start;
  const csv = writeCsv(peopleRows(result.people));
  const total = performance.now() - start;
  worst = Math.max(worst, total);
  console.log(
    `pool import ${label}: ${rows.toLocaleString("en")} rows checked in ${checked.toFixed(0)} ms, ` +
      `people file written in ${(total - checked).toFixed(0)} ms (total ${total.toFixed(0)} ms, ` +
      `${Math.round(rows / (total / 1000)).toLocaleString("en")} rows/s); valid ${result.valid}, ` +
      `letters ${result.letters}, turvakielto ${result.turvakielto}, deceased ${result.deceased}, ` +
      `invalid ${result.invalid}; ${(csv.length / 1e6).toFixed(1)} MB out`,
  );
  if (result.invalid > 0) throw new Error("the synthetic extract should be clean");
}
console.log(
  `slowest: ${worst.toFixed(0)} ms of the ${LIMIT_MS} ms allowed (${((worst / LIMIT_MS) * 100).toFixed(0)} %)`,
);

const RATE = Number(process.argv[4] ?? 50);
const load = await runSignUpLoad({
  baseUrl: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
  perSecond: RATE,
  seconds: 20,
});
printSignUpLoad(load, RATE);
const answeredOk = Object.entries(load.statuses).every(
  ([key]) => key.endsWith(" 200") || key.endsWith(" 201"),
);
if (!answeredOk) console.log("some sign-up requests were not answered 200/201 (see statuses)");
if (worst > LIMIT_MS || !lettersOk || !answeredOk) process.exit(1);
