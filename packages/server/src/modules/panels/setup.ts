import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError, type FieldError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { roundSignUpsForPanel } from "../pool/index.js";
import { type PanelStatus, panelSessions, panels } from "./schema.js";
import type { SetupInput } from "./validation.js";

export type Panel = typeof panels.$inferSelect;
export type PanelSession = typeof panelSessions.$inferSelect;

/** The moves a panel's status may make (one step on, or back from recruiting to draft). */
const NEXT: Record<PanelStatus, PanelStatus[]> = {
  draft: ["recruiting"],
  recruiting: ["draft"],
  selected: ["running"],
  running: ["finished"],
  finished: [],
};

/** What a set-up must hold together: quotas within the size, a round for population_round. */
export function setupErrors(input: SetupInput): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.quotas.forEach((q, i) => {
    const key = `${q.feature}\u0000${q.value}`;
    if (seen.has(key))
      errors.push({ path: `body.quotas.${i}.value`, message: "appears twice", code: "invalid" });
    seen.add(key);
    if (q.min > q.max)
      errors.push({
        path: `body.quotas.${i}.min`,
        message: `must be at most max (${q.max})`,
        code: "too_large",
        params: { max: q.max },
      });
    if (q.min > input.targetSize)
      errors.push({
        path: `body.quotas.${i}.min`,
        message: `must be at most the target size (${input.targetSize})`,
        code: "too_large",
        params: { max: input.targetSize },
      });
  });
  const minsByFeature = new Map<string, { sum: number; last: number }>();
  input.quotas.forEach((q, i) => {
    const m = minsByFeature.get(q.feature) ?? { sum: 0, last: i };
    minsByFeature.set(q.feature, { sum: m.sum + q.min, last: i });
  });
  for (const [feature, { sum, last }] of minsByFeature) {
    if (sum > input.targetSize)
      errors.push({
        path: `body.quotas.${last}.min`,
        message: `the minimums of ${feature} add up to ${sum}, more than the target size ${input.targetSize}`,
        code: "invalid",
      });
  }
  if (input.source === "population_round" && !input.roundId)
    errors.push({
      path: "body.roundId",
      message: "a population_round panel needs the recruitment round",
      code: "required",
    });
  if (input.source !== "population_round" && input.roundId)
    errors.push({
      path: "body.roundId",
      message: "only a population_round panel has a round",
      code: "invalid",
    });
  return errors;
}

async function checkSetup(db: Db, organizationId: string, input: SetupInput): Promise<void> {
  const errors = setupErrors(input);
  if (input.roundId && errors.length === 0) {
    const round = await roundSignUpsForPanel(db, { organizationId, roundId: input.roundId });
    if (!round)
      errors.push({
        path: "body.roundId",
        message: "no such recruitment round in this organization",
        code: "invalid",
      });
  }
  if (errors.length > 0)
    throw new AppError(
      "validation.failed",
      errors.map((e) => `${e.path}: ${e.message}`).join("; "),
      {
        errors,
      },
    );
}

function panelValues(input: SetupInput) {
  return {
    title: input.title,
    coreQuestions: input.coreQuestions.map((q) => ({
      text: { fi: q.text.fi, sv: q.text.sv, en: q.text.en },
    })),
    questionsFormedBy: input.questionsFormedBy,
    targetSize: input.targetSize,
    reserves: input.reserves,
    quotas: input.quotas,
    fees: input.fees,
    source: input.source,
    roundId: input.roundId,
  };
}

async function writeSessions(db: Db, panel: Panel, input: SetupInput): Promise<void> {
  await db.delete(panelSessions).where(eq(panelSessions.panelId, panel.id));
  if (input.sessions.length === 0) return;
  await db.insert(panelSessions).values(
    input.sessions.map((s, position) => ({
      organizationId: panel.organizationId,
      panelId: panel.id,
      position,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      place: s.place,
      accessibility: s.accessibility,
      onlineUrl: s.onlineUrl,
    })),
  );
}

/** Creates a panel in draft with its sessions; audited panel.created. */
export async function createPanel(
  db: Db,
  options: { organizationId: string; input: SetupInput; actor: Actor },
): Promise<Panel> {
  await checkSetup(db, options.organizationId, options.input);
  return db.transaction(async (tx) => {
    const [panel] = await tx
      .insert(panels)
      .values({
        organizationId: options.organizationId,
        ...panelValues(options.input),
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await writeSessions(tx, panel!, options.input);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.created",
      targetType: "panel",
      targetId: panel!.id,
      detail: { title: panel!.title, source: panel!.source },
    });
    return panel!;
  });
}

/** Replaces a panel's set-up while it is in draft or recruitment; audited panels.setup_changed. */
export async function updatePanel(
  db: Db,
  options: { organizationId: string; panelId: string; input: SetupInput; actor: Actor },
): Promise<Panel> {
  const current = await findPanel(db, options);
  if (current.status !== "draft" && current.status !== "recruiting")
    throw new AppError("conflict", "The set-up cannot change after the draw.");
  await checkSetup(db, options.organizationId, options.input);
  return db.transaction(async (tx) => {
    const [panel] = await tx
      .update(panels)
      .set({ ...panelValues(options.input), updatedAt: new Date() })
      .where(and(eq(panels.id, current.id), eq(panels.organizationId, options.organizationId)))
      .returning();
    await writeSessions(tx, panel!, options.input);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.setup_changed",
      targetType: "panel",
      targetId: panel!.id,
    });
    return panel!;
  });
}

/** Moves the status one allowed step (the draw itself moves recruiting → selected). */
export async function setPanelStatus(
  db: Db,
  options: { organizationId: string; panelId: string; status: PanelStatus; actor: Actor },
): Promise<Panel> {
  const current = await findPanel(db, options);
  if (!NEXT[current.status].includes(options.status))
    throw new AppError("conflict", `A ${current.status} panel cannot become ${options.status}.`, {
      errors: [
        {
          path: "body.status",
          message: `not allowed from ${current.status}`,
          code: "invalid_value",
        },
      ],
    });
  return db.transaction(async (tx) => {
    const [panel] = await tx
      .update(panels)
      .set({ status: options.status, updatedAt: new Date() })
      .where(eq(panels.id, current.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.status_changed",
      targetType: "panel",
      targetId: current.id,
      detail: { from: current.status, to: options.status },
    });
    return panel!;
  });
}

export async function findPanel(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<Panel> {
  const [panel] = await db
    .select()
    .from(panels)
    .where(and(eq(panels.id, options.panelId), eq(panels.organizationId, options.organizationId)));
  if (!panel) throw new AppError("not_found", "No such panel.");
  return panel;
}

export async function listPanels(db: Db, options: { organizationId: string }): Promise<Panel[]> {
  return db
    .select()
    .from(panels)
    .where(eq(panels.organizationId, options.organizationId))
    .orderBy(desc(panels.createdAt));
}

export async function sessionsOf(db: Db, panel: Panel): Promise<PanelSession[]> {
  return db
    .select()
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.panelId, panel.id),
        eq(panelSessions.organizationId, panel.organizationId),
      ),
    )
    .orderBy(asc(panelSessions.position));
}
