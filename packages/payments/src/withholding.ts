// Tax withholding (ennakonpidätys) for fees paid as work compensation (työkorvaus). The rules
// and their sources are in the README ("Withholding").
import { basisPoints, checkCents, PaymentsError, percentOf } from "./money.js";

/** What the payee has given the payer about their taxation. */
export type TaxStatus =
  /** A tax card for work compensation: its % up to the income limit, the additional % above. */
  | {
      kind: "tax_card";
      ratePercent: number;
      additionalRatePercent: number;
      /** The card's income limit for the calendar year, in cents. */
      incomeLimitCents: number;
      /** What this payer has already paid the payee this year, counted against the limit. */
      paidThisYearCents: number;
    }
  /** The payee is in the prepayment register (ennakkoperintärekisteri). */
  | { kind: "prepayment_register" }
  /** No tax card given. */
  | { kind: "none" };

export interface FeePayment {
  /** The payee's id: several payments with one id are one payee on this occasion. */
  payeeId: string;
  /** The fee (taxable work compensation), in cents. */
  grossCents: number;
  /** "money": a bank transfer; "gift_card": a gift card of this face value, no transfer. */
  form: "money" | "gift_card";
  taxStatus: TaxStatus;
}

export type WithholdingReason =
  | "tax_card"
  | "tax_card_over_limit"
  | "no_tax_card"
  | "prepayment_register"
  | "under_small_payment_limit"
  | "gift_card";

export interface WithholdingResult {
  payeeId: string;
  form: "money" | "gift_card";
  grossCents: number;
  withholdingCents: number;
  /** gross − withholding: what the payee receives (as money, or the gift card's value). */
  netCents: number;
  /** Whether the net is paid by bank transfer (false for a gift card). */
  bankTransfer: boolean;
  reason: WithholdingReason;
}

export interface WithholdingOptions {
  payments: FeePayment[];
  /**
   * Money paid to one payee on one occasion below this is not withheld from (default 2000:
   * "under 20 euros"); 0 turns the rule off.
   */
  smallPaymentLimitCents?: number;
}

/** Withholding without a tax card: 60 %. */
export const NO_TAX_CARD_RATE_BP = 6000;
export const SMALL_PAYMENT_LIMIT_CENTS = 2000;

/**
 * The withholding of each payment, in the order given. Money payments of one payee are added up
 * for the small-payment rule, and count one after the other against the tax card's limit.
 */
export function computeWithholding(options: WithholdingOptions): WithholdingResult[] {
  const limit = checkCents(
    options.smallPaymentLimitCents ?? SMALL_PAYMENT_LIMIT_CENTS,
    "smallPaymentLimitCents",
  );
  const moneyByPayee = new Map<string, number>();
  for (const [i, p] of options.payments.entries()) {
    checkCents(p.grossCents, `payments[${i}].grossCents`);
    if (p.form !== "money" && p.form !== "gift_card") {
      throw new PaymentsError(`payments[${i}].form: "${p.form}" is not money or gift_card`);
    }
    if (p.form === "money") {
      moneyByPayee.set(p.payeeId, (moneyByPayee.get(p.payeeId) ?? 0) + p.grossCents);
    }
  }
  // Running total against each payee's income limit.
  const paidSoFar = new Map<string, number>();
  return options.payments.map((p, i) => {
    const base = { payeeId: p.payeeId, form: p.form, grossCents: p.grossCents };
    const none = (reason: WithholdingReason): WithholdingResult => ({
      ...base,
      withholdingCents: 0,
      netCents: p.grossCents,
      bankTransfer: p.form === "money",
      reason,
    });
    const status = p.taxStatus;
    if (status.kind === "prepayment_register") return none("prepayment_register");
    if (p.form === "gift_card") return none("gift_card");
    if ((moneyByPayee.get(p.payeeId) ?? 0) < limit) return none("under_small_payment_limit");
    const withheld = (withholdingCents: number, reason: WithholdingReason) => ({
      ...base,
      withholdingCents,
      netCents: p.grossCents - withholdingCents,
      bankTransfer: true,
      reason,
    });
    if (status.kind === "none") {
      return withheld(percentOf(p.grossCents, NO_TAX_CARD_RATE_BP), "no_tax_card");
    }
    if (status.kind !== "tax_card") {
      throw new PaymentsError(`payments[${i}].taxStatus.kind: "${(status as TaxStatus).kind}"`);
    }
    const where = `payments[${i}].taxStatus`;
    const rate = basisPoints(status.ratePercent, `${where}.ratePercent`);
    const additional = basisPoints(status.additionalRatePercent, `${where}.additionalRatePercent`);
    const incomeLimit = checkCents(status.incomeLimitCents, `${where}.incomeLimitCents`);
    const before =
      paidSoFar.get(p.payeeId) ??
      checkCents(status.paidThisYearCents, `${where}.paidThisYearCents`);
    paidSoFar.set(p.payeeId, before + p.grossCents);
    const underLimit = Math.min(p.grossCents, Math.max(0, incomeLimit - before));
    const overLimit = p.grossCents - underLimit;
    return withheld(
      percentOf(underLimit, rate) + percentOf(overLimit, additional),
      overLimit > 0 ? "tax_card_over_limit" : "tax_card",
    );
  });
}
