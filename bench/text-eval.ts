// Topic clustering on SIB-200 (fi, sv, en; train + dev, 800 sentences each) at k = 7:
// NMI against the topic labels, mean over seeds 1–5, with and without Voikko.
// Run: npx tsx bench/text-eval.ts
import { evaluateClustering } from "../packages/text/src/evaluate.js";
import { loadSib200 } from "../packages/text/src/fixtures.js";
import type { Lang } from "../packages/text/src/lang.js";

const PROTOTYPE: Record<string, { kmeans?: number; nmf?: number }> = {
  "fi voikko": { kmeans: 0.107, nmf: 0.147 },
  "sv snowball": { nmf: 0.113 },
  "en snowball": { nmf: 0.151 },
};
const runs: { lang: Lang; voikko: boolean }[] = [
  { lang: "fi", voikko: true },
  { lang: "fi", voikko: false },
  { lang: "sv", voikko: false },
  { lang: "en", voikko: false },
];
const cell = (v: number, p?: number) =>
  `${v.toFixed(3)}${p ? ` (${p.toFixed(3)})` : ""}`.padEnd(16);
console.log("SIB-200, k = 7, NMI, mean over seeds 1–5; prototype figures to beat in brackets");
console.log(
  `${"lang".padEnd(5)}${"lemmas".padEnd(10)}${"docs".padEnd(6)}${"k-means++".padEnd(16)}${"NMF".padEnd(16)}${"NMF→k-means".padEnd(16)}time`,
);
for (const run of runs) {
  const { texts, labels } = loadSib200(run.lang);
  const t0 = performance.now();
  const e = evaluateClustering({
    texts,
    labels,
    lang: run.lang,
    k: 7,
    seeds: 5,
    voikko: run.voikko,
  });
  const ms = performance.now() - t0;
  const mode = e.usesVoikko ? "voikko" : "snowball";
  if (run.voikko && !e.usesVoikko) console.log("(Voikko not available: the first row is Snowball)");
  const proto = PROTOTYPE[`${run.lang} ${mode}`] ?? {};
  console.log(
    `${run.lang.padEnd(5)}${mode.padEnd(10)}${String(e.docs).padEnd(6)}${cell(e.kmeans, proto.kmeans)}${cell(e.nmf, proto.nmf)}${cell(e.nmfKmeans, proto.nmf)}${ms.toFixed(0)} ms`,
  );
}
console.log("Prototype, plain lowercase Finnish: 0.053");
