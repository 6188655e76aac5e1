import {
  earningsPaymentCsv,
  earningsPaymentReports,
  PaymentsError,
  reportingDeadline,
  wageReportsXml,
  writePain001,
} from "@kuulo/payments";
import { and, asc, desc, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { panelFeeBatches, panelFeePayments, panelSessions, panels } from "../schema.js";
import { batchPayments, type FeeBatch, findBatch } from "./batches.js";
import { openPaymentDetails } from "./details.js";

type BatchScope = { organizationId: string; panelId: string; batchId: string; actor: Actor };

async function exported(
  db: Db,
  scope: BatchScope,
  action: string,
  batch: FeeBatch,
  detail: Record<string, string> = {},
) {
  await recordAudit(db, {
    organizationId: scope.organizationId,
    actor: scope.actor,
    action,
    targetType: "panel_fee_batch",
    targetId: batch.id,
    detail: { panelId: scope.panelId, ...detail },
  });
}

/**
 * The bank payment file (pain.001.001.03) of an approved or paid batch: one credit transfer per
 * money payment with something to pay (net > 0); gift cards are not bank transfers. Audited.
 */
export async function batchPaymentFile(db: Db, sealer: Sealer, scope: BatchScope) {
  const batch = await findBatch(db, scope);
  if (batch.status === "draft")
    throw new AppError("conflict", "Approve the batch before exporting the payment file.");
  const payments = (await batchPayments(db, batch)).filter(
    (p) => p.form === "money" && p.netCents > 0,
  );
  const details = await openPaymentDetails(db, sealer, {
    organizationId: scope.organizationId,
    panelId: scope.panelId,
    candidateIds: payments.map((p) => p.candidateId),
  });
  const [panel] = await db
    .select({ title: panels.title })
    .from(panels)
    .where(eq(panels.id, batch.panelId));
  const file = writePain001({
    payer: batch.payer,
    executionDate: batch.paymentDate,
    messageId: `KUULO-${batch.id.replaceAll("-", "").slice(0, 28)}`,
    payments: payments.map((p) => {
      const d = details.get(p.candidateId);
      if (!d) throw new AppError("conflict", "A payee's details have been deleted.");
      return {
        id: p.id.replaceAll("-", "").slice(0, 32),
        name: d.name,
        iban: d.iban,
        bic: d.bic,
        amountCents: p.netCents,
        message: `Palkkio / Arvode ${panel?.title ?? ""}`.slice(0, 140),
      };
    }),
  });
  await exported(db, scope, "panels.payment_file_exported", batch);
  return file;
}

/** The earnings payment reports of a paid batch, with the payees' personal identity codes. */
async function paidBatchReports(db: Db, sealer: Sealer, scope: BatchScope) {
  const batch = await findBatch(db, scope);
  if (batch.status !== "paid")
    throw new AppError("conflict", "The reports are made once the batch is paid (payment date).");
  const payments = await batchPayments(db, batch);
  const details = await openPaymentDetails(db, sealer, {
    organizationId: scope.organizationId,
    panelId: scope.panelId,
    candidateIds: payments.map((p) => p.candidateId),
  });
  const reports = earningsPaymentReports({
    payerBusinessId: batch.payer.businessId,
    paymentDate: batch.paymentDate,
    payments: payments.map((p) => {
      const d = details.get(p.candidateId);
      if (!d) throw new AppError("conflict", "A payee's details have been deleted.");
      return {
        reference: p.id,
        personalIdentityCode: d.personalIdentityCode,
        payment: {
          payeeId: p.candidateId,
          form: p.form,
          grossCents: p.grossCents,
          withholdingCents: p.withholdingCents,
          netCents: p.netCents,
          bankTransfer: p.form === "money",
          reason: p.reason as "tax_card",
        },
      };
    }),
  });
  return { batch, reports };
}

/**
 * The Incomes Register's earnings payment reports of a paid batch (income type 336, the
 * withholding, the payment date) as the `;`-separated worksheet — one of the two places the
 * payees' personal identity codes leave the server. Audited.
 */
export async function batchIncomesRegister(db: Db, sealer: Sealer, scope: BatchScope) {
  const { batch, reports } = await paidBatchReports(db, sealer, scope);
  await exported(db, scope, "panels.incomes_register_exported", batch, { format: "csv" });
  return { reports, csv: earningsPaymentCsv(reports) };
}

/**
 * The pay period of a batch: the panel's sessions held up to the payment date (the fees are
 * for those), or the payment date alone when none was.
 */
async function payPeriod(db: Db, batch: FeeBatch) {
  const dates = await db
    .select({ date: panelSessions.date })
    .from(panelSessions)
    .where(
      and(eq(panelSessions.panelId, batch.panelId), lte(panelSessions.date, batch.paymentDate)),
    )
    .orderBy(asc(panelSessions.date));
  return {
    start: dates[0]?.date ?? batch.paymentDate,
    end: dates.at(-1)?.date ?? batch.paymentDate,
  };
}

/**
 * The same reports as the Incomes Register's own XML delivery (WageReportsToIR), for its
 * e-service's file upload. The delivery id is the batch's, so a batch downloaded twice is one
 * delivery. The other place personal identity codes leave the server. Audited.
 */
export async function batchIncomesRegisterXml(
  db: Db,
  sealer: Sealer,
  scope: BatchScope & {
    contact: { name: string; phone: string; email?: string | undefined };
    production: boolean;
  },
) {
  const { batch, reports } = await paidBatchReports(db, sealer, scope);
  const deliveryId = `KUULO-${batch.id.replaceAll("-", "")}`;
  let xml: string;
  try {
    xml = wageReportsXml({
      deliveryId,
      createdAt: new Date(),
      contact: scope.contact,
      period: await payPeriod(db, batch),
      production: scope.production,
      reports,
    });
  } catch (error) {
    if (error instanceof PaymentsError) throw new AppError("validation.failed", error.message);
    throw error;
  }
  await exported(db, scope, "panels.incomes_register_exported", batch, {
    format: "xml",
    environment: scope.production ? "production" : "test",
  });
  return { xml, deliveryId };
}

/** Records that the batch's reports were sent to the Incomes Register (those not yet marked). */
export async function markReported(db: Db, scope: BatchScope): Promise<number> {
  return db.transaction(async (tx) => {
    const batch = await findBatch(tx, scope);
    if (batch.status !== "paid") throw new AppError("conflict", "The batch is not paid yet.");
    const marked = await tx
      .update(panelFeePayments)
      .set({
        reportedAt: new Date(),
        reportedBy: "userId" in scope.actor ? scope.actor.userId : null,
      })
      .where(
        and(
          eq(panelFeePayments.batchId, batch.id),
          eq(panelFeePayments.organizationId, scope.organizationId),
          isNull(panelFeePayments.reportedAt),
        ),
      )
      .returning({ id: panelFeePayments.id });
    await exported(tx, scope, "panels.incomes_register_reported", batch);
    return marked.length;
  });
}

/** Days from `today` to `deadline` (YYYY-MM-DD both). */
function daysBetween(today: string, deadline: string): number {
  return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
}

/**
 * The Incomes Register tracker of the organization's paid batches: the deadline (5th day after
 * the payment date, moved past holidays), what is still unreported, what was reported when, and
 * a warning: `overdue`, `due_soon` (two days or less left), `open`, or `reported`.
 */
export async function incomesRegisterTracker(
  db: Db,
  options: { organizationId: string; today?: string },
) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rows = await db
    .select({ batch: panelFeeBatches, panelTitle: panels.title })
    .from(panelFeeBatches)
    .innerJoin(panels, eq(panels.id, panelFeeBatches.panelId))
    .where(
      and(
        eq(panelFeeBatches.organizationId, options.organizationId),
        eq(panelFeeBatches.status, "paid"),
      ),
    )
    .orderBy(desc(panelFeeBatches.paymentDate));
  const out = [];
  for (const { batch, panelTitle } of rows) {
    const payments = await batchPayments(db, batch);
    const reported = payments.filter((p) => p.reportedAt);
    const deadline = reportingDeadline(batch.paymentDate);
    const left = daysBetween(today, deadline);
    const unreported = payments.length - reported.length;
    const lastReported = reported
      .map((p) => p.reportedAt!)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    out.push({
      batchId: batch.id,
      panelId: batch.panelId,
      panelTitle,
      paymentDate: batch.paymentDate,
      deadline,
      payments: payments.length,
      unreported,
      reportedAt: lastReported?.toISOString() ?? null,
      state:
        unreported === 0
          ? ("reported" as const)
          : left < 0
            ? ("overdue" as const)
            : left <= 2
              ? ("due_soon" as const)
              : ("open" as const),
    });
  }
  return out;
}
