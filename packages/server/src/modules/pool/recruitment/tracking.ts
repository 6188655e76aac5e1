import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { type IntervalWorker, startIntervalWorker } from "../../../jobs/interval.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import {
  poolRecruitmentPeople,
  poolRecruitmentRounds,
  RECRUIT_STATUSES,
  type RecruitStatus,
} from "../schema.js";
import { loadRound } from "./rounds.js";

/** The steps counted cumulatively: a person who signed up also responded and was invited. */
export const FUNNEL = ["invited", "responded", "signed_up", "selected", "attended"] as const;
export type FunnelStep = (typeof FUNNEL)[number];

export type FunnelCounts = Record<FunnelStep, number>;

function emptyCounts(): FunnelCounts {
  return { invited: 0, responded: 0, signed_up: 0, selected: 0, attended: 0 };
}

function addTo(counts: FunnelCounts, status: RecruitStatus, n: number): void {
  const reached = RECRUIT_STATUSES.indexOf(status);
  for (const step of FUNNEL) if (RECRUIT_STATUSES.indexOf(step) <= reached) counts[step] += n;
}

export interface RoundTracking {
  frame: number;
  totals: FunnelCounts;
  byMunicipality: Record<string, FunnelCounts>;
  byAgeBand: Record<string, FunnelCounts>;
}

/** invited → responded → signed up → selected → attended, in total and per stratum. */
export async function roundTracking(
  db: Db,
  options: { organizationId: string; roundId: string },
): Promise<RoundTracking> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  const rows = await db
    .select({
      status: poolRecruitmentPeople.status,
      municipality: poolRecruitmentPeople.municipality,
      ageBand: poolRecruitmentPeople.ageBand,
      n: sql<number>`count(*)::int`,
    })
    .from(poolRecruitmentPeople)
    .where(eq(poolRecruitmentPeople.roundId, round.id))
    .groupBy(
      poolRecruitmentPeople.status,
      poolRecruitmentPeople.municipality,
      poolRecruitmentPeople.ageBand,
    );
  const result: RoundTracking = {
    frame: 0,
    totals: emptyCounts(),
    byMunicipality: {},
    byAgeBand: {},
  };
  for (const row of rows) {
    result.frame += row.n;
    if (row.status === "frame") continue;
    addTo(result.totals, row.status, row.n);
    result.byMunicipality[row.municipality] ??= emptyCounts();
    addTo(result.byMunicipality[row.municipality]!, row.status, row.n);
    const band = row.ageBand ?? "";
    result.byAgeBand[band] ??= emptyCounts();
    addTo(result.byAgeBand[band]!, row.status, row.n);
  }
  return result;
}

/**
 * Staff mark people who signed up as selected, or selected people as attended; others of the
 * list are left as they are. Returns how many were marked.
 */
export async function markOutcome(
  db: Db,
  options: {
    organizationId: string;
    roundId: string;
    personIds: string[];
    outcome: "selected" | "attended";
    actor: Actor;
  },
): Promise<number> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  const from: RecruitStatus = options.outcome === "selected" ? "signed_up" : "selected";
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(poolRecruitmentPeople)
      .set({ status: options.outcome })
      .where(
        and(
          eq(poolRecruitmentPeople.roundId, round.id),
          eq(poolRecruitmentPeople.status, from),
          inArray(poolRecruitmentPeople.id, options.personIds),
        ),
      )
      .returning({ id: poolRecruitmentPeople.id });
    if (changed.length === 0) return 0;
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.round_outcome_marked",
      targetType: "pool_recruitment_round",
      targetId: round.id,
      detail: { outcome: options.outcome, people: changed.length },
    });
    return changed.length;
  });
}

/**
 * One pass over every round whose sign-up window has closed: deletes the sealed names and
 * addresses of everyone who did not sign up, keeps the pseudonymous strata, marks the round
 * closed. `now` lets tests move the clock. Audit: pool.round_closed.
 */
export async function closeEndedRounds(db: Db, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const ended = await db
    .select({ id: poolRecruitmentRounds.id, organizationId: poolRecruitmentRounds.organizationId })
    .from(poolRecruitmentRounds)
    .where(and(lte(poolRecruitmentRounds.closesAt, now), isNull(poolRecruitmentRounds.closedAt)));
  for (const round of ended) {
    await db.transaction(async (tx) => {
      const erased = await tx
        .update(poolRecruitmentPeople)
        .set({ contactSealed: null, codeSealed: null })
        .where(
          and(
            eq(poolRecruitmentPeople.roundId, round.id),
            inArray(poolRecruitmentPeople.status, ["frame", "invited", "responded"]),
          ),
        )
        .returning({ id: poolRecruitmentPeople.id });
      await tx
        .update(poolRecruitmentRounds)
        .set({ closedAt: now })
        .where(eq(poolRecruitmentRounds.id, round.id));
      await recordAudit(tx, {
        organizationId: round.organizationId,
        actor: { label: "retention job" },
        action: "pool.round_closed",
        targetType: "pool_recruitment_round",
        targetId: round.id,
        detail: { contactDeleted: erased.length },
      });
    });
  }
  return ended.length;
}

/** The closing loop of a server process (jobs/interval.ts), beside the pool's retention job. */
export function startRoundClosingWorker(options: {
  db: Db;
  intervalMs: number;
  onError: (error: unknown) => void;
}): IntervalWorker<number> {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: () => closeEndedRounds(options.db),
    onError: options.onError,
  });
}
