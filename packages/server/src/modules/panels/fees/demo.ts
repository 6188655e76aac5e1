import { syntheticHetu } from "@kuulo/dvv";
import { ibanFromBban } from "@kuulo/payments";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { panelCandidates, panelSessions } from "../schema.js";
import { findPanel } from "../setup.js";
import { SEATED, setAttendance } from "./attendance.js";
import { createFeeBatch, moveBatch } from "./batches.js";
import { givePaymentDetails } from "./details.js";
import type { PaymentDetailsInput } from "./validation.js";

/** The demo county's paying account (a synthetic Nordea IBAN, a valid business ID). */
export const DEMO_PAYER = {
  name: "Keski-Suomen hyvinvointialue (demo)",
  iban: ibanFromBban("FI", "12345600009999"),
  bic: "NDEAFIHH",
  businessId: "3221340-6",
};

/** Synthetic payment details of the demo's panelist `i`: a mix of tax cards, none, gift cards. */
function demoDetails(i: number, giftCards: boolean): PaymentDetailsInput {
  const taxStatus: PaymentDetailsInput["taxStatus"] =
    i % 4 === 0
      ? { kind: "none" }
      : i % 7 === 0
        ? { kind: "prepayment_register" }
        : {
            kind: "tax_card",
            ratePercent: 10 + (i % 25),
            additionalRatePercent: 40,
            incomeLimitCents: 500_000,
          };
  return {
    name: `Panelisti ${i + 1} (demo)`,
    streetAddress: `Kauppakatu ${i + 1}`,
    postalCode: "40100",
    city: "Jyväskylä",
    iban: ibanFromBban("FI", `1234560000${String(2000 + i).padStart(4, "0")}`),
    personalIdentityCode: syntheticHetu({
      birthDate: `19${50 + (i % 50)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      sex: i % 2 === 0 ? 2 : 1,
      serial: i % 50,
    }),
    taxStatus,
    giftCard: giftCards && i % 10 === 9,
  };
}

/**
 * For a demo panel whose sessions are over: attendance at every session (every seventh
 * panelist misses the second), synthetic payment details for every seated panelist, and a fee
 * batch approved and PAID on `paymentDate`, reported to the Incomes Register. Returns the batch.
 */
export async function seedDemoFees(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    panelId: string;
    paymentDate: string;
    retentionYears?: number;
  },
) {
  const { organizationId, panelId } = options;
  const actor = { label: "demo" };
  const panel = await findPanel(db, options);
  const sessions = await db
    .select()
    .from(panelSessions)
    .where(
      and(eq(panelSessions.panelId, panelId), eq(panelSessions.organizationId, organizationId)),
    )
    .orderBy(asc(panelSessions.position));
  const seated = await db
    .select()
    .from(panelCandidates)
    .where(
      and(
        eq(panelCandidates.panelId, panelId),
        eq(panelCandidates.organizationId, organizationId),
        inArray(panelCandidates.status, [...SEATED]),
      ),
    )
    .orderBy(asc(panelCandidates.number));
  const retentionYears = options.retentionYears ?? 6;
  for (const [i, c] of seated.entries()) {
    for (const [s, session] of sessions.entries())
      if (!(s === 1 && i % 7 === 3))
        await setAttendance(db, {
          organizationId,
          panelId,
          sessionId: session.id,
          candidateId: c.id,
          present: true,
          actor,
        });
    await givePaymentDetails(db, sealer, {
      organizationId,
      panelId,
      candidateId: c.id,
      input: demoDetails(i, panel.fees.giftCard),
      retentionYears,
    });
  }
  const { batch } = await createFeeBatch(db, sealer, {
    organizationId,
    panelId,
    input: { payer: DEMO_PAYER, paymentDate: options.paymentDate },
    actor,
  });
  await moveBatch(db, {
    organizationId,
    panelId,
    batchId: batch.id,
    to: "approved",
    retentionYears,
    actor,
  });
  return moveBatch(db, {
    organizationId,
    panelId,
    batchId: batch.id,
    to: "paid",
    paymentDate: options.paymentDate,
    retentionYears,
    actor,
  });
}
