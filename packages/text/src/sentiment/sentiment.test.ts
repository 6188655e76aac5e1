import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixtures.js";
import { createLemmatizer } from "../lemmatize.js";
import { tokenize } from "../tokenize.js";
import { loadVoikko } from "../voikko.js";
import { sentimentFeatures } from "./features.js";
import { predictSentiment, type SentimentClass, type SentimentModel } from "./model.js";
import { evaluateSentiment, scoreSentiment, sentimentModelFor } from "./score.js";
import { macroF1, trainLogistic } from "./train.js";

const heldOut = readFileSync(fixturePath("xed/fi-test.tsv"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => {
    const [label, ...rest] = l.split("\t");
    return { label: label as SentimentClass, text: rest.join("\t") };
  });
const hasVoikko = loadVoikko() !== null;

describe("sentiment", () => {
  it("marks the words after a negation, within the clause", () => {
    const l = createLemmatizer({ lang: "fi", voikko: false });
    const f = sentimentFeatures({
      tokens: tokenize("Palvelu ei ollut hyvää, henkilökunta ystävällistä!"),
      lemmatizer: l,
      text: "!",
    });
    expect(f).toContain("NEG:ei");
    expect(f).toContain(`NOT_${l.analyze("hyvää").lemma}`);
    expect(f).toContain(l.analyze("ystävällistä").lemma);
    expect(f).toContain("__exclamation");
  });

  it("learns a separable toy problem and scores it by macro-F1", () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ["hyvä", "kiitos"], label: 2 })),
      ...Array.from({ length: 20 }, () => ({ features: ["huono", "NOT_hyvä"], label: 0 })),
      ...Array.from({ length: 20 }, () => ({ features: ["bussi"], label: 1 })),
    ];
    const { weights, bias } = trainLogistic({ examples, classes: 3, epochs: 100 });
    const model: SentimentModel = {
      classes: ["negative", "neutral", "positive"],
      weights: Object.fromEntries(weights),
      bias,
      lemmatizer: "snowball",
      lang: "fi",
      attribution: "",
    };
    expect(predictSentiment({ model, features: ["NOT_hyvä"] }).label).toBe("negative");
    expect(predictSentiment({ model, features: ["kiitos"] }).label).toBe("positive");
    expect(predictSentiment({ model, features: ["tuntematon"] }).coverage).toBe(0);
    expect(macroF1({ truth: [0, 1, 2], predicted: [0, 1, 2], classes: 3 })).toBe(1);
    expect(macroF1({ truth: [0, 0, 1, 1], predicted: [0, 0, 0, 0], classes: 2 })).toBeCloseTo(
      1 / 3,
    );
  });

  for (const mode of ["voikko", "snowball"] as const) {
    const skip = mode === "voikko" && !hasVoikko;
    it.skipIf(skip)(
      `beats the 0.443 lexicon prototype on the XED held-out split (${mode})${skip ? " (skipped: Voikko not installed)" : ""}`,
      () => {
        const lemmatizer = createLemmatizer({ lang: "fi", voikko: mode === "voikko" });
        const model = sentimentModelFor(lemmatizer)!;
        expect(model.lemmatizer).toBe(mode);
        expect(model.attribution).toContain("CC BY 4.0");
        const e = evaluateSentiment({ lines: heldOut, model, lemmatizer });
        console.log(
          `XED fi held-out (${mode}): macro-F1 ${e.macroF1.toFixed(3)}, coverage ${(100 * e.coverage).toFixed(1)} %, majority ${e.majorityF1.toFixed(3)}, ${e.lines} lines`,
        );
        expect(e.lines).toBeGreaterThan(2500);
        expect(e.macroF1).toBeGreaterThan(0.55);
        expect(e.coverage).toBeGreaterThan(0.95);
        expect(e.majorityF1).toBeLessThan(0.3);
      },
    );
  }

  it("scores Finnish answers and has no model for Swedish or English", () => {
    const fi = createLemmatizer({ lang: "fi" });
    const text = "Kiitos, olen todella tyytyväinen palveluun!";
    expect(scoreSentiment({ tokens: tokenize(text), text, lemmatizer: fi })?.label).toBe(
      "positive",
    );
    const bad = "Inhottavaa ja pelottavaa, kukaan ei auta.";
    expect(scoreSentiment({ tokens: tokenize(bad), text: bad, lemmatizer: fi })?.label).toBe(
      "negative",
    );
    expect(
      scoreSentiment({
        tokens: tokenize("Bra"),
        text: "Bra",
        lemmatizer: createLemmatizer({ lang: "sv" }),
      }),
    ).toBeNull();
  });
});
