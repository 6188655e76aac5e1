import { describe, expect, it } from "vitest";
import { buildTfidf, csrRows, defaultMinDf, tfidfBuilder } from "./tfidf.js";

const doc = (lemmas: string[], parts: string[] = [], prefixes: string[] = []) => ({
  lemmas,
  parts,
  prefixes,
  bigrams: lemmas.slice(1).map((l, i) => `${lemmas[i]} ${l}`),
});

const docs = [
  doc(["bussi", "vuoro", "bussi", "bussi"], ["vuoro"], ["bussi~"]),
  doc(["bussi", "kirjasto"]),
  doc(["kirjasto", "aukiolo"], ["auki"]),
  doc(["jono", "kirjasto", "jono"]),
  doc(["yksi"]),
];

describe("TF-IDF", () => {
  const model = buildTfidf({ docs, minDf: 2, maxDfRatio: 0.5 });

  it("keeps terms by document frequency, sorted, with IDF ln((N + 1) / df)", () => {
    // kirjasto is in 3 of 5 documents (> half), yksi/aukiolo/… in one: only bussi stays.
    expect(model.terms).toEqual(["bussi"]);
    expect([...model.df]).toEqual([2]);
    expect(model.idf[0]).toBeCloseTo(Math.log(6 / 2), 12);
  });

  it("weights repeated lemmas sublinearly and adds parts and prefixes at their weights", () => {
    const all = buildTfidf({ docs, minDf: 1, maxDfRatio: 1 });
    const row = all.vectors[0]!;
    const value = (term: string) => row.values[[...row.indices].indexOf(all.index.get(term)!)]!;
    const idf = (term: string) => all.idf[all.index.get(term)!]!;
    // bussi three times: 1 + ln 3; vuoro as lemma and as part: 1.75 → 1 + ln 1.75; prefix 0.75.
    const raw = {
      bussi: (1 + Math.log(3)) * idf("bussi"),
      vuoro: (1 + Math.log(1.75)) * idf("vuoro"),
      "bussi~": 0.75 * idf("bussi~"),
    };
    const norm = Math.hypot(...Object.values(raw));
    for (const [term, x] of Object.entries(raw)) expect(value(term)).toBeCloseTo(x / norm, 12);
    expect([...row.indices]).toEqual([...row.indices].sort((a, b) => a - b));
    // A document without vocabulary terms has an empty vector.
    expect(model.vectors[4]!.indices.length).toBe(0);
  });

  it("stores the vectors as compressed sparse rows in shared memory", () => {
    expect(model.csr.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...model.csr.offsets]).toEqual([0, 1, 2, 2, 2, 2]);
    expect(csrRows(model.csr).map((v) => [...v.values])).toEqual(
      model.vectors.map((v) => [...v.values]),
    );
  });

  it("raises the minimum document frequency with the batch size", () => {
    expect([10, 49, 50, 6666, 6667, 10_000, 20_000].map(defaultMinDf)).toEqual([
      1, 1, 2, 2, 3, 3, 6,
    ]);
  });

  it("counts each document on its own, whatever the order they come in", () => {
    const builder = tfidfBuilder();
    for (const d of [...docs].reverse()) builder.add(d);
    const reversed = builder.finish({ minDf: 1 });
    const forward = buildTfidf({ docs, minDf: 1 });
    expect(reversed.terms).toEqual(forward.terms);
    expect(reversed.vectors.map((v) => [...v.values]).reverse()).toEqual(
      forward.vectors.map((v) => [...v.values]),
    );
  });
});
