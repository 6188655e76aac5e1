import { readFileSync } from "node:fs";
import type { Lemmatizer } from "../lemmatize.js";
import type { Token } from "../tokenize.js";
import { tokenize } from "../tokenize.js";
import { sentimentFeatures } from "./features.js";
import {
  predictSentiment,
  SENTIMENT_CLASSES,
  type SentimentModel,
  type SentimentScore,
} from "./model.js";
import { classF1, macroF1 } from "./train.js";
import type { LabelledLine } from "./xed.js";

const models = new Map<string, SentimentModel>();

/** The shipped model for a lemmatiser (Finnish only; Voikko lemmas or Snowball stems). */
export function sentimentModelFor(lemmatizer: Lemmatizer): SentimentModel | null {
  if (lemmatizer.lang !== "fi") return null;
  const name = `sentiment-fi-${lemmatizer.usesVoikko ? "voikko" : "snowball"}`;
  let m = models.get(name);
  if (!m) {
    m = JSON.parse(
      readFileSync(new URL(`../data/${name}.json`, import.meta.url), "utf8"),
    ) as SentimentModel;
    models.set(name, m);
  }
  return m;
}

/** Indicative sentiment of one tokenised answer, or null for languages without a model. */
export function scoreSentiment(options: {
  tokens: Token[];
  text: string;
  lemmatizer: Lemmatizer;
}): SentimentScore | null {
  const model = sentimentModelFor(options.lemmatizer);
  if (!model) return null;
  return predictSentiment({ model, features: sentimentFeatures(options) });
}

export interface SentimentEvaluation {
  lines: number;
  macroF1: number;
  /** F1 per class, in the order negative, neutral, positive. */
  classF1: [number, number, number];
  /** Share of lines with at least one feature known to the model. */
  coverage: number;
  /** Macro-F1 of always answering the most common class. */
  majorityF1: number;
}

/** Macro-F1 and coverage of a model on labelled lines. */
export function evaluateSentiment(options: {
  lines: LabelledLine[];
  model: SentimentModel;
  lemmatizer: Lemmatizer;
}): SentimentEvaluation {
  const { lines, model, lemmatizer } = options;
  const truth: number[] = [];
  const predicted: number[] = [];
  let covered = 0;
  for (const line of lines) {
    const features = sentimentFeatures({
      tokens: tokenize(line.text),
      lemmatizer,
      text: line.text,
    });
    const s = predictSentiment({ model, features });
    if (s.coverage > 0) covered++;
    truth.push(SENTIMENT_CLASSES.indexOf(line.label));
    predicted.push(SENTIMENT_CLASSES.indexOf(s.label));
  }
  const counts = [0, 1, 2].map((c) => truth.filter((t) => t === c).length);
  const majority = counts.indexOf(Math.max(...counts));
  return {
    lines: lines.length,
    macroF1: macroF1({ truth, predicted, classes: 3 }),
    classF1: classF1({ truth, predicted, classes: 3 }) as [number, number, number],
    coverage: lines.length ? covered / lines.length : 0,
    majorityF1: macroF1({ truth, predicted: truth.map(() => majority), classes: 3 }),
  };
}
