import { randomBytes } from "node:crypto";
import { bandOf, DEFAULT_AGE_BANDS, parseAgeBands } from "@kuulo/representativeness";
import {
  randomSample,
  type SampleItem,
  type SampleResult,
  SortitionError,
  stratifiedSample,
} from "@kuulo/sortition";
import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import type { Actor } from "../../audit/index.js";
import {
  type DrawMethod,
  type DrawParameters,
  type EligibleMember,
  poolConsents,
  poolDraws,
  poolMembers,
} from "../schema.js";
import { type PoolScope, partnerCondition, recordPoolAudit } from "../sharing/scope.js";
import { quotaDraw } from "./quota.js";
import type { DrawInput, StrataPreviewInput } from "./validation.js";

/** The age bands draws filter and stratify by (as the composition page shows them). */
export const DRAW_AGE_BANDS = parseAgeBands(DEFAULT_AGE_BANDS);

export type PoolDraw = typeof poolDraws.$inferSelect;

export function ageBandOf(birthYear: number, year: number): string {
  return bandOf(DRAW_AGE_BANDS, year - birthYear)?.label ?? "–";
}

/** The draws of the scope: the host's own draws, or those the partner made from the pool. */
export function drawOwner(scope: PoolScope): SQL | undefined {
  return and(
    eq(poolDraws.organizationId, scope.organizationId),
    scope.partnerId
      ? eq(poolDraws.drawnByOrganizationId, scope.partnerId)
      : isNull(poolDraws.drawnByOrganizationId),
  );
}

/**
 * Active members of the pool who have a standing (not withdrawn) consent to the purpose (and,
 * for a partner, to the partner), matching the filters; each with its stratum key
 * ("179|30-44"). Sorted by id.
 */
export async function eligibleMembers(
  db: Db,
  options: PoolScope & { parameters: DrawParameters; year: number },
): Promise<EligibleMember[]> {
  const { parameters, year } = options;
  const { filters } = parameters;
  const consented = db
    .select({ memberId: poolConsents.memberId })
    .from(poolConsents)
    .where(
      and(
        eq(poolConsents.organizationId, options.organizationId),
        eq(poolConsents.purpose, parameters.purpose),
        isNull(poolConsents.withdrawnAt),
      ),
    );
  const rows = await db
    .select({
      id: poolMembers.id,
      municipality: poolMembers.municipality,
      birthYear: poolMembers.birthYear,
      gender: poolMembers.gender,
      interests: poolMembers.interests,
    })
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.organizationId, options.organizationId),
        eq(poolMembers.status, "active"),
        sql`${poolMembers.id} in ${consented}`,
        partnerCondition(options),
        filters.municipality ? eq(poolMembers.municipality, filters.municipality) : undefined,
        filters.gender ? eq(poolMembers.gender, filters.gender) : undefined,
      ),
    );
  const by = parameters.stratifyBy ?? [];
  return rows
    .filter((m) => !filters.ageBand || ageBandOf(m.birthYear, year) === filters.ageBand)
    .filter((m) => !filters.interest || m.interests.includes(filters.interest))
    .map((m) => ({
      id: m.id,
      stratum: by
        .map((d) => (d === "municipality" ? m.municipality : ageBandOf(m.birthYear, year)))
        .join("|"),
      ...(parameters.quotas
        ? {
            features: {
              municipality: m.municipality,
              ageBand: ageBandOf(m.birthYear, year),
              gender: m.gender,
            },
          }
        : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Draws from the eligible list: the same list, method, parameters and seed give the same ids. */
export async function drawFrom(
  method: DrawMethod,
  eligible: readonly EligibleMember[],
  parameters: DrawParameters,
  seed: string,
): Promise<string[]> {
  if (method === "quota") return quotaDraw(eligible, parameters, seed);
  return sample(method, eligible, parameters, seed).ids;
}

function sample(
  method: "random" | "stratified",
  eligible: readonly SampleItem[],
  parameters: DrawParameters,
  seed: string,
): SampleResult {
  try {
    if (method === "random") return randomSample({ items: eligible, n: parameters.size, seed });
    return stratifiedSample({
      items: eligible,
      seed,
      ...(parameters.counts ? { counts: parameters.counts } : { n: parameters.size }),
    });
  } catch (error) {
    if (!(error instanceof SortitionError)) throw error;
    throw new AppError("validation.failed", error.message, {
      errors: [
        {
          path: parameters.counts ? "body.counts" : "body.size",
          message: `${error.message} (${eligible.length} members can be drawn)`,
          code: "too_many",
        },
      ],
    });
  }
}

/**
 * Draws a group from the pool and records it (audit: pool.draw_made, with the drawn member
 * ids, the pool and the organization that drew, and no contact data).
 */
export async function makeDraw(
  db: Db,
  options: PoolScope & { input: DrawInput; actor: Actor; now?: Date },
): Promise<PoolDraw> {
  const { input } = options;
  const now = options.now ?? new Date();
  const parameters: DrawParameters = {
    purpose: input.purpose,
    size: input.counts ? Object.values(input.counts).reduce((a, b) => a + b, 0) : (input.size ?? 0),
    filters: input.filters,
    ...(input.method === "stratified" ? { stratifyBy: input.stratifyBy } : {}),
    ...(input.method === "stratified" && input.counts ? { counts: input.counts } : {}),
    ...(input.method === "quota" && input.quotas ? { quotas: input.quotas } : {}),
  };
  const seed = input.seed ?? randomBytes(8).toString("hex");
  // The list is read and drawn from first (a quota selection may take a while); the draw then
  // records exactly that list, so that the re-run check uses it.
  const eligible = await eligibleMembers(db, {
    organizationId: options.organizationId,
    partnerId: options.partnerId,
    parameters,
    year: now.getUTCFullYear(),
  });
  const drawn = await drawFrom(input.method, eligible, parameters, seed);
  return db.transaction(async (tx) => {
    const [draw] = await tx
      .insert(poolDraws)
      .values({
        organizationId: options.organizationId,
        title: input.title,
        method: input.method,
        seed,
        parameters,
        eligible,
        drawn,
        drawnByOrganizationId: options.partnerId ?? null,
        createdAt: now,
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await recordPoolAudit(tx, options, {
      actor: options.actor,
      action: "pool.draw_made",
      targetType: "pool_draw",
      targetId: draw!.id,
      detail: {
        method: input.method,
        seed,
        purpose: parameters.purpose,
        eligible: eligible.length,
        drawn,
      },
    });
    return draw!;
  });
}

export async function listDraws(db: Db, options: PoolScope) {
  return db.select().from(poolDraws).where(drawOwner(options)).orderBy(desc(poolDraws.createdAt));
}

export async function loadDraw(db: Db, options: PoolScope & { drawId: string }): Promise<PoolDraw> {
  const [draw] = await db
    .select()
    .from(poolDraws)
    .where(and(eq(poolDraws.id, options.drawId), drawOwner(options)));
  if (!draw) throw new AppError("not_found", "No such draw.");
  return draw;
}

/** Draws again from the recorded eligible list with the recorded seed and compares. */
export async function checkDraw(db: Db, options: PoolScope & { drawId: string }) {
  const draw = await loadDraw(db, options);
  const again = await drawFrom(draw.method, draw.eligible, draw.parameters, draw.seed);
  const identical =
    again.length === draw.drawn.length && again.every((id, i) => id === draw.drawn[i]);
  return { identical, recorded: draw.drawn, redrawn: again };
}

/**
 * The strata a stratified draw with these filters would have: eligible members per stratum,
 * sorted by stratum key (nothing is recorded; counts only, no member ids).
 */
export async function previewStrata(
  db: Db,
  options: { organizationId: string; input: StrataPreviewInput; now?: Date },
): Promise<{ stratum: string; eligible: number }[]> {
  const { input } = options;
  const eligible = await eligibleMembers(db, {
    organizationId: options.organizationId,
    parameters: {
      purpose: input.purpose,
      size: 0,
      filters: input.filters,
      stratifyBy: input.stratifyBy,
    },
    year: (options.now ?? new Date()).getUTCFullYear(),
  });
  const counts = new Map<string, number>();
  for (const m of eligible) counts.set(m.stratum, (counts.get(m.stratum) ?? 0) + 1);
  return [...counts]
    .map(([stratum, n]) => ({ stratum, eligible: n }))
    .sort((a, b) => (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0));
}
