import {
  compareWithPopulation,
  DEFAULT_AGE_BANDS,
  type DimensionMeasures,
  type DimensionName,
  type Person,
  type PopulationTable,
  parseAgeBands,
} from "@kuulo/representativeness";
import { and, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { drawOwner } from "../draws/draw.js";
import { type Gender, poolDraws, poolMembers } from "../schema.js";
import { type PoolScope, partnerCondition } from "../sharing/scope.js";
import { loadPopulation, type StoredPopulation } from "./population.js";

/** 11re codes sex 1 male, 2 female; "other" and "prefer not to say" are not comparable. */
export function sexCode(gender: Gender): 1 | 2 | null {
  return gender === "man" ? 1 : gender === "woman" ? 2 : null;
}

export interface CompositionDimension extends DimensionMeasures {
  dimension: DimensionName;
  /** People left out of this dimension, by reason (e.g. "sex not 1 or 2"). */
  excluded: { reason: string; count: number }[];
}

export interface Composition {
  population: StoredPopulation;
  ageBands: string[];
  people: number;
  dimensions: CompositionDimension[];
}

type MemberRow = { id: string; birthYear: number; gender: Gender; municipality: string };

/** Compares members with the population, each dimension on its own (so a gender left out does
 * not drop the member from age or municipality). Age is the age reached this year. */
export function composeMembers(options: {
  members: MemberRow[];
  table: PopulationTable;
  stored: StoredPopulation;
  year: number;
  ageBands?: string;
}): Composition {
  const bands = parseAgeBands(options.ageBands ?? DEFAULT_AGE_BANDS);
  const people: Person[] = options.members.map((m) => ({
    id: m.id,
    age: options.year - m.birthYear,
    sex: sexCode(m.gender),
    municipality: m.municipality,
  }));
  const dimensions = (["age", "sex", "municipality"] as const).map((dimension) => {
    const { report } = compareWithPopulation({
      population: options.table,
      people,
      by: [dimension],
      ageBands: bands,
    });
    return {
      dimension,
      ...report.dimensions[dimension]!,
      excluded: report.people.excluded,
    };
  });
  return {
    population: options.stored,
    ageBands: bands.map((b) => b.label),
    people: people.length,
    dimensions,
  };
}

/**
 * Active members (or a saved draw's drawn members) against the pool's population; for a
 * partner, only the members who consented to it and the partner's own draws.
 */
export async function poolComposition(
  db: Db,
  options: PoolScope & {
    drawId?: string | undefined;
    /** The members active at this moment instead of now (the metrics' history). */
    at?: Date;
    now?: Date;
  },
): Promise<Composition> {
  const population = await loadPopulation(db, options.organizationId);
  if (!population) {
    throw new AppError("not_found", "No population table has been uploaded for the pool.");
  }
  const columns = {
    id: poolMembers.id,
    birthYear: poolMembers.birthYear,
    gender: poolMembers.gender,
    municipality: poolMembers.municipality,
  };
  let members: MemberRow[];
  if (options.drawId) {
    const [draw] = await db
      .select({ drawn: poolDraws.drawn })
      .from(poolDraws)
      .where(and(eq(poolDraws.id, options.drawId), drawOwner(options)));
    if (!draw) throw new AppError("not_found", "No such draw.");
    members =
      draw.drawn.length === 0
        ? []
        : await db
            .select(columns)
            .from(poolMembers)
            .where(
              and(
                eq(poolMembers.organizationId, options.organizationId),
                inArray(poolMembers.id, draw.drawn),
                partnerCondition(options),
              ),
            );
  } else if (options.at) {
    // Members active at that moment: confirmed by then and not left by then. A member who has
    // since left counts while their background is still kept (erasure removes it).
    const at = options.at;
    members = await db
      .select(columns)
      .from(poolMembers)
      .where(
        and(
          eq(poolMembers.organizationId, options.organizationId),
          ne(poolMembers.status, "pending"),
          lte(sql`coalesce(${poolMembers.confirmedAt}, ${poolMembers.createdAt})`, at),
          or(isNull(poolMembers.leftAt), gt(poolMembers.leftAt, at)),
          partnerCondition(options),
        ),
      );
  } else {
    members = await db
      .select(columns)
      .from(poolMembers)
      .where(
        and(
          eq(poolMembers.organizationId, options.organizationId),
          eq(poolMembers.status, "active"),
          partnerCondition(options),
        ),
      );
  }
  return composeMembers({
    members,
    ...population,
    year: (options.at ?? options.now ?? new Date()).getUTCFullYear(),
  });
}
