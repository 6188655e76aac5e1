import { formatCents, parseEuros } from "@kuulo/payments";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError, type FieldError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { panelAttendance, panelSessions } from "../schema.js";
import { findPanel } from "../setup.js";

const amountError = (error: Omit<FieldError, "path">) =>
  new AppError("validation.failed", error.message, {
    errors: [{ path: "body.amount", ...error }],
  });

/**
 * Sets a checked-in panelist's travel costs for one session: euros as people write them ("12,50"
 * or "12.50"), ≥ 0, at most the panel's cap per session if it has one. The amount is paid in
 * the next batch, taxable with the fee; once a batch has paid it, it no longer changes. Audited.
 */
export async function setTravel(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    sessionId: string;
    candidateId: string;
    amount: string;
    actor: Actor;
  },
): Promise<{ travelCents: number }> {
  const panel = await findPanel(db, options);
  if (!panel.fees.travel)
    throw amountError({ message: "this panel pays no travel", code: "invalid_value" });
  const cents = parseEuros(options.amount);
  if (cents === null)
    throw amountError({
      message: "is not an amount in euros (e.g. 12,50)",
      code: "invalid_format",
      params: { format: "euros" },
    });
  const cap = panel.fees.travelCapCents;
  if (cap !== undefined && cents > cap)
    throw amountError({
      message: `is more than the panel's cap of ${formatCents(cap)} € per session`,
      code: "too_large",
      params: { max: formatCents(cap) },
    });
  return db.transaction(async (tx) => {
    const where = and(
      eq(panelAttendance.organizationId, options.organizationId),
      eq(panelAttendance.panelId, panel.id),
      eq(panelAttendance.sessionId, options.sessionId),
      eq(panelAttendance.candidateId, options.candidateId),
    );
    const [row] = await tx.select().from(panelAttendance).where(where);
    if (!row)
      throw new AppError("conflict", "Travel is reimbursed for sessions the panelist attended.");
    if (row.travelBatchId)
      throw new AppError("conflict", "This travel has been paid in a batch and no longer changes.");
    await tx.update(panelAttendance).set({ travelCents: cents }).where(where);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.travel_set",
      targetType: "panel_candidate",
      targetId: options.candidateId,
      detail: {
        panelId: panel.id,
        sessionId: options.sessionId,
        fromCents: row.travelCents,
        toCents: cents,
      },
    });
    return { travelCents: cents };
  });
}

/** Every check-in of the panel with its travel costs and whether a batch has paid them. */
export async function travelOf(db: Db, options: { organizationId: string; panelId: string }) {
  const panel = await findPanel(db, options);
  return db
    .select({
      sessionId: panelAttendance.sessionId,
      candidateId: panelAttendance.candidateId,
      travelCents: panelAttendance.travelCents,
      batchId: panelAttendance.travelBatchId,
    })
    .from(panelAttendance)
    .innerJoin(panelSessions, eq(panelSessions.id, panelAttendance.sessionId))
    .where(
      and(
        eq(panelAttendance.panelId, panel.id),
        eq(panelAttendance.organizationId, options.organizationId),
      ),
    )
    .orderBy(asc(panelSessions.position), asc(panelAttendance.checkedInAt));
}

/** Unpaid travel per candidate: what the next batch pays. */
export async function unpaidTravel(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<Map<string, number>> {
  const rows = await travelOf(db, options);
  const out = new Map<string, number>();
  for (const r of rows)
    if (r.batchId === null && r.travelCents > 0)
      out.set(r.candidateId, (out.get(r.candidateId) ?? 0) + r.travelCents);
  return out;
}
