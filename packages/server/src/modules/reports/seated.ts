import {
  bandOf,
  compareWithPopulation,
  DEFAULT_AGE_BANDS,
  type DimensionName,
  type Person,
  parseAgeBands,
  RepresentativenessError,
} from "@kuulo/representativeness";
import type { Db } from "../../db/client.js";
import { loadPopulation } from "../pool/index.js";
import { MIN_PUBLIC_COUNT } from "../surveys/index.js";
import type { BriefBlock } from "./brief.js";
import { groupName } from "./groups.js";
import { periodLabels } from "./period/texts.js";
import { type BriefLanguage, labels, percent, type TextKey } from "./texts.js";

const BANDS = parseAgeBands(DEFAULT_AGE_BANDS);

/** 11re codes sex 1 male, 2 female; other answers are not in the population table. */
export function sexOf(gender: string | undefined): 1 | 2 | null {
  return gender === "man" || gender === "1" ? 1 : gender === "woman" || gender === "2" ? 2 : null;
}

/** A three-digit municipality code ("179" or "KU179"), or null. */
export function municipalityOf(value: string | undefined): string | null {
  const code = value?.replace(/^KU/, "");
  return code && /^\d{3}$/.test(code) ? code : null;
}

/**
 * An age that falls in the same population age band as every age of a recorded band
 * ("30-44", "75-"), or null when the band straddles two population bands (e.g. "65-80").
 */
export function ageOfBand(band: string | undefined): number | null {
  const m = band ? /^(\d{1,3})\s*[-–]\s*(\d{1,3})?$|^(\d{1,3})\s*\+$/.exec(band.trim()) : null;
  if (!m) return null;
  const low = Number(m[1] ?? m[3]);
  const high = m[2] === undefined ? Number.POSITIVE_INFINITY : Number(m[2]);
  const first = bandOf(BANDS, low);
  if (!first) return null;
  const last = Number.isFinite(high) ? bandOf(BANDS, high) : BANDS.at(-1);
  return first === last ? low : null;
}

/** A candidate as the population comparison sees them: age (or age band), sex, municipality. */
export function personOf(id: string, attributes: Record<string, string>): Person {
  const age = Number.parseInt(attributes.age ?? "", 10);
  return {
    id,
    age: Number.isFinite(age) ? age : ageOfBand(attributes.ageBand),
    sex: sexOf(attributes.gender),
    municipality: municipalityOf(attributes.municipality),
  };
}

/**
 * The seated members of a panel or jury against the organization's population table, each of
 * age band, sex and municipality on its own (unweighted shares, D; a group under
 * MIN_PUBLIC_COUNT members shows no count or share, as in the survey brief). Only the
 * dimensions some member has a value for are compared; without a population table, or without
 * such values, a sentence says so.
 */
export async function seatedComposition(
  db: Db,
  options: {
    organizationId: string;
    people: Person[];
    language: BriefLanguage;
    intro: TextKey;
    countColumn: TextKey;
    shareColumn: TextKey;
  },
): Promise<BriefBlock[]> {
  const t = labels(options.language);
  const p = periodLabels(options.language);
  if (options.people.length === 0) return [];
  const loaded = await loadPopulation(db, options.organizationId);
  if (!loaded) return [{ type: "paragraph", text: t("noPopulation") }];
  const known: Record<DimensionName, (x: Person) => boolean> = {
    age: (x) => x.age !== null,
    sex: (x) => x.sex !== null,
    municipality: (x) => x.municipality !== null,
  };
  const dimensions = (["age", "sex", "municipality"] as const).filter((d) =>
    options.people.some(known[d]),
  );
  if (dimensions.length === 0) return [{ type: "paragraph", text: t("noComparableAttributes") }];
  const blocks: BriefBlock[] = [
    { type: "paragraph", text: `${t(options.intro)} (${loaded.stored.label})` },
  ];
  try {
    for (const dimension of dimensions) {
      const { report } = compareWithPopulation({
        population: loaded.table,
        people: options.people,
        by: [dimension],
        ageBands: BANDS,
      });
      const measures = report.dimensions[dimension]!;
      if (report.people.group === 0) continue;
      blocks.push({
        type: "table",
        table: {
          caption: `${p(`dimension_${dimension}`)} (n = ${report.people.group}, D = ${percent(measures.D, options.language)})`,
          columns: [
            p("groupCol"),
            t(options.countColumn),
            t(options.shareColumn),
            t("populationShare"),
          ],
          rows: measures.groups.map((g) => [
            groupName(dimension, g.group, options.language),
            g.people >= MIN_PUBLIC_COUNT ? g.people : null,
            g.people >= MIN_PUBLIC_COUNT ? g.groupShare : null,
            g.populationShare,
          ]),
          shares: [2, 3],
          bar: 2,
        },
      });
    }
  } catch (error) {
    if (!(error instanceof RepresentativenessError)) throw error;
    return [{ type: "paragraph", text: `${t("cannotCompare")} ${error.message}` }];
  }
  return blocks.length > 1 ? blocks : [{ type: "paragraph", text: t("noComparableAttributes") }];
}
