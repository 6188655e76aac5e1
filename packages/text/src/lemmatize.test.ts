import { describe, expect, it } from "vitest";
import { docTerms } from "./features.js";
import { loadSib200 } from "./fixtures.js";
import { PARALLEL_MIN_WORDS } from "./lemma-pool.js";
import { createLemmatizer } from "./lemmatize.js";
import { tokenize } from "./tokenize.js";
import { parseWordbases } from "./voikko.js";

describe("lemmatisation", () => {
  it("parses Voikko WORDBASES into compound parts with derivations joined", () => {
    expect(parseWordbases("+terve(terve)+ys(+ys)+keskus(keskus)")).toEqual(["terveys", "keskus"]);
    expect(parseWordbases("+koulu(koulu)+ruokail(ruokailla)+u(+u)")).toEqual(["koulu", "ruokailu"]);
    expect(parseWordbases("+hyvinvointi(hyvin=vointi)+alue(alue)")).toEqual([
      "hyvinvointi",
      "alue",
    ]);
  });

  it("lemmatises Finnish with the shipped Voikko (WebAssembly) and adds compound parts", () => {
    const l = createLemmatizer({ lang: "fi" });
    expect(l.usesVoikko).toBe(true);
    expect(l.morphology).toBe("voikko-wasm");
    expect(l.analyze("terveyskeskukseen")).toEqual({
      lemma: "terveyskeskus",
      parts: ["terveys", "keskus"],
      known: true,
    });
    expect(l.analyze("juoksin").lemma).toBe("juosta");
    expect(l.analyze("autoilla").lemma).toBe("auto");
    expect(l.analyze("kuuluu").lemma).toBe("kuulua");
    expect(l.analyze("tuli").lemma).toBe("tulla");
    expect(l.analyze("turkkia").lemma).toBe("turkki");
    expect(l.analyze("xqzzyv").known).toBe(false);
  });

  it("falls back to Snowball when Voikko is switched off", () => {
    const l = createLemmatizer({ lang: "fi", voikko: false });
    expect(l.usesVoikko).toBe(false);
    expect(l.morphology).toBe("snowball");
    expect(l.analyze("terveyskeskukseen").lemma).toBe(l.analyze("terveyskeskuksen").lemma);
    expect(createLemmatizer({ lang: "sv" }).analyze("bussarna").lemma).toBe("buss");
    expect(createLemmatizer({ lang: "en" }).analyze("buses").lemma).toBe("buse");
  });

  it("drops stopwords and builds bigrams only inside a clause", () => {
    const l = createLemmatizer({ lang: "en" });
    const t = docTerms({
      tokens: tokenize("The bus stops are far, parking fees high."),
      lemmatizer: l,
    });
    expect(t.lemmas).toEqual(["bus", "stop", "far", "park", "fee", "high"]);
    // "are" separates "stops" and "far"; the comma separates "far" and "parking".
    expect(t.bigrams).toEqual(["bus stop", "park fee", "fee high"]);
  });
});

describe("parallel lemmatisation", () => {
  it("gives the same analyses in worker threads (one Voikko each) as in one thread", () => {
    const words = [
      ...new Set(loadSib200("fi").texts.flatMap((t) => tokenize(t).map((x) => x.text))),
    ];
    expect(words.length).toBeGreaterThan(PARALLEL_MIN_WORDS);
    const before = process.env.KUULO_TEXT_THREADS;
    process.env.KUULO_TEXT_THREADS = "2";
    try {
      const parallel = createLemmatizer({ lang: "fi" });
      expect(parallel.prefill(words)).toBe(2);
      const single = createLemmatizer({ lang: "fi" });
      for (const w of words) expect(parallel.analyze(w), w).toEqual(single.analyze(w));
      // Small batches stay in this thread; Snowball never starts threads.
      expect(createLemmatizer({ lang: "fi" }).prefill(words.slice(0, 100))).toBe(1);
      expect(createLemmatizer({ lang: "fi", voikko: false }).prefill(words)).toBe(1);
    } finally {
      if (before === undefined) delete process.env.KUULO_TEXT_THREADS;
      else process.env.KUULO_TEXT_THREADS = before;
    }
  });
});
