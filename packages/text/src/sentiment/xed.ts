import type { SentimentClass } from "./model.js";

export interface LabelledLine {
  text: string;
  label: SentimentClass;
}

/**
 * XED Finnish as three classes: positive = only joy (5) / trust (8), negative = only anger (1),
 * disgust (3), fear (4), sadness (6); other annotated lines are left out; neutral lines from
 * neu_fi.txt (text in column 2).
 */
export function xedThreeClass(options: { annotated: string; neutral: string }): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const line of options.annotated.split("\n")) {
    const at = line.lastIndexOf("\t");
    if (at < 0) continue;
    const text = line.slice(0, at).trim();
    const labels = line
      .slice(at + 1)
      .split(",")
      .map((x) => Number(x.trim()));
    if (!text || labels.some((x) => !Number.isInteger(x))) continue;
    if (labels.every((x) => x === 5 || x === 8)) out.push({ text, label: "positive" });
    else if (labels.every((x) => [1, 3, 4, 6].includes(x))) out.push({ text, label: "negative" });
  }
  for (const line of options.neutral.split("\n")) {
    const text = line.split("\t")[1]?.trim();
    if (text) out.push({ text, label: "neutral" });
  }
  return out;
}

/** Deterministic held-out split: FNV-1a hash of the text, one line in five to the test split. */
export function isTestLine(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}
