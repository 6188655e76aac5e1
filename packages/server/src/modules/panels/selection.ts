import {
  drawPanel,
  findDistribution,
  type InfeasibilityReport,
  type Instance,
  replaceWithdrawn,
  SortitionError,
  seededRandom,
  shuffled,
} from "@kuulo/sortition";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError, type FieldError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { candidatesOf, type PanelCandidate } from "./candidates.js";
import { type PanelQuota, panelCandidates, panelSelections, panels } from "./schema.js";
import { findPanel, type Panel } from "./setup.js";

/** The method of every draw: recorded with the result and published in the report. */
export const ALGORITHM = "leximin";
export const ALGORITHM_VERSION = "@kuulo/sortition 0.1.0";
/** The purpose given to the seeded random stream that orders the reserves. */
export const RESERVES_PURPOSE = "panel-reserves";

export type PanelSelection = typeof panelSelections.$inferSelect;

/** A person of the draw: the candidate's number as id, the quota features' values only. */
export function instanceFor(
  quotas: readonly PanelQuota[],
  people: readonly { number: number; attributes: Record<string, string> }[],
  k: number,
): Instance {
  const features = [...new Set(quotas.map((q) => q.feature))];
  return {
    quotas: quotas.map((q) => ({ feature: q.feature, value: q.value, min: q.min, max: q.max })),
    people: people.map((p) => {
      const values = Object.fromEntries(features.map((f) => [f, p.attributes[f] ?? ""]));
      return { id: String(p.number), features: values, columns: values };
    }),
    k,
  };
}

/** The reserves in order: the others shuffled by the seed (reproducible), the first `count`. */
export function reserveOrder(others: readonly number[], seed: string, count: number): number[] {
  return shuffled({
    items: others,
    random: seededRandom({ seed, purpose: RESERVES_PURPOSE }),
  }).slice(0, count);
}

/** A SortitionError as the answer: infeasible quotas → 422 with the smallest relaxation. */
function selectionError(error: unknown, quotas: readonly PanelQuota[]): unknown {
  if (!(error instanceof SortitionError)) return error;
  if (error.code === "INFEASIBLE_QUOTAS") {
    const report = error.details as InfeasibilityReport | undefined;
    const errors: FieldError[] = (report?.relaxation ?? []).map((b) => {
      const index = quotas.findIndex((q) => q.feature === b.feature && q.value === b.value);
      return {
        path: `quotas.${index}.${b.bound}`,
        message: `${b.feature}=${b.value} ${b.bound} ${b.limit} → ${b.relaxedTo}`,
        code: "invalid",
        params: {
          feature: b.feature,
          value: b.value,
          limit: b.limit,
          relaxedTo: b.relaxedTo ?? b.limit,
        },
      };
    });
    return new AppError("panel.quotas_infeasible", report?.message ?? error.message, { errors });
  }
  return new AppError("panel.quotas_infeasible", error.message, {
    errors: [{ path: "quotas", message: error.message, code: "invalid" }],
  });
}

/** Records where the seed will come from and when it is known; public from then on. */
export async function announceSeed(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    announcement: string;
    knownAt: Date;
    actor: Actor;
    now?: Date;
  },
): Promise<Panel> {
  const panel = await findPanel(db, options);
  if (panel.status !== "draft" && panel.status !== "recruiting")
    throw new AppError("conflict", "The seed is announced before the draw.");
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(panels)
      .set({
        seedAnnouncement: options.announcement,
        seedKnownAt: options.knownAt,
        seedAnnouncedAt: options.now ?? new Date(),
        updatedAt: new Date(),
      })
      .where(eq(panels.id, panel.id))
      .returning();
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: options.actor,
      action: "panels.seed_announced",
      targetType: "panel",
      targetId: panel.id,
      detail: { announcement: options.announcement, knownAt: options.knownAt.toISOString() },
    });
    return updated!;
  });
}

/**
 * Draws the panel: LEXIMIN over the candidates with the quotas, one panel drawn with the seed
 * (pipage rounding), the reserves ordered by the seed. Refused before the seed announcement and
 * before the announced time. Stores the result, marks the candidates, panel → selected.
 */
export async function drawPanelSeats(
  db: Db,
  options: { organizationId: string; panelId: string; seed: string; actor: Actor; now?: Date },
): Promise<PanelSelection> {
  const panel = await findPanel(db, options);
  const now = options.now ?? new Date();
  if (panel.status !== "recruiting")
    throw new AppError(
      "conflict",
      `A ${panel.status} panel cannot be drawn; it must be recruiting.`,
    );
  if (!panel.seedAnnouncement || !panel.seedKnownAt)
    throw new AppError(
      "panel.seed_not_announced",
      "Announce where the seed comes from (and when) before the draw.",
    );
  if (panel.seedKnownAt > now)
    throw new AppError(
      "panel.seed_not_announced",
      `The seed is announced to be known at ${panel.seedKnownAt.toISOString()}; draw after that.`,
    );
  const candidates = (await candidatesOf(db, panel)).filter((c) => c.status === "candidate");
  const instance = instanceFor(panel.quotas, candidates, panel.targetSize);
  let selection: Awaited<ReturnType<typeof findDistribution>>;
  try {
    selection = await findDistribution({ instance, algorithm: ALGORITHM });
  } catch (error) {
    throw selectionError(error, panel.quotas);
  }
  const draw = drawPanel({ selection, seed: options.seed });
  const seated = draw.panel.map(Number);
  const chosen = new Set(seated);
  const others = candidates.map((c) => c.number).filter((n) => !chosen.has(n));
  const reserves = reserveOrder(others, options.seed, panel.reserves);
  const probabilityOf = new Map(
    instance.people.map((p, i) => [Number(p.id), selection.probabilities[i]!]),
  );
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(panels).where(eq(panels.id, panel.id)).for("update");
    if (locked?.status !== "recruiting")
      throw new AppError("conflict", "The panel was drawn already.");
    // One statement for every candidate's outcome (status, reserve rank, probability).
    if (candidates.length > 0) {
      const values = candidates.map((c) => {
        const rank = reserves.indexOf(c.number);
        const status = chosen.has(c.number) ? "selected" : rank >= 0 ? "reserve" : "candidate";
        return sql`(${c.id}::uuid, ${status}, ${rank >= 0 ? rank + 1 : null}::int, ${probabilityOf.get(c.number) ?? 0}::real)`;
      });
      await tx.execute(sql`
        update panel_candidates as c
        set status = v.status, reserve_rank = v.rank, probability = v.p
        from (values ${sql.join(values, sql`, `)}) as v(id, status, rank, p)
        where c.id = v.id and c.panel_id = ${panel.id}`);
    }
    const [stored] = await tx
      .insert(panelSelections)
      .values({
        organizationId: panel.organizationId,
        panelId: panel.id,
        kind: "draw",
        seed: options.seed,
        algorithm: selection.algorithm,
        algorithmVersion: ALGORITHM_VERSION,
        method: draw.method,
        seated,
        reserves,
        probabilities: candidates.map((c) => probabilityOf.get(c.number) ?? 0),
        stats: { ...selection.stats, minimumProbability: selection.fairness.minimum },
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await tx
      .update(panels)
      .set({ status: "selected", updatedAt: now })
      .where(eq(panels.id, panel.id));
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: options.actor,
      action: "panels.drawn",
      targetType: "panel",
      targetId: panel.id,
      detail: {
        seed: options.seed,
        seated: seated.length,
        reserves: reserves.length,
        candidates: candidates.length,
      },
    });
    return stored!;
  });
}

export async function selectionsOf(db: Db, panel: Panel): Promise<PanelSelection[]> {
  return db
    .select()
    .from(panelSelections)
    .where(
      and(
        eq(panelSelections.panelId, panel.id),
        eq(panelSelections.organizationId, panel.organizationId),
      ),
    )
    .orderBy(asc(panelSelections.createdAt));
}

/** The seed of the n-th replacement (1-based): derived from the draw's seed, so published. */
export function replacementSeed(seed: string, n: number): string {
  return `${seed}/replacement-${n}`;
}

/**
 * Replaces panelists who declined or withdrew: they leave, the others stay, and a new LEXIMIN
 * lottery within the quotas fills the open seats (replaceWithdrawn), drawn with a seed derived
 * from the announced one. Returns the replacements (to be invited). Audited panels.replaced.
 */
export async function replaceLeavers(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    candidateIds: string[];
    /** What happened to them: declined (their answer) or withdrawn (staff marked). */
    reason: "declined" | "withdrawn";
    actor: Actor;
  },
): Promise<PanelCandidate[]> {
  const panel = await findPanel(db, options);
  if (panel.status !== "selected" && panel.status !== "running")
    throw new AppError("conflict", "Replacements are made after the draw.");
  const all = await candidatesOf(db, panel);
  const leaving = all.filter((c) => options.candidateIds.includes(c.id));
  const seatedStatuses = ["selected", "confirmed"];
  // A declined panelist (their answer is recorded first) leaves the same way as a seated one.
  const mayLeave = [...seatedStatuses, "declined"];
  if (
    leaving.length !== options.candidateIds.length ||
    leaving.some((c) => !mayLeave.includes(c.status))
  )
    throw new AppError(
      "validation.failed",
      "body.candidateIds: only seated panelists can withdraw",
      {
        errors: [
          {
            path: "body.candidateIds",
            message: "only seated panelists of this panel can withdraw",
            code: "invalid",
          },
        ],
      },
    );
  const selections = await selectionsOf(db, panel);
  const first = selections.find((s) => s.kind === "draw");
  if (!first) throw new AppError("conflict", "The panel has not been drawn.");
  const goneBefore = new Set(selections.flatMap((s) => s.withdrawn));
  const pool = all.filter((c) => !goneBefore.has(c.number));
  const leavingIds = new Set(leaving.map((c) => c.id));
  const seatedNow = all
    .filter((c) => seatedStatuses.includes(c.status) || leavingIds.has(c.id))
    .map((c) => String(c.number));
  const seed = replacementSeed(first.seed, selections.length);
  let replacement: Awaited<ReturnType<typeof replaceWithdrawn>>;
  try {
    replacement = await replaceWithdrawn({
      instance: instanceFor(panel.quotas, pool, panel.targetSize),
      panel: seatedNow,
      withdrawn: leaving.map((c) => String(c.number)),
      seed,
      algorithm: ALGORITHM,
    });
  } catch (error) {
    throw selectionError(error, panel.quotas);
  }
  const added = replacement.replacements.map(Number);
  return db.transaction(async (tx) => {
    await tx.select({ id: panels.id }).from(panels).where(eq(panels.id, panel.id)).for("update");
    for (const c of leaving)
      await tx
        .update(panelCandidates)
        .set({
          status: c.status === "declined" ? "declined" : options.reason,
          reserveRank: null,
          respondedAt: c.respondedAt ?? new Date(),
        })
        .where(eq(panelCandidates.id, c.id));
    const replaced = added.length
      ? await tx
          .update(panelCandidates)
          .set({ status: "selected", reserveRank: null })
          .where(and(eq(panelCandidates.panelId, panel.id), inArray(panelCandidates.number, added)))
          .returning()
      : [];
    await tx.insert(panelSelections).values({
      organizationId: panel.organizationId,
      panelId: panel.id,
      kind: "replacement",
      seed,
      algorithm: replacement.selection.algorithm,
      algorithmVersion: ALGORITHM_VERSION,
      method: replacement.draw.method,
      seated: replacement.panel.map(Number),
      withdrawn: leaving.map((c) => c.number),
      replacements: added,
      probabilities: replacement.selection.probabilities,
      stats: { ...replacement.selection.stats },
      createdBy: "userId" in options.actor ? options.actor.userId : null,
    });
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: options.actor,
      action: "panels.replaced",
      targetType: "panel",
      targetId: panel.id,
      detail: {
        reason: options.reason,
        left: leaving.map((c) => c.number),
        replacements: added,
        seed,
      },
    });
    return replaced;
  });
}
