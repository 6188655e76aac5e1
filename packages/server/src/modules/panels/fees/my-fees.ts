import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { panelAttendance, panelFeeBatches, panelFeePayments, type panels } from "../schema.js";
import { openPaymentDetails } from "./details.js";
import type { myFeesResponse } from "./responses.js";

/** What a panelist sees of their own fees: rules, sessions attended, details given, payments. */
export async function myFees(
  db: Db,
  sealer: Sealer,
  options: { panel: typeof panels.$inferSelect; candidateId: string },
): Promise<z.infer<typeof myFeesResponse>> {
  const { panel, candidateId } = options;
  const attended = await db
    .select({ id: panelAttendance.id })
    .from(panelAttendance)
    .where(
      and(
        eq(panelAttendance.candidateId, candidateId),
        eq(panelAttendance.organizationId, panel.organizationId),
      ),
    );
  const details = (
    await openPaymentDetails(db, sealer, {
      organizationId: panel.organizationId,
      panelId: panel.id,
      candidateIds: [candidateId],
    })
  ).get(candidateId);
  const payments = await db
    .select({ payment: panelFeePayments, batch: panelFeeBatches })
    .from(panelFeePayments)
    .innerJoin(panelFeeBatches, eq(panelFeeBatches.id, panelFeePayments.batchId))
    .where(
      and(
        eq(panelFeePayments.candidateId, candidateId),
        eq(panelFeePayments.organizationId, panel.organizationId),
      ),
    );
  return {
    amountPerSessionCents: panel.fees.amountPerSessionCents,
    travel: panel.fees.travel,
    giftCardOffered: panel.fees.giftCard,
    sessionsAttended: attended.length,
    details: details
      ? {
          givenAt: details.givenAt.toISOString(),
          ibanEnd: details.iban.slice(-4),
          giftCard: details.giftCard,
        }
      : null,
    payments: payments.map(({ payment, batch }) => ({
      status: batch.status,
      sessions: payment.sessionsAttended,
      grossCents: payment.grossCents,
      withholdingCents: payment.withholdingCents,
      netCents: payment.netCents,
      form: payment.form,
      paymentDate: batch.paymentDate,
      paidAt: batch.paidAt?.toISOString() ?? null,
    })),
  };
}
