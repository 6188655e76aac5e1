import { softmax } from "./model.js";

export interface TrainingExample {
  features: string[];
  label: number;
}

/**
 * Fits multinomial logistic regression with L2 regularisation by full-batch gradient descent
 * with Adam; classes are weighted inversely to their frequency (for macro-F1).
 */
export function trainLogistic(options: {
  examples: TrainingExample[];
  classes: number;
  minCount?: number;
  epochs?: number;
  l2?: number;
  learningRate?: number;
}): { weights: Map<string, number[]>; bias: number[] } {
  const { examples, classes } = options;
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= (options.minCount ?? 2))
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => [
    ...new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  ]);
  const classCount = new Array<number>(classes).fill(0);
  for (const e of examples) classCount[e.label]!++;
  const classWeight = classCount.map((c) => (c > 0 ? examples.length / (classes * c) : 0));
  const w = new Float64Array(vocab.length * classes);
  const b = new Float64Array(classes);
  const gw = new Float64Array(w.length);
  const gb = new Float64Array(classes);
  const mw = new Float64Array(w.length);
  const vw = new Float64Array(w.length);
  const mb = new Float64Array(classes);
  const vb = new Float64Array(classes);
  const lr = options.learningRate ?? 0.05;
  const l2 = options.l2 ?? 1e-4;
  const n = examples.length;
  for (let epoch = 1; epoch <= (options.epochs ?? 150); epoch++) {
    gw.fill(0);
    gb.fill(0);
    rows.forEach((row, i) => {
      const z = Array.from(b);
      for (const j of row) for (let c = 0; c < classes; c++) z[c]! += w[j * classes + c]!;
      const p = softmax(z);
      const y = examples[i]!.label;
      const cw = classWeight[y]! / n;
      for (let c = 0; c < classes; c++) {
        const g = (p[c]! - (c === y ? 1 : 0)) * cw;
        gb[c]! += g;
        for (const j of row) gw[j * classes + c]! += g;
      }
    });
    for (let i = 0; i < w.length; i++) gw[i]! += l2 * w[i]!;
    adam({ param: w, grad: gw, m: mw, v: vw, lr, t: epoch });
    adam({ param: b, grad: gb, m: mb, v: vb, lr, t: epoch });
  }
  const weights = new Map<string, number[]>();
  vocab.forEach((f, j) => {
    weights.set(f, Array.from(w.subarray(j * classes, (j + 1) * classes)));
  });
  return { weights, bias: Array.from(b) };
}

function adam(options: {
  param: Float64Array;
  grad: Float64Array;
  m: Float64Array;
  v: Float64Array;
  lr: number;
  t: number;
}): void {
  const { param, grad, m, v, lr, t } = options;
  const b1 = 0.9;
  const b2 = 0.999;
  const c1 = 1 - b1 ** t;
  const c2 = 1 - b2 ** t;
  for (let i = 0; i < param.length; i++) {
    m[i] = b1 * m[i]! + (1 - b1) * grad[i]!;
    v[i] = b2 * v[i]! + (1 - b2) * grad[i]! ** 2;
    param[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
  }
}

/** Macro-averaged F1 over `classes` classes. */
export function macroF1(options: {
  truth: number[];
  predicted: number[];
  classes: number;
}): number {
  return classF1(options).reduce((a, b) => a + b, 0) / options.classes;
}

/** F1 of each class (0 when the class is never predicted correctly). */
export function classF1(options: {
  truth: number[];
  predicted: number[];
  classes: number;
}): number[] {
  const f1: number[] = [];
  for (let c = 0; c < options.classes; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    options.truth.forEach((t, i) => {
      const p = options.predicted[i];
      if (p === c && t === c) tp++;
      else if (p === c) fp++;
      else if (t === c) fn++;
    });
    f1.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  return f1;
}
