import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Composition, poolComposition } from "../../pool/index.js";
import { MIN_PUBLIC_COUNT } from "../../surveys/index.js";
import type { BriefBlock, BriefSection } from "../brief.js";
import { groupName } from "../groups.js";
import { type BriefLanguage, percent } from "../texts.js";
import type { PeriodSectionKey } from "./keys.js";
import { periodLabels } from "./texts.js";

/** The pool's composition, or null when there is no population table (a 404 from the pool). */
async function composition(db: Db, organizationId: string): Promise<Composition | null> {
  try {
    return await poolComposition(db, { organizationId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

/**
 * Who takes part against the population: the resident pool's active members compared with the
 * organization's population table on age, sex and municipality (D and the shares; groups with
 * fewer than MIN_PUBLIC_COUNT members show no count).
 */
export async function representativenessSection(
  db: Db,
  options: { organizationId: string; language: BriefLanguage },
): Promise<BriefSection<PeriodSectionKey>> {
  const p = periodLabels(options.language);
  const found = await composition(db, options.organizationId);
  const blocks: BriefBlock[] = [];
  if (!found || found.people === 0) {
    blocks.push({ type: "paragraph", text: p("noPool") });
  } else {
    blocks.push({ type: "paragraph", text: p("representativenessIntro") });
    for (const dimension of found.dimensions) {
      const name = p(`dimension_${dimension.dimension}` as "dimension_age");
      blocks.push({
        type: "table",
        table: {
          caption: `${name} (n = ${found.people}, D = ${percent(dimension.D, options.language)})`,
          columns: [p("groupCol"), p("members"), p("membersShare"), p("populationShare")],
          rows: dimension.groups.map((g) => [
            groupName(dimension.dimension, g.group, options.language),
            g.people >= MIN_PUBLIC_COUNT ? g.people : null,
            g.people >= MIN_PUBLIC_COUNT ? g.groupShare : null,
            g.populationShare,
          ]),
          shares: [2, 3],
          bar: 2,
        },
      });
    }
  }
  return { key: "representativeness", heading: p("representativeness"), blocks };
}
