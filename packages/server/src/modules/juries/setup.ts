import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { notifyJury } from "./live.js";
import { type DecisionResponse, JURY_PHASES, type Jury, type JuryPhase, juries } from "./schema.js";
import type { JuryInput } from "./validation.js";

type Scope = { organizationId: string; juryId: string };

/** The jury, in the organization, or 404. */
export async function findJury(db: Db, options: Scope): Promise<Jury> {
  const [jury] = await db
    .select()
    .from(juries)
    .where(and(eq(juries.id, options.juryId), eq(juries.organizationId, options.organizationId)));
  if (!jury) throw new AppError("not_found", "No such jury.");
  return jury;
}

export async function listJuries(db: Db, options: { organizationId: string }): Promise<Jury[]> {
  return db
    .select()
    .from(juries)
    .where(eq(juries.organizationId, options.organizationId))
    .orderBy(desc(juries.createdAt));
}

const values = (input: JuryInput) => ({
  title: input.title,
  question: input.question,
  recruitment: input.recruitment,
  recruitmentRef: input.recruitmentRef,
  audience: input.audience,
  minimumAge: input.minimumAge,
  moderation: input.moderation,
  phases: input.phases,
});

/** A new jury (draft). Audited juries.created. */
export async function createJury(
  db: Db,
  options: { organizationId: string; input: JuryInput; actor: Actor },
): Promise<Jury> {
  return db.transaction(async (tx) => {
    const [jury] = await tx
      .insert(juries)
      .values({ organizationId: options.organizationId, ...values(options.input) })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.created",
      targetType: "jury",
      targetId: jury!.id,
    });
    return jury!;
  });
}

/** Changes the set-up (not the phase or status). Audited juries.setup_changed. */
export async function updateJury(
  db: Db,
  options: Scope & { input: JuryInput; actor: Actor },
): Promise<Jury> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    if (jury.status === "finished") throw new AppError("conflict", "The jury has finished.");
    const [saved] = await tx
      .update(juries)
      .set({ ...values(options.input), updatedAt: new Date() })
      .where(eq(juries.id, jury.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.setup_changed",
      targetType: "jury",
      targetId: jury.id,
    });
    return saved!;
  });
}

/** Draft → running → finished, one step at a time. Audited juries.status_changed. */
export async function setJuryStatus(
  db: Db,
  options: Scope & { status: "running" | "finished"; actor: Actor },
): Promise<Jury> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const from = options.status === "running" ? "draft" : "running";
    if (jury.status !== from)
      throw new AppError("conflict", `Only a ${from} jury can become ${options.status}.`);
    const [saved] = await tx
      .update(juries)
      .set({
        status: options.status,
        updatedAt: new Date(),
        ...(options.status === "finished" ? { finishedAt: new Date() } : {}),
      })
      .where(eq(juries.id, jury.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.status_changed",
      targetType: "jury",
      targetId: jury.id,
      detail: { from: jury.status, to: options.status },
    });
    return saved!;
  });
}

/**
 * A facilitator moves the jury to the next or the previous phase (one step), while it runs.
 * The members hear of it live. Audited juries.phase_moved.
 */
export async function moveJuryPhase(
  db: Db,
  options: Scope & { phase: JuryPhase; actor: Actor },
): Promise<Jury> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    if (jury.status !== "running")
      throw new AppError("conflict", "Phases move while the jury runs.");
    const step = JURY_PHASES.indexOf(options.phase) - JURY_PHASES.indexOf(jury.phase);
    if (Math.abs(step) !== 1)
      throw new AppError("conflict", "A jury moves one phase at a time.", {
        errors: [{ path: "body.phase", message: "one phase at a time", code: "invalid" }],
      });
    const [saved] = await tx
      .update(juries)
      .set({ phase: options.phase, updatedAt: new Date() })
      .where(eq(juries.id, jury.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.phase_moved",
      targetType: "jury",
      targetId: jury.id,
      detail: { from: jury.phase, to: options.phase },
    });
    await notifyJury(tx, jury.id, { type: "phase", phase: options.phase, at: Date.now() });
    return saved!;
  });
}

/** The decision-makers' response to the statement (body, date, text). Audited juries.response_recorded. */
export async function recordDecisionResponse(
  db: Db,
  options: Scope & { response: DecisionResponse; actor: Actor },
): Promise<Jury> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const [saved] = await tx
      .update(juries)
      .set({ decisionResponse: options.response, updatedAt: new Date() })
      .where(eq(juries.id, jury.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.response_recorded",
      targetType: "jury",
      targetId: jury.id,
      detail: { body: options.response.body, date: options.response.date },
    });
    return saved!;
  });
}
