import { syntheticHetu } from "@kuulo/dvv";
import { ibanFromBban } from "@kuulo/payments";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { panelCandidates, panelSessions } from "../schema.js";
import { panelWithCandidates } from "../testing.js";
import { setAttendance } from "./attendance.js";
import { createFeeBatch, moveBatch } from "./batches.js";
import { givePaymentDetails } from "./details.js";
import type { PaymentDetailsInput } from "./validation.js";

/** Three sessions for a panel's set-up (evening and two Saturdays). */
export const THREE_SESSIONS = ["2027-02-04", "2027-02-13", "2027-02-27"].map((date, i) => ({
  date,
  startTime: i === 0 ? "17:00" : "10:00",
  endTime: i === 0 ? "20:00" : "16:00",
  place: "Kirjasto",
  accessibility: "Esteetön",
  onlineUrl: null,
}));

/** Synthetic but valid payment details for payee `n` (a Nordea IBAN, a 1990s hetu). */
export function syntheticDetails(
  n: number,
  overrides: Partial<PaymentDetailsInput> = {},
): PaymentDetailsInput {
  return {
    name: `Panelisti ${n} Mäkelä`,
    streetAddress: `Kauppakatu ${n + 1}`,
    postalCode: "04400",
    city: "Järvenpää",
    iban: ibanFromBban("FI", `1234560000${String(1000 + n).padStart(4, "0")}`),
    personalIdentityCode: syntheticHetu({
      birthDate: `199${n % 10}-0${(n % 9) + 1}-1${n % 9}`,
      sex: n % 2 === 1 ? 1 : 2,
      serial: n % 50,
    }),
    taxStatus: { kind: "none" },
    giftCard: false,
    ...overrides,
  };
}

/** The paying organization of tests and the demo (a valid business ID and Nordea account). */
export const SAMPLE_PAYER = {
  name: "Keski-Uusimaan hyvinvointialue",
  iban: ibanFromBban("FI", "12345600009999"),
  bic: "NDEAFIHH",
  businessId: "3221340-6",
};

/**
 * A drawn panel taken as far as a fee route (by its url) needs, for the route walks
 * (route-samples.ts): a session, a seated candidate with payment details and attendance, and a
 * batch in the state the route acts on (draft to approve, approved to pay or export, paid to
 * report).
 */
export async function feeRouteTarget(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; url: string },
): Promise<{ panelId: string; candidateId: string; sessionId: string; batchId?: string }> {
  const { organizationId, url } = options;
  const { panel } = await panelWithCandidates(db, sealer, {
    organizationId,
    count: 12,
    k: 3,
    draw: "palkkio-reitti",
  });
  const [candidate] = await db
    .select()
    .from(panelCandidates)
    .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "selected")));
  const [session] = await db
    .select()
    .from(panelSessions)
    .where(eq(panelSessions.panelId, panel.id));
  const ids = { panelId: panel.id, candidateId: candidate!.id, sessionId: session!.id };
  const actor = { label: "test" };
  const scope = { organizationId, panelId: panel.id };
  await givePaymentDetails(db, sealer, {
    ...scope,
    candidateId: candidate!.id,
    input: syntheticDetails(1),
    retentionYears: 6,
  });
  if (!url.includes("/fee-batches/:batchId") && !url.includes("/travel/")) return ids;
  await setAttendance(db, {
    ...scope,
    sessionId: session!.id,
    candidateId: candidate!.id,
    present: true,
    actor,
  });
  if (url.includes("/travel/")) return ids;
  const { batch } = await createFeeBatch(db, sealer, {
    ...scope,
    input: { payer: SAMPLE_PAYER, paymentDate: "2027-03-10" },
    actor,
  });
  const steps: ("approved" | "paid")[] = /\/(paid|pain001)$/.test(url)
    ? ["approved"]
    : /\/(incomes-register(\/xml)?|reported)$/.test(url)
      ? ["approved", "paid"]
      : [];
  for (const to of steps)
    await moveBatch(db, { ...scope, batchId: batch.id, to, retentionYears: 6, actor });
  return { ...ids, batchId: batch.id };
}
