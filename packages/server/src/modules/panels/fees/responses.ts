import { z } from "zod";
import type { FeeBatch, FeePaymentRow } from "./batches.js";

export const attendanceResponse = z.object({
  session: z.object({ id: z.string(), date: z.string(), startTime: z.string(), place: z.string() }),
  panelists: z.array(
    z.object({
      candidateId: z.string(),
      number: z.number(),
      name: z.string(),
      checkedInAt: z.string().nullable(),
    }),
  ),
});
export const checkInResponse = z.object({ checkedInAt: z.string().nullable() });

export const detailsStatusResponse = z.object({
  panelists: z.array(
    z.object({
      candidateId: z.string(),
      number: z.number(),
      name: z.string(),
      givenAt: z.string().nullable(),
    }),
  ),
});

export const detailsResponse = z.object({
  name: z.string(),
  streetAddress: z.string(),
  postalCode: z.string(),
  city: z.string(),
  iban: z.string(),
  bic: z.string().nullable(),
  /** Redacted: the code leaves the server only in the Incomes Register report. */
  personalIdentityCode: z.string(),
  taxStatus: z.object({
    kind: z.enum(["tax_card", "prepayment_register", "none"]),
    ratePercent: z.number().optional(),
    additionalRatePercent: z.number().optional(),
    incomeLimitCents: z.number().optional(),
  }),
  giftCard: z.boolean(),
  givenAt: z.string(),
});

export const paymentResponse = z.object({
  id: z.string(),
  candidateId: z.string(),
  sessionsAttended: z.number(),
  feeCents: z.number(),
  travelCents: z.number(),
  grossCents: z.number(),
  withholdingCents: z.number(),
  netCents: z.number(),
  form: z.enum(["money", "gift_card"]),
  reason: z.string(),
  reportedAt: z.string().nullable(),
});

const staffRef = z.object({ id: z.string(), name: z.string() });

export const batchResponse = z.object({
  id: z.string(),
  panelId: z.string(),
  status: z.enum(["draft", "approved", "paid"]),
  payer: z.object({ name: z.string(), iban: z.string(), bic: z.string(), businessId: z.string() }),
  paymentDate: z.string(),
  createdAt: z.string(),
  /** Who prepared the batch (null when made by the system or the account is gone). */
  preparedBy: staffRef.nullable(),
  approvedAt: z.string().nullable(),
  /** Who approved it: never the one who prepared it. */
  approvedBy: staffRef.nullable(),
  paidAt: z.string().nullable(),
  totals: z.object({
    payments: z.number(),
    grossCents: z.number(),
    withholdingCents: z.number(),
    netCents: z.number(),
  }),
  payments: z.array(paymentResponse),
  /** Attended panelists left out for want of payment details (candidate ids). */
  missing: z.array(z.string()),
});
export const batchListResponse = z.object({ batches: z.array(batchResponse) });

export const trackerResponse = z.object({
  batches: z.array(
    z.object({
      batchId: z.string(),
      panelId: z.string(),
      panelTitle: z.string(),
      paymentDate: z.string(),
      deadline: z.string(),
      payments: z.number(),
      unreported: z.number(),
      reportedAt: z.string().nullable(),
      state: z.enum(["reported", "overdue", "due_soon", "open"]),
    }),
  ),
});

/** The panelist's own fee status in their space. */
export const myFeesResponse = z.object({
  amountPerSessionCents: z.number(),
  travel: z.boolean(),
  giftCardOffered: z.boolean(),
  sessionsAttended: z.number(),
  details: z.object({ givenAt: z.string(), ibanEnd: z.string(), giftCard: z.boolean() }).nullable(),
  payments: z.array(
    z.object({
      status: z.enum(["draft", "approved", "paid"]),
      sessions: z.number(),
      grossCents: z.number(),
      withholdingCents: z.number(),
      netCents: z.number(),
      form: z.enum(["money", "gift_card"]),
      paymentDate: z.string(),
      paidAt: z.string().nullable(),
    }),
  ),
});

export function toPayment(p: FeePaymentRow): z.infer<typeof paymentResponse> {
  return {
    id: p.id,
    candidateId: p.candidateId,
    sessionsAttended: p.sessionsAttended,
    feeCents: p.feeCents,
    travelCents: p.travelCents,
    grossCents: p.grossCents,
    withholdingCents: p.withholdingCents,
    netCents: p.netCents,
    form: p.form,
    reason: p.reason,
    reportedAt: p.reportedAt?.toISOString() ?? null,
  };
}

export function toBatch(
  b: FeeBatch,
  payments: FeePaymentRow[],
  people: Map<string, string>,
  missing: string[] = [],
): z.infer<typeof batchResponse> {
  const sum = (f: (p: FeePaymentRow) => number) => payments.reduce((s, p) => s + f(p), 0);
  const who = (id: string | null) => (id ? { id, name: people.get(id) ?? "" } : null);
  return {
    id: b.id,
    panelId: b.panelId,
    status: b.status,
    payer: b.payer,
    paymentDate: b.paymentDate,
    createdAt: b.createdAt.toISOString(),
    preparedBy: who(b.createdBy),
    approvedAt: b.approvedAt?.toISOString() ?? null,
    approvedBy: who(b.approvedBy),
    paidAt: b.paidAt?.toISOString() ?? null,
    totals: {
      payments: payments.length,
      grossCents: sum((p) => p.grossCents),
      withholdingCents: sum((p) => p.withholdingCents),
      netCents: sum((p) => p.netCents),
    },
    payments: payments.map(toPayment),
    missing,
  };
}

/** The panel's check-ins with their travel costs (a batch id once paid). */
export const travelResponse = z.object({
  entries: z.array(
    z.object({
      sessionId: z.string(),
      candidateId: z.string(),
      travelCents: z.number(),
      batchId: z.string().nullable(),
    }),
  ),
});
