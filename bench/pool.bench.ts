// Benchmark of issue #14's population-register recruitment. First @kuulo/letters: 5,000
// letters as one PDF (bilingual, so 10,000 pages; must take under 60 s and 500 MiB), run first
// so that the process's peak memory is the letters'. Then @kuulo/dvv: checking a synthetic
// 100,000-row extract (under 10 s), UTF-8 with ";" and ISO-8859-1 with ",", and writing the
// people file.
// Run: npm run bench pool [-- ROWS [LETTERS]]   (default 100000 5000)
import { writeCsv } from "@kuulo/csv";
import { checkExtract, peopleRows, syntheticExtract } from "@kuulo/dvv";
import { benchLetters } from "./letters-bench.js";

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
if (worst > LIMIT_MS || !lettersOk) process.exit(1);
