import {
  computeWithholding,
  type FeePayment,
  isValidBic,
  isValidBusinessId,
  type TaxStatus,
  validateIban,
} from "@kuulo/payments";
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError, type FieldError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { listStaff } from "../../identity/index.js";
import {
  type FeeBatchStatus,
  panelAttendance,
  panelFeeBatches,
  panelFeePayments,
  panelPaymentDetails,
} from "../schema.js";
import { findPanel } from "../setup.js";
import { sessionsAttended } from "./attendance.js";
import { openPaymentDetails, retentionEnd } from "./details.js";
import { unpaidTravel } from "./travel.js";
import type { BatchInput } from "./validation.js";

export type FeeBatch = typeof panelFeeBatches.$inferSelect;
export type FeePaymentRow = typeof panelFeePayments.$inferSelect;
const actorId = (actor: Actor) => ("userId" in actor ? actor.userId : null);

function payerErrors(payer: BatchInput["payer"]): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (field: string, message: string): FieldError => ({
    path: `body.payer.${field}`,
    message,
    code: "invalid_format",
    params: { format: field },
  });
  if (!validateIban(payer.iban).ok) errors.push(bad("iban", "is not a valid IBAN"));
  if (!isValidBic(payer.bic.toUpperCase())) errors.push(bad("bic", "is not a BIC"));
  if (!isValidBusinessId(payer.businessId))
    errors.push(bad("businessId", "is not a business ID (Y-tunnus)"));
  return errors;
}

/** Sessions each candidate has already been paid for in the panel's earlier batches. */
async function paidSessions(db: Db, organizationId: string, panelId: string) {
  const rows = await db
    .select({ candidateId: panelFeePayments.candidateId, n: panelFeePayments.sessionsAttended })
    .from(panelFeePayments)
    .innerJoin(panelFeeBatches, eq(panelFeeBatches.id, panelFeePayments.batchId))
    .where(
      and(eq(panelFeeBatches.panelId, panelId), eq(panelFeeBatches.organizationId, organizationId)),
    );
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.candidateId, (out.get(r.candidateId) ?? 0) + r.n);
  return out;
}

/** What the organization has already paid the candidate this year (against the tax card limit). */
async function paidThisYear(db: Db, organizationId: string, year: string) {
  const rows = await db
    .select({
      candidateId: panelFeePayments.candidateId,
      gross: sql<number>`sum(${panelFeePayments.grossCents})::int`,
    })
    .from(panelFeePayments)
    .innerJoin(panelFeeBatches, eq(panelFeeBatches.id, panelFeePayments.batchId))
    .where(
      and(
        eq(panelFeeBatches.organizationId, organizationId),
        eq(panelFeeBatches.status, "paid"),
        sql`left(${panelFeeBatches.paymentDate}, 4) = ${year}`,
      ),
    )
    .groupBy(panelFeePayments.candidateId);
  return new Map(rows.map((r) => [r.candidateId, r.gross]));
}

/**
 * A draft batch from attendance and the panel's fee rules: per payee with payment details, the
 * sessions attended and not yet in a batch × the fee per session, plus the travel staff entered
 * per session and no batch has paid yet (taxable; settled by this batch), paid as
 * money or as a gift card; withholding by `@kuulo/payments`. Attended panelists without details
 * are listed in `missing` and left for a later batch. One open (draft/approved) batch at a time.
 */
export async function createFeeBatch(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; input: BatchInput; actor: Actor },
): Promise<{ batch: FeeBatch; missing: string[] }> {
  const { organizationId, panelId, input } = options;
  const errors = payerErrors(input.payer);
  const panel = await findPanel(db, options);
  if (errors.length > 0)
    throw new AppError("validation.failed", "The batch is not valid.", { errors });
  return db.transaction(async (tx) => {
    const open = await tx
      .select({ id: panelFeeBatches.id })
      .from(panelFeeBatches)
      .where(
        and(
          eq(panelFeeBatches.panelId, panelId),
          eq(panelFeeBatches.organizationId, organizationId),
          ne(panelFeeBatches.status, "paid"),
        ),
      );
    if (open.length > 0)
      throw new AppError("conflict", "The panel has a batch not yet paid; finish it first.");
    const attended = await sessionsAttended(tx, options);
    const paid = await paidSessions(tx, organizationId, panelId);
    const travel = panel.fees.travel ? await unpaidTravel(tx, options) : new Map<string, number>();
    const due = [...attended]
      .map(([candidateId, n]) => ({ candidateId, sessions: n - (paid.get(candidateId) ?? 0) }))
      .filter((d) => d.sessions > 0 || (travel.get(d.candidateId) ?? 0) > 0);
    const details = await openPaymentDetails(tx, sealer, {
      organizationId,
      panelId,
      candidateIds: due.map((d) => d.candidateId),
    });
    const payable = due.filter((d) => details.has(d.candidateId));
    const missing = due.filter((d) => !details.has(d.candidateId)).map((d) => d.candidateId);
    const before = await paidThisYear(tx, organizationId, input.paymentDate.slice(0, 4));
    const lines = payable.map((d) => {
      const payee = details.get(d.candidateId)!;
      const feeCents = d.sessions * panel.fees.amountPerSessionCents;
      const travelCents = travel.get(d.candidateId) ?? 0;
      const tax = payee.taxStatus;
      const taxStatus: TaxStatus =
        tax.kind === "tax_card"
          ? { ...tax, paidThisYearCents: before.get(d.candidateId) ?? 0 }
          : tax;
      const payment: FeePayment = {
        payeeId: d.candidateId,
        grossCents: feeCents + travelCents,
        form: payee.giftCard && panel.fees.giftCard ? "gift_card" : "money",
        taxStatus,
      };
      return { d, feeCents, travelCents, payment };
    });
    const withheld = computeWithholding({ payments: lines.map((l) => l.payment) });
    const [batch] = await tx
      .insert(panelFeeBatches)
      .values({
        organizationId,
        panelId,
        payer: { ...input.payer, bic: input.payer.bic.toUpperCase() },
        paymentDate: input.paymentDate,
        createdBy: actorId(options.actor),
      })
      .returning();
    if (lines.length > 0)
      await tx.insert(panelFeePayments).values(
        lines.map((l, i) => {
          const w = withheld[i]!;
          return {
            organizationId,
            batchId: batch!.id,
            candidateId: l.d.candidateId,
            sessionsAttended: Math.max(l.d.sessions, 0),
            feeCents: l.feeCents,
            travelCents: l.travelCents,
            grossCents: w.grossCents,
            withholdingCents: w.withholdingCents,
            netCents: w.netCents,
            form: w.form,
            reason: w.reason,
          };
        }),
      );
    // The travel this batch pays is settled: it no longer changes.
    const paidTravel = lines.filter((l) => l.travelCents > 0).map((l) => l.d.candidateId);
    if (paidTravel.length > 0)
      await tx
        .update(panelAttendance)
        .set({ travelBatchId: batch!.id })
        .where(
          and(
            eq(panelAttendance.panelId, panelId),
            eq(panelAttendance.organizationId, organizationId),
            isNull(panelAttendance.travelBatchId),
            inArray(panelAttendance.candidateId, paidTravel),
          ),
        );
    await recordAudit(tx, {
      organizationId,
      actor: options.actor,
      action: "panels.fee_batch_created",
      targetType: "panel_fee_batch",
      targetId: batch!.id,
      detail: { panelId, payments: lines.length, missing: missing.length },
    });
    return { batch: batch!, missing };
  });
}

export async function findBatch(
  db: Db,
  options: { organizationId: string; panelId: string; batchId: string },
): Promise<FeeBatch> {
  const [batch] = await db
    .select()
    .from(panelFeeBatches)
    .where(
      and(
        eq(panelFeeBatches.id, options.batchId),
        eq(panelFeeBatches.panelId, options.panelId),
        eq(panelFeeBatches.organizationId, options.organizationId),
      ),
    );
  if (!batch) throw new AppError("not_found", "No such batch.");
  return batch;
}

export async function batchPayments(db: Db, batch: FeeBatch): Promise<FeePaymentRow[]> {
  return db
    .select()
    .from(panelFeePayments)
    .where(
      and(
        eq(panelFeePayments.batchId, batch.id),
        eq(panelFeePayments.organizationId, batch.organizationId),
      ),
    );
}

/** Who prepared and who approved the batches: the organization's staff names by id. */
export async function batchPeople(db: Db, batches: FeeBatch[]): Promise<Map<string, string>> {
  const ids = new Set(batches.flatMap((b) => [b.createdBy, b.approvedBy]));
  const first = batches[0];
  if (!first || [...ids].every((id) => id === null)) return new Map();
  const staff = await listStaff(db, { organizationId: first.organizationId });
  return new Map(staff.filter((m) => ids.has(m.id)).map((m) => [m.id, m.displayName]));
}

export async function listBatches(db: Db, options: { organizationId: string; panelId: string }) {
  await findPanel(db, options);
  return db
    .select()
    .from(panelFeeBatches)
    .where(
      and(
        eq(panelFeeBatches.panelId, options.panelId),
        eq(panelFeeBatches.organizationId, options.organizationId),
      ),
    )
    .orderBy(desc(panelFeeBatches.createdAt));
}

/** One step on: draft → approved (payments.approve), approved → paid on a date. */
export async function moveBatch(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    batchId: string;
    to: Exclude<FeeBatchStatus, "draft">;
    paymentDate?: string;
    retentionYears: number;
    actor: Actor;
  },
): Promise<FeeBatch> {
  return db.transaction(async (tx) => {
    const batch = await findBatch(tx, options);
    const from: FeeBatchStatus = options.to === "approved" ? "draft" : "approved";
    if (batch.status !== from)
      throw new AppError("conflict", `Only a ${from} batch can become ${options.to}.`);
    // Separation of duties: whoever prepared the batch cannot also approve it.
    const approver = actorId(options.actor);
    if (options.to === "approved" && approver !== null && approver === batch.createdBy)
      throw new AppError(
        "payments.same_person",
        "You prepared this batch: another person with payments.approve must approve it.",
      );
    const now = new Date();
    const paymentDate = options.paymentDate ?? batch.paymentDate;
    const [moved] = await tx
      .update(panelFeeBatches)
      .set(
        options.to === "approved"
          ? { status: "approved", approvedAt: now, approvedBy: actorId(options.actor) }
          : { status: "paid", paidAt: now, paymentDate },
      )
      .where(and(eq(panelFeeBatches.id, batch.id), eq(panelFeeBatches.status, from)))
      .returning();
    if (!moved) throw new AppError("conflict", "The batch changed meanwhile.");
    if (options.to === "paid") {
      // The details back a bookkeeping voucher now: kept from the payment's year.
      const ids = (await batchPayments(tx, batch)).map((p) => p.candidateId);
      if (ids.length > 0)
        await tx
          .update(panelPaymentDetails)
          .set({
            deleteAfter: retentionEnd(new Date(`${paymentDate}T12:00:00Z`), options.retentionYears),
          })
          .where(
            and(
              eq(panelPaymentDetails.organizationId, options.organizationId),
              inArray(panelPaymentDetails.candidateId, ids),
            ),
          );
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: options.to === "approved" ? "panels.fee_batch_approved" : "panels.fee_batch_paid",
      targetType: "panel_fee_batch",
      targetId: batch.id,
      detail: { panelId: options.panelId, paymentDate },
    });
    return moved;
  });
}
