// Trains the indicative sentiment models on XED Finnish (CC BY 4.0) and writes
// src/data/sentiment-fi-{voikko,snowball}.json and the held-out split used by the tests,
// test/fixtures/xed/fi-test.tsv. Prints macro-F1 and coverage on the held-out split.
// Run from the repository root (Voikko installed for the voikko model):
//   npx tsx packages/text/scripts/train-sentiment.ts [DATA_DIR]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createLemmatizer } from "../src/lemmatize.js";
import { sentimentFeatures } from "../src/sentiment/features.js";
import { SENTIMENT_CLASSES, type SentimentModel } from "../src/sentiment/model.js";
import { evaluateSentiment } from "../src/sentiment/score.js";
import { trainLogistic } from "../src/sentiment/train.js";
import { isTestLine, xedThreeClass } from "../src/sentiment/xed.js";
import { tokenize } from "../src/tokenize.js";

const dataDir =
  process.argv[2] ?? fileURLToPath(new URL("../../../../shared/data/text/", import.meta.url));
const lines = xedThreeClass({
  annotated: readFileSync(`${dataDir}/xed/fi-annotated.tsv`, "utf8"),
  neutral: readFileSync(`${dataDir}/xed/neu_fi.txt`, "utf8"),
});
// One label per text: drop texts that occur with different labels.
const byText = new Map<string, Set<string>>();
for (const l of lines) byText.set(l.text, (byText.get(l.text) ?? new Set()).add(l.label));
const unique = [...byText.entries()]
  .filter(([, s]) => s.size === 1)
  .map(([text, s]) => ({ text, label: [...s][0] as (typeof SENTIMENT_CLASSES)[number] }));
const train = unique.filter((l) => !isTestLine(l.text));
const test = unique.filter((l) => isTestLine(l.text));
console.log(
  `XED fi three-class: ${unique.length} lines, train ${train.length}, held-out ${test.length}`,
);

const fixtureDir = fileURLToPath(new URL("../test/fixtures/xed/", import.meta.url));
mkdirSync(fixtureDir, { recursive: true });
writeFileSync(
  `${fixtureDir}/fi-test.tsv`,
  `${test.map((l) => `${l.label}\t${l.text.replace(/\s+/g, " ")}`).join("\n")}\n`,
);

const ATTRIBUTION =
  "Trained by Kuulo on XED (Helsinki-NLP/XED), CC BY 4.0: Öhman, Pàmies, Kajava & Tiedemann, " +
  '"XED: A Multilingual Dataset for Sentiment Analysis and Emotion Detection", COLING 2020.';
for (const mode of ["voikko", "snowball"] as const) {
  const lemmatizer = createLemmatizer({ lang: "fi", voikko: mode === "voikko" });
  if (mode === "voikko" && !lemmatizer.usesVoikko) {
    console.log("Voikko not available: the voikko model is not rebuilt");
    continue;
  }
  const examples = train.map((l) => ({
    features: sentimentFeatures({ tokens: tokenize(l.text), lemmatizer, text: l.text }),
    label: SENTIMENT_CLASSES.indexOf(l.label),
  }));
  const t0 = performance.now();
  const { weights, bias } = trainLogistic({
    examples,
    classes: 3,
    minCount: 2,
    epochs: 200,
    l2: 3e-4,
    learningRate: 0.05,
  });
  const model: SentimentModel = {
    classes: [...SENTIMENT_CLASSES],
    weights: {},
    bias: bias.map((x) => Number(x.toFixed(4))),
    lemmatizer: mode,
    lang: "fi",
    attribution: ATTRIBUTION,
  };
  for (const [f, w] of weights) {
    if (w.some((x) => Math.abs(x) >= 0.01)) model.weights[f] = w.map((x) => Number(x.toFixed(3)));
  }
  const e = evaluateSentiment({ lines: test, model, lemmatizer });
  model.metrics = {
    heldOutLines: e.lines,
    macroF1: Number(e.macroF1.toFixed(3)),
    coverage: Number(e.coverage.toFixed(3)),
  };
  const target = fileURLToPath(new URL(`../src/data/sentiment-fi-${mode}.json`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(model)}\n`);
  console.log(
    `${mode.padEnd(9)} features ${Object.keys(model.weights).length}, held-out macro-F1 ${e.macroF1.toFixed(3)} ` +
      `(majority ${e.majorityF1.toFixed(3)}, lexicon prototype 0.443), coverage ${(100 * e.coverage).toFixed(1)} %, ` +
      `trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
