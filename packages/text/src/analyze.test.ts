import { describe, expect, it } from "vitest";
import { analyzeAnswers } from "./analyze.js";
import { mergeThemes, renameTheme, splitTheme } from "./edit.js";
import { TextError } from "./errors.js";
import { nmi } from "./nmi.js";
import { buildReport } from "./report.js";
import { FI_ANSWERS } from "./testdata.js";

const answers = FI_ANSWERS.map((text, i) => ({ id: String(i + 1), text }));
const truth = FI_ANSWERS.map((_, i) => Math.floor(i / 8));

describe("analyzeAnswers", () => {
  const a = analyzeAnswers({ answers, k: 3, kMin: 2, kMax: 6, seed: 1 });

  it("finds the three topics and labels them with their distinctive words", () => {
    const main = a.themes.answerThemes.map((t) => t[0] ?? "");
    expect(nmi({ truth, predicted: main })).toBeGreaterThan(0.7);
    const labels = a.themes.themes
      .filter((t) => !t.isOther)
      .map((t) => `${t.label} ${t.keywords.join(" ")}`);
    expect(labels.some((l) => /terveyskeskus|jono|lääkäri/.test(l))).toBe(true);
    expect(labels.some((l) => /bussi|joukkoliikenne|vuoro/.test(l))).toBe(true);
    expect(labels.some((l) => /kirjasto/.test(l))).toBe(true);
  });

  it("accounts for every answer exactly once as a main theme, with verbatim quotes", () => {
    const all = a.themes.themes.flatMap((t) => t.answerIds).sort((x, y) => Number(x) - Number(y));
    expect(all).toEqual(answers.map((x) => x.id));
    for (const t of a.themes.themes) {
      expect(t.quotes.length).toBeLessThanOrEqual(3);
      for (const q of t.quotes) {
        expect(t.answerIds).toContain(q.id);
        expect(answers[Number(q.id) - 1]!.text).toBe(q.text);
      }
      expect(new Set(t.quotes.map((q) => q.text)).size).toBe(t.quotes.length);
    }
  });

  it("precomputes a range of k and suggests one inside it", () => {
    expect(a.sweep.entries.map((e) => e.k)).toEqual([2, 3, 4, 5, 6]);
    expect(a.sweep.suggestedK).toBeGreaterThanOrEqual(2);
    expect(a.sweep.suggestedK).toBeLessThanOrEqual(6);
    for (const e of a.sweep.entries)
      expect(e.sizes.reduce((s, x) => s + x, 0)).toBe(answers.length);
  });

  it("merges, splits and renames themes while keeping every answer traceable", () => {
    const [t1, t2] = a.themes.themes.filter((t) => !t.isOther);
    const merged = mergeThemes({ corpus: a.corpus, set: a.themes, ids: [t1!.id, t2!.id] });
    const m = merged.themes.find((t) => !a.themes.themes.some((o) => o.id === t.id))!;
    expect(m.answerIds.length).toBe(t1!.answerIds.length + t2!.answerIds.length);
    expect(m.label.length).toBeGreaterThan(0);
    const split = splitTheme({ corpus: a.corpus, set: merged, id: m.id, seed: 2 });
    const parts = split.themes.filter((t) => !merged.themes.some((o) => o.id === t.id));
    expect(parts.length).toBe(2);
    expect(parts[0]!.answerIds.length + parts[1]!.answerIds.length).toBe(m.answerIds.length);
    const renamed = renameTheme({ set: split, id: parts[0]!.id, label: "Omat nimet" });
    expect(renamed.themes.find((t) => t.id === parts[0]!.id)!.label).toBe("Omat nimet");
    expect(() => renameTheme({ set: split, id: "nope", label: "x" })).toThrow(TextError);
  });

  it("reports every answer with its themes and indicative sentiment, per theme too", () => {
    const report = buildReport({
      analysis: a,
      groups: { by: "half", values: answers.map((_, i) => (i % 2 ? "A" : "B")) },
    });
    expect(report.answers.map((r) => r.id)).toEqual(answers.map((x) => x.id));
    expect(report.answers.every((r) => r.sentiment?.indicative === true && r.lang === "fi")).toBe(
      true,
    );
    for (const t of report.themes.filter((x) => x.count > 0)) {
      const s = t.sentiment!;
      expect(s.negative + s.neutral + s.positive).toBe(t.count);
      expect(s.indicative).toBe(true);
    }
    expect(report.crosstab!.groups.map((g) => g.size)).toEqual([12, 12]);
    expect(
      report.crosstab!.cells.every((c) => c.suppressed || c.count === 0 || c.count! >= 5),
    ).toBe(true);
  });

  it("does not quote near-duplicates of one answer twice", () => {
    const dup = "Bussit kulkevat liian harvoin iltaisin ja viikonloppuisin.";
    const copies = [
      dup,
      `${dup}!!`,
      dup.toUpperCase(),
      `Bussit kulkevat liian harvoin iltaisin, viikonloppuisin.`,
    ];
    const b = analyzeAnswers({
      answers: [...answers, ...copies.map((text, i) => ({ id: `d${i}`, text }))],
      k: 3,
      kMin: 2,
      kMax: 4,
    });
    for (const t of b.themes.themes) {
      expect(
        t.quotes.filter((q) => q.id === "9" || q.id.startsWith("d")).length,
      ).toBeLessThanOrEqual(1);
    }
  });

  it("puts answers without content words in the other theme", () => {
    const b = analyzeAnswers({
      answers: [...answers, { id: "x", text: "En osaa sanoa." }],
      k: 3,
      kMin: 2,
      kMax: 4,
    });
    const other = b.themes.themes.find((t) => t.isOther)!;
    expect(other.answerIds).toContain("x");
  });
});
