import {
  compareWithPopulation,
  type DimensionName,
  RepresentativenessError,
} from "@kuulo/representativeness";
import type { Db } from "../../../db/client.js";
import { type BackgroundOptions, respondentsAsPeople, type WeightsUnavailable } from "./weights.js";

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
  options: BackgroundOptions,
): Promise<RespondentComposition> {
  const found = await respondentsAsPeople(db, options);
  if (!found.available) return found;
  const { loaded, dimensions, people } = found;
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
