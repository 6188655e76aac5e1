// Indicative sentiment on the XED Finnish held-out split shipped with the package
// (test/fixtures/xed/fi-test.tsv: a fifth of the lines by text hash, never trained on):
// F1 per class and macro-F1, with the Voikko (WebAssembly) and the Snowball model.
// Run: npx tsx bench/text-sentiment.bench.ts
import { readFileSync } from "node:fs";
import { fixturePath } from "../packages/text/src/fixtures.js";
import { createLemmatizer } from "../packages/text/src/lemmatize.js";
import type { SentimentClass } from "../packages/text/src/sentiment/model.js";
import { evaluateSentiment, sentimentModelFor } from "../packages/text/src/sentiment/score.js";

const lines = readFileSync(fixturePath("xed/fi-test.tsv"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => {
    const [label, ...rest] = l.split("\t");
    return { label: label as SentimentClass, text: rest.join("\t") };
  });
console.log(`XED Finnish held-out split: ${lines.length} lines (target macro-F1 >= 0.57)`);
console.log(
  `${"model".padEnd(22)}${"negative".padStart(10)}${"neutral".padStart(10)}${"positive".padStart(10)}${"macro-F1".padStart(10)}${"coverage".padStart(10)}`,
);
for (const voikko of [true, false]) {
  const lemmatizer = createLemmatizer({ lang: "fi", voikko });
  const model = sentimentModelFor(lemmatizer)!;
  const e = evaluateSentiment({ lines, model, lemmatizer });
  console.log(
    `${lemmatizer.morphology.padEnd(22)}${e.classF1.map((f) => f.toFixed(3).padStart(10)).join("")}${e.macroF1.toFixed(3).padStart(10)}${`${(100 * e.coverage).toFixed(1)} %`.padStart(10)}`,
  );
}
