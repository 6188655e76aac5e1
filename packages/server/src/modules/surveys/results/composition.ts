import {
  compareWithPopulation,
  type DimensionName,
  RepresentativenessError,
} from "@kuulo/representativeness";
import type { Definition } from "@kuulo/survey";
import type { Db } from "../../../db/client.js";
import { loadPopulation } from "../../pool/index.js";
import { backgroundQuestions, personOf, type WeightsUnavailable } from "./weights.js";

export interface CompositionGroup {
  group: string;
  people: number;
  groupShare: number;
  populationShare: number;
}

export type RespondentComposition =
  | {
      available: true;
      population: { label: string; year: string | null };
      /** Per background dimension: respondents who answered it, D and the groups (unweighted). */
      dimensions: {
        dimension: DimensionName;
        people: number;
        D: number;
        groups: CompositionGroup[];
      }[];
    }
  | { available: false; reason: WeightsUnavailable; message: string };

/**
 * Who answered against the population: each dimension the survey has a background question for
 * (birth year → age band, gender → sex, municipality), compared on its own with the pool's
 * population table, unweighted (the weights' check shows the weighted shares).
 */
export async function respondentComposition(
  db: Db,
  options: {
    organizationId: string;
    definition: Definition;
    responses: readonly { id: string; answers: Record<string, unknown> }[];
    year?: number;
  },
): Promise<RespondentComposition> {
  const loaded = await loadPopulation(db, options.organizationId);
  if (!loaded)
    return {
      available: false,
      reason: "no_population",
      message: "No population table has been uploaded to the resident pool.",
    };
  const questions = backgroundQuestions(options.definition);
  const dimensions = (["age", "sex", "municipality"] as const).filter((d) => questions[d]);
  if (dimensions.length === 0)
    return {
      available: false,
      reason: "no_background_questions",
      message:
        "The survey has no birth year, gender or municipality question tagged as a pool attribute.",
    };
  if (options.responses.length === 0)
    return { available: false, reason: "no_respondents", message: "There are no responses." };
  const year = options.year ?? new Date().getUTCFullYear();
  const people = options.responses.map((r) => personOf(r.id, r.answers, questions, year));
  try {
    return {
      available: true,
      population: { label: loaded.stored.label, year: loaded.stored.year },
      dimensions: dimensions.map((dimension) => {
        const { report } = compareWithPopulation({
          population: loaded.table,
          people,
          by: [dimension],
        });
        const measures = report.dimensions[dimension]!;
        return {
          dimension,
          people: report.people.group,
          D: measures.D,
          groups: measures.groups.map((g) => ({
            group: g.group,
            people: g.people,
            groupShare: g.groupShare,
            populationShare: g.populationShare,
          })),
        };
      }),
    };
  } catch (error) {
    if (!(error instanceof RepresentativenessError)) throw error;
    return { available: false, reason: "cannot_rake", message: error.message };
  }
}
