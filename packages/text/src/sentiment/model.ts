/** A multinomial logistic regression over binary features. */
export interface SentimentModel {
  classes: string[];
  /** feature → weight per class. */
  weights: Record<string, number[]>;
  bias: number[];
  lemmatizer: "voikko" | "snowball";
  lang: string;
  attribution: string;
  metrics?: Record<string, number>;
}

export const SENTIMENT_CLASSES = ["negative", "neutral", "positive"] as const;
export type SentimentClass = (typeof SENTIMENT_CLASSES)[number];

export interface SentimentScore {
  label: SentimentClass;
  /** Probabilities in SENTIMENT_CLASSES order. */
  probabilities: [number, number, number];
  /** Share of the answer's features the model knows (0 when none: the label is the prior). */
  coverage: number;
  /** Always true: a small model on film subtitles, to be read as an indication only. */
  indicative: true;
}

export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/** Class probabilities for a set of features (duplicates count once). */
export function predictSentiment(options: {
  model: SentimentModel;
  features: string[];
}): SentimentScore {
  const { model } = options;
  const unique = [...new Set(options.features)];
  const z = [...model.bias];
  let known = 0;
  for (const f of unique) {
    const w = model.weights[f];
    if (!w) continue;
    known++;
    for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  const p = softmax(z) as [number, number, number];
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return {
    label: model.classes[best] as SentimentClass,
    probabilities: p,
    coverage: unique.length === 0 ? 0 : known / unique.length,
    indicative: true,
  };
}
