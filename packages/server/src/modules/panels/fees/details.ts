import { isValidHetu } from "@kuulo/dvv";
import { finnishBic, isValidBic, validateIban } from "@kuulo/payments";
import { redactIdentityCodes } from "@kuulo/text";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError, type FieldError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import type { CandidateContact } from "../candidates.js";
import { panelCandidates, panelPaymentDetails } from "../schema.js";
import { findPanel } from "../setup.js";
import { SEATED } from "./attendance.js";
import type { PaymentDetailsInput, TaxStatusInput } from "./validation.js";

/** The sealed JSON of `panel_payment_details.details_sealed`. */
export interface PaymentDetails {
  name: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  /** Electronic format (no spaces). */
  iban: string;
  bic: string | null;
  personalIdentityCode: string;
  taxStatus: TaxStatusInput;
  giftCard: boolean;
}

/**
 * The first moment the details may be deleted: the end of the calendar year `years` years after
 * the year of `from` (Bookkeeping Act 2:10 §: vouchers are kept six years from the end of the
 * year of the financial period).
 */
export function retentionEnd(from: Date, years: number): Date {
  return new Date(Date.UTC(from.getUTCFullYear() + years + 1, 0, 1));
}

/** Checks the form beyond its shape; field errors name `body.<field>`. */
export function detailsErrors(input: PaymentDetailsInput): FieldError[] {
  const errors: FieldError[] = [];
  const iban = validateIban(input.iban);
  if (!iban.ok)
    errors.push({
      path: "body.iban",
      message: `is not a valid IBAN (${iban.problem})`,
      code: "invalid_format",
      params: { format: "iban", reason: iban.problem },
    });
  else if (!finnishBic(iban.iban) && !input.bic)
    errors.push({ path: "body.bic", message: "give the bank's BIC", code: "required" });
  if (input.bic && !isValidBic(input.bic.toUpperCase()))
    errors.push({
      path: "body.bic",
      message: "is not a BIC",
      code: "invalid_format",
      params: { format: "bic" },
    });
  if (!isValidHetu(input.personalIdentityCode.toUpperCase()))
    errors.push({
      path: "body.personalIdentityCode",
      message: "is not a valid personal identity code",
      code: "invalid_format",
      params: { format: "hetu" },
    });
  return errors;
}

/** The panelist gives (or replaces) their payment details; everything sealed, audited. */
export async function givePaymentDetails(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    panelId: string;
    candidateId: string;
    input: PaymentDetailsInput;
    retentionYears: number;
    now?: Date;
  },
): Promise<{ givenAt: Date }> {
  const { input } = options;
  const errors = detailsErrors(input);
  if (errors.length > 0)
    throw new AppError("validation.failed", "The payment details are not valid.", { errors });
  const panel = await findPanel(db, options);
  if (input.giftCard && !panel.fees.giftCard)
    throw new AppError("validation.failed", "This panel pays no gift cards.", {
      errors: [
        { path: "body.giftCard", message: "this panel pays no gift cards", code: "invalid" },
      ],
    });
  const iban = validateIban(input.iban);
  if (!iban.ok) throw new AppError("validation.failed");
  const details: PaymentDetails = {
    name: input.name,
    streetAddress: input.streetAddress,
    postalCode: input.postalCode,
    city: input.city,
    iban: iban.iban,
    bic: input.bic ? input.bic.toUpperCase() : finnishBic(iban.iban),
    personalIdentityCode: input.personalIdentityCode.toUpperCase(),
    taxStatus: input.taxStatus,
    giftCard: input.giftCard,
  };
  const now = options.now ?? new Date();
  const values = {
    detailsSealed: sealer.seal(JSON.stringify(details)),
    givenAt: now,
    deleteAfter: retentionEnd(now, options.retentionYears),
  };
  return db.transaction(async (tx) => {
    await tx
      .insert(panelPaymentDetails)
      .values({
        organizationId: options.organizationId,
        panelId: options.panelId,
        candidateId: options.candidateId,
        ...values,
      })
      .onConflictDoUpdate({ target: panelPaymentDetails.candidateId, set: values });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: { label: "panelist" },
      action: "panels.payment_details_given",
      targetType: "panel_candidate",
      targetId: options.candidateId,
      detail: { panelId: options.panelId },
    });
    return { givenAt: now };
  });
}

/** The sealed details of the panel's payees, by candidate id (no audit: callers record it). */
export async function openPaymentDetails(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; candidateIds?: string[] },
): Promise<Map<string, PaymentDetails & { givenAt: Date }>> {
  const rows = await db
    .select()
    .from(panelPaymentDetails)
    .where(
      and(
        eq(panelPaymentDetails.panelId, options.panelId),
        eq(panelPaymentDetails.organizationId, options.organizationId),
        options.candidateIds
          ? inArray(panelPaymentDetails.candidateId, options.candidateIds)
          : undefined,
      ),
    );
  return new Map(
    rows.map((r) => [
      r.candidateId,
      { ...(JSON.parse(sealer.open(r.detailsSealed)) as PaymentDetails), givenAt: r.givenAt },
    ]),
  );
}

/**
 * Who has given their details (never the values): the seated panelists with number and name.
 * The names are personal data read by staff, so the list is audited (`panels.payment_status_read`).
 */
export async function paymentDetailsStatus(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; actor: Actor },
) {
  await findPanel(db, options);
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "panels.payment_status_read",
    targetType: "panel",
    targetId: options.panelId,
    detail: {},
  });
  const seated = await db
    .select()
    .from(panelCandidates)
    .where(
      and(
        eq(panelCandidates.panelId, options.panelId),
        eq(panelCandidates.organizationId, options.organizationId),
        inArray(panelCandidates.status, [...SEATED]),
      ),
    )
    .orderBy(asc(panelCandidates.number));
  const given = await db
    .select({ candidateId: panelPaymentDetails.candidateId, givenAt: panelPaymentDetails.givenAt })
    .from(panelPaymentDetails)
    .where(
      and(
        eq(panelPaymentDetails.panelId, options.panelId),
        eq(panelPaymentDetails.organizationId, options.organizationId),
      ),
    );
  const at = new Map(given.map((g) => [g.candidateId, g.givenAt]));
  return seated.map((c) => ({
    candidateId: c.id,
    number: c.number,
    name: c.contactSealed
      ? ((JSON.parse(sealer.open(c.contactSealed)) as CandidateContact).name ?? "")
      : "",
    givenAt: at.get(c.id)?.toISOString() ?? null,
  }));
}

/**
 * One payee's details for staff holding `payments`: audited, the personal identity code
 * redacted by the shared redaction (it leaves the server only in the Incomes Register report).
 */
export async function readPaymentDetails(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; candidateId: string; actor: Actor },
) {
  await findPanel(db, options);
  const details = (
    await openPaymentDetails(db, sealer, { ...options, candidateIds: [options.candidateId] })
  ).get(options.candidateId);
  if (!details) throw new AppError("not_found", "No payment details given.");
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "panels.payment_details_read",
    targetType: "panel_candidate",
    targetId: options.candidateId,
    detail: { panelId: options.panelId },
  });
  return {
    ...details,
    personalIdentityCode: redactIdentityCodes(details.personalIdentityCode).text,
    givenAt: details.givenAt.toISOString(),
  };
}
