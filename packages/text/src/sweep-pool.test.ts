import { describe, expect, it } from "vitest";
import { analyzeAnswers } from "./analyze.js";
import { buildCorpus } from "./corpus.js";
import { sweepK } from "./sweep.js";
import { fromCsr, sweepInThread, toCsr } from "./sweep-pool.js";
import { FI_ANSWERS } from "./testdata.js";

// Every answer eight times with a number, so the sweep has enough to split.
const answers = Array.from({ length: 8 }, (_, r) =>
  FI_ANSWERS.map((text, i) => ({ id: `${r}-${i}`, text: `${text} ${r + 1}.` })),
).flat();

describe("the k sweep in a worker thread", () => {
  const corpus = buildCorpus({ answers, lang: "fi" });
  const options = {
    vectors: corpus.tfidf.vectors,
    dim: corpus.tfidf.terms.length,
    kMin: 2,
    kMax: 12,
    seed: 3,
  };

  it("round-trips the vectors through the compressed sparse rows", () => {
    const back = fromCsr(toCsr(options.vectors));
    expect(back.map((v) => [...v.indices])).toEqual(options.vectors.map((v) => [...v.indices]));
    expect(back.map((v) => [...v.values])).toEqual(options.vectors.map((v) => [...v.values]));
  });

  it("gives exactly the single-threaded sweep", () => {
    const threaded = sweepInThread(options).result();
    const single = sweepK(options);
    expect(threaded).not.toBeNull();
    expect(threaded!.suggestedK).toBe(single.suggestedK);
    expect(threaded!.entries.map((e) => ({ ...e, assignments: [...e.assignments] }))).toEqual(
      single.entries.map((e) => ({ ...e, assignments: [...e.assignments] })),
    );
  });

  it("leaves analyzeAnswers' output unchanged when it runs beside the themes", () => {
    const base = { answers, lang: "fi" as const, k: 3, kMin: 2, kMax: 8, seed: 2 };
    const parallel = analyzeAnswers({ ...base, parallelSweepMinAnswers: 1 });
    const single = analyzeAnswers({ ...base, parallelSweepMinAnswers: Number.POSITIVE_INFINITY });
    expect(parallel.sweep.suggestedK).toBe(single.sweep.suggestedK);
    expect(parallel.sweep.entries.map((e) => [e.k, e.score, [...e.assignments]])).toEqual(
      single.sweep.entries.map((e) => [e.k, e.score, [...e.assignments]]),
    );
    expect(parallel.themes).toEqual(single.themes);
  });
});
