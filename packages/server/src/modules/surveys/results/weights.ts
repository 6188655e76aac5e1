import {
  bandOf,
  compareWithPopulation,
  DEFAULT_AGE_BANDS,
  type DimensionName,
  type Person,
  parseAgeBands,
  RepresentativenessError,
} from "@kuulo/representativeness";
import type { Definition, Question } from "@kuulo/survey";
import { allQuestions } from "@kuulo/survey";
import type { Db } from "../../../db/client.js";
import { loadPopulation } from "../../pool/index.js";

export type WeightsUnavailable =
  | "no_population"
  | "no_background_questions"
  | "no_respondents"
  | "cannot_rake";

export interface RakedWeights {
  available: true;
  /** Raked to these margins of the population (age bands, sex, municipality). */
  dimensions: DimensionName[];
  questions: Partial<Record<DimensionName, string>>;
  population: { label: string; year: string | null };
  /** Weight per response id; respondents without every background answer get 0. */
  weights: Map<string, number>;
  weighted: number;
  excluded: { reason: string; count: number }[];
  designEffect: number;
  effectiveN: number;
  maxError: number;
  /** Population share and weighted share per dimension and category (the check of the weights). */
  margins: { dimension: DimensionName; category: string; population: number; weighted: number }[];
}

export type WeightsResult =
  | RakedWeights
  | { available: false; reason: WeightsUnavailable; message: string };

const DIMENSION_OF = { birthYear: "age", gender: "sex", municipality: "municipality" } as const;

/** The survey's questions that stand for the pool attributes the population table has. */
function backgroundQuestions(definition: Definition): Partial<Record<DimensionName, Question>> {
  const found: Partial<Record<DimensionName, Question>> = {};
  for (const { question: q } of allQuestions(definition)) {
    const attribute = q.attribute as keyof typeof DIMENSION_OF | undefined;
    if (attribute && attribute in DIMENSION_OF && !found[DIMENSION_OF[attribute]])
      found[DIMENSION_OF[attribute]] = q;
  }
  return found;
}

function personOf(
  id: string,
  answers: Record<string, unknown>,
  questions: Partial<Record<DimensionName, Question>>,
  year: number,
): Person {
  const birth = questions.age ? answers[questions.age.id] : undefined;
  const gender = questions.sex ? answers[questions.sex.id] : undefined;
  const choice = (gender as { choice?: string } | undefined)?.choice;
  const home = questions.municipality ? answers[questions.municipality.id] : undefined;
  return {
    id,
    age: typeof birth === "number" ? year - birth : null,
    // 11re codes sex 1 male, 2 female; other answers are not in the population table.
    sex: choice === "man" ? 1 : choice === "woman" ? 2 : null,
    municipality: typeof home === "string" && /^\d{3}$/.test(home) ? home : null,
  };
}

const BANDS = parseAgeBands(DEFAULT_AGE_BANDS);

function categoryOf(dimension: DimensionName, p: Person): string | undefined {
  if (dimension === "age") return p.age === null ? undefined : bandOf(BANDS, p.age)?.label;
  if (dimension === "sex") return p.sex === null ? undefined : String(p.sex);
  return p.municipality ?? undefined;
}

export interface BackgroundOptions {
  organizationId: string;
  definition: Definition;
  responses: readonly { id: string; answers: Record<string, unknown> }[];
  year?: number;
}

type Unavailable = { available: false; reason: WeightsUnavailable; message: string };

/**
 * What comparing respondents with the population needs: the pool's population table, the
 * dimensions the survey has background questions for, and each response as a person; or why
 * it cannot be done (no population table, no such question, no responses).
 */
export async function respondentsAsPeople(db: Db, options: BackgroundOptions) {
  const loaded = await loadPopulation(db, options.organizationId);
  if (!loaded)
    return {
      available: false,
      reason: "no_population",
      message: "No population table has been uploaded to the resident pool.",
    } satisfies Unavailable;
  const questions = backgroundQuestions(options.definition);
  const dimensions = (["age", "sex", "municipality"] as const).filter((d) => questions[d]);
  if (dimensions.length === 0)
    return {
      available: false,
      reason: "no_background_questions",
      message:
        "The survey has no birth year, gender or municipality question tagged as a pool attribute.",
    } satisfies Unavailable;
  if (options.responses.length === 0)
    return {
      available: false,
      reason: "no_respondents",
      message: "There are no responses.",
    } satisfies Unavailable;
  const year = options.year ?? new Date().getUTCFullYear();
  const people = options.responses.map((r) => personOf(r.id, r.answers, questions, year));
  return { available: true as const, loaded, questions, dimensions, people };
}

/**
 * Raking weights for the responses to the population margins of age band, sex and
 * municipality (the pool's population table, @kuulo/representativeness), over the dimensions
 * the survey has background questions for. Unavailable, with the reason, when there is no
 * population table, no such question, or raking cannot reach the margins.
 */
export async function rakingWeights(db: Db, options: BackgroundOptions): Promise<WeightsResult> {
  const found = await respondentsAsPeople(db, options);
  if (!found.available) return found;
  const { loaded, questions, dimensions, people } = found;
  try {
    const { report, weights } = compareWithPopulation({
      population: loaded.table,
      people,
      by: [...dimensions],
      weights: true,
    });
    const byId = new Map(options.responses.map((r) => [r.id, 0]));
    for (const w of weights ?? []) byId.set(w.id, w.weight);
    const personById = new Map(people.map((p) => [p.id, p]));
    const total = (weights ?? []).reduce((s, w) => s + w.weight, 0);
    const margins = dimensions.flatMap((d) =>
      report.dimensions[d]!.groups.map((g) => {
        let sum = 0;
        for (const w of weights ?? []) {
          if (categoryOf(d, personById.get(w.id)!) === g.group) sum += w.weight;
        }
        return {
          dimension: d,
          category: g.group,
          population: g.populationShare,
          weighted: total > 0 ? sum / total : 0,
        };
      }),
    );
    const designEffect = report.weights!.designEffect;
    return {
      available: true,
      dimensions: [...dimensions],
      questions: Object.fromEntries(dimensions.map((d) => [d, questions[d]!.id])),
      population: { label: loaded.stored.label, year: loaded.stored.year },
      weights: byId,
      weighted: report.people.group,
      excluded: report.people.excluded,
      designEffect,
      effectiveN: report.people.group / designEffect,
      maxError: report.weights!.maxError,
      margins,
    };
  } catch (error) {
    if (!(error instanceof RepresentativenessError)) throw error;
    return { available: false, reason: "cannot_rake", message: error.message };
  }
}
