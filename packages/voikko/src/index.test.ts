import { describe, expect, it } from "vitest";
import { openVoikkoWasm, parseReadings } from "./index.js";

describe("@kuulo/voikko (WebAssembly libvoikko + voikko-fi)", () => {
  const voikko = openVoikkoWasm();

  it("analyses inflected and compound Finnish words with the shipped dictionary", () => {
    const r = voikko.analyze("terveyskeskuksessa");
    expect(r[0]).toEqual({
      baseform: "terveyskeskus",
      wordClass: "nimisana",
      wordbases: "+terve(terve)+ys(+ys)+keskus(keskus)",
      structure: "=ppppppp=ppppppppppp",
    });
    expect(voikko.analyze("Helsingissä").map((x) => x.baseform)).toEqual(["Helsinki"]);
    expect(voikko.analyze("kuuluu").map((x) => x.baseform)).toContain("kuulua");
  });

  it("returns no readings for unknown words, the empty string and after terminate", () => {
    expect(voikko.analyze("xyzzyqq")).toEqual([]);
    expect(voikko.analyze("")).toEqual([]);
    const other = openVoikkoWasm();
    other.terminate();
    expect(other.analyze("talo")).toEqual([]);
    expect(voikko.analyze("talossa")[0]?.baseform).toBe("talo");
  });

  it("handles long and non-ASCII input without corrupting memory", () => {
    expect(voikko.analyze("ä".repeat(500))).toEqual([]);
    for (let i = 0; i < 2000; i++) voikko.analyze(i % 2 ? "kävelytiellä" : "öljylämmitys");
    expect(voikko.analyze("kävelytiellä")[0]?.baseform).toBe("kävelytie");
  });

  it("gives the same readings as text, one tab-separated line per reading", () => {
    for (const word of ["kuuluu", "terveyskeskuksessa", "Helsingissä", "xyzzyqq"]) {
      const text = voikko.analyzeText(word);
      expect(parseReadings(text)).toEqual(voikko.analyze(word));
    }
    expect(voikko.analyzeText("talossa").split("\t")[0]).toBe("talo");
    expect(voikko.analyzeText("xyzzyqq")).toBe("");
  });
});
