// Per-question results over a survey's responses: counts and shares (weighted beside
// unweighted when responses carry weights), Likert's diverging summary, means and medians,
// grid rows, ranks, municipalities. Texts are only counted: the server analyses them.
import { visibleSurvey } from "./conditions.js";
import type { Answer, Answers, Definition, Question } from "./model.js";
import { DONT_KNOW, OTHER } from "./model.js";
import {
  type Count,
  type Diverging,
  diverging,
  type Given,
  type Nps,
  type NumberSummary,
  nps,
  numberDistribution,
  summarise,
  tally,
} from "./tally.js";
import { mean, type WeightedBase, weightedBase } from "./weights.js";

export type { Count, Diverging, Nps, NumberSummary };

export interface SurveyResponse {
  answers: Answers;
  /** A raking weight (mean about 1); a response without one counts as 1 when others have one. */
  weight?: number;
  /** false for a response saved but not submitted: its unanswered questions are not "skipped". */
  complete?: boolean;
}

interface ResultBase {
  question: string;
  /** Responses in which the question was shown (its page and conditions held). */
  shown: number;
  answered: number;
  /** Complete responses in which the question was shown but left unanswered. */
  skipped: number;
  /** The weighted tally of those who answered, when responses carry weights. */
  weighted?: WeightedBase;
}

export type QuestionResult =
  | (ResultBase & { type: "single" | "multiple"; options: Count[]; otherTexts: string[] })
  | (ResultBase & {
      type: "scale" | "likert";
      /** One count per point; shares are of those who chose a point. */
      distribution: Count[];
      /** "Can't say", as a share of all who answered. */
      dontKnow: Count;
      summary: NumberSummary;
      /** Likert only. */
      diverging?: Diverging;
      /** A 0–10 scale only: the Net Promoter Score. */
      nps?: Nps;
    })
  | (ResultBase & { type: "number"; summary: NumberSummary; distribution: Count[] })
  | (ResultBase & { type: "text" })
  | (ResultBase & { type: "grid"; rows: { row: string; answered: number; columns: Count[] }[] })
  | (ResultBase & {
      type: "ranking";
      options: {
        value: string;
        /** Respondents who ranked the option at all. */
        ranked: number;
        /** Mean position among those who ranked it (1 = first). */
        meanRank: number | undefined;
        firstPlace: number;
        weightedMeanRank?: number | undefined;
        weightedFirstPlace?: number;
      }[];
    })
  | (ResultBase & { type: "municipality"; municipalities: Count[] });

function pointResult(
  q: Extract<Question, { type: "scale" | "likert" }>,
  base: ResultBase,
  given: Given[],
  weighted: boolean,
): QuestionResult {
  const [min, max] = q.type === "scale" ? [q.min, q.max] : [1, q.points];
  const points = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  const chosen = given.filter((g) => g.answer !== DONT_KNOW);
  const distribution = tally(points, chosen, (a) => [String(a)], weighted);
  const [dontKnow] = tally([DONT_KNOW], given, (a) => [String(a)], weighted);
  const result = {
    ...base,
    type: q.type,
    distribution,
    dontKnow: dontKnow!,
    summary: summarise(chosen, weighted),
  };
  if (q.type === "likert")
    return { ...result, diverging: diverging(distribution, q.points, weighted) };
  return q.min === 0 && q.max === 10 ? { ...result, nps: nps(distribution, weighted) } : result;
}

function questionResult(q: Question, base: ResultBase, given: Given[], w: boolean): QuestionResult {
  switch (q.type) {
    case "single":
    case "multiple": {
      const values = [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])];
      const chosen = (a: Answer) =>
        q.type === "single"
          ? [(a as { choice: string }).choice]
          : (a as { choices: string[] }).choices;
      const otherTexts = given
        .map((g) => (g.answer as { other?: string }).other)
        .filter((t): t is string => typeof t === "string" && t !== "");
      return { ...base, type: q.type, options: tally(values, given, chosen, w), otherTexts };
    }
    case "scale":
    case "likert":
      return pointResult(q, base, given, w);
    case "number":
      return {
        ...base,
        type: "number",
        summary: summarise(given, w),
        distribution: numberDistribution(given, w),
      };
    case "text":
      return { ...base, type: "text" };
    case "grid": {
      const columns = q.columns.map((c) => c.value);
      const rows = q.rows.map(({ value: row }) => {
        const inRow = given.filter((g) => (g.answer as Record<string, string>)[row] !== undefined);
        const cell = (a: Answer) => [(a as Record<string, string>)[row]!];
        return { row, answered: inRow.length, columns: tally(columns, inRow, cell, w) };
      });
      return { ...base, type: "grid", rows };
    }
    case "ranking": {
      const options = q.options.map(({ value }) => {
        const ranks: number[] = [];
        const weights: number[] = [];
        let firstPlace = 0;
        let weightedFirst = 0;
        for (const g of given) {
          const at = (g.answer as string[]).indexOf(value);
          if (at < 0) continue;
          ranks.push(at + 1);
          weights.push(g.weight);
          if (at === 0) {
            firstPlace += 1;
            weightedFirst += g.weight;
          }
        }
        const out = { value, ranked: ranks.length, meanRank: mean(ranks), firstPlace };
        return w
          ? { ...out, weightedMeanRank: mean(ranks, weights), weightedFirstPlace: weightedFirst }
          : out;
      });
      return { ...base, type: "ranking", options };
    }
    case "municipality": {
      const values = [...q.municipalities, ...(q.other ? [OTHER] : [])];
      return {
        ...base,
        type: "municipality",
        municipalities: tally(values, given, (a) => [a as string], w),
      };
    }
  }
}

/**
 * Results of every question, in the survey's order. Only answers to questions the respondent
 * was shown count (conditions are applied to each response as `visibleSurvey` does).
 */
export function surveyResults(
  definition: Definition,
  responses: readonly SurveyResponse[],
): QuestionResult[] {
  const weighted = responses.some((r) => r.weight !== undefined);
  const seen = responses.map((r) => {
    const visible = visibleSurvey(definition, r.answers);
    const shown = new Set(visible.pages.flatMap((p) => p.questions.map((q) => q.id)));
    return { shown, answers: visible.answers, weight: r.weight ?? 1, complete: r.complete };
  });
  return definition.pages.flatMap((page) =>
    page.questions.map((q) => {
      const given: Given[] = [];
      let shown = 0;
      let skipped = 0;
      for (const s of seen) {
        if (!s.shown.has(q.id)) continue;
        shown += 1;
        const answer = s.answers[q.id];
        if (answer !== undefined) given.push({ answer, weight: s.weight });
        else if (s.complete !== false) skipped += 1;
      }
      const base: ResultBase = { question: q.id, shown, answered: given.length, skipped };
      if (weighted) base.weighted = weightedBase(given.map((g) => g.weight));
      return questionResult(q, base, given, weighted);
    }),
  );
}
