// The data of the Incomes Register's earnings payment report (tulorekisterin
// palkkatietoilmoitus) for fees paid as work compensation, and its deadline. What is and is not
// covered is in the README ("Incomes Register").
import { writeCsv } from "@kuulo/csv";
import { isValidHetu } from "@kuulo/dvv";
import { isValidBusinessId } from "./business-id.js";
import { addDays, nextWorkingDay } from "./holidays.js";
import { checkCents, formatCents, PaymentsError } from "./money.js";
import { isIsoDate } from "./pain001.js";
import type { WithholdingResult } from "./withholding.js";

/** Income type 336: work compensation (työkorvaus). */
export const INCOME_TYPE_WORK_COMPENSATION = 336;
/** Income type 402: withholding (ennakonpidätys), a deduction reported on the same report. */
export const INCOME_TYPE_WITHHOLDING = 402;

export interface EarningsPaymentInput {
  /** The payer's own reference of the report (e.g. the payment id). */
  reference: string;
  /** The payee's personal identity code (henkilötunnus). */
  personalIdentityCode: string;
  /** The withholding computed for this payment (gross, withholding, form). */
  payment: WithholdingResult;
}

export interface EarningsPaymentReport {
  reference: string;
  payerBusinessId: string;
  paymentDate: string;
  /** Last day for the report: see `reportingDeadline`. */
  deadline: string;
  incomeEarner: { personalIdentityCode: string };
  transactions: {
    incomeTypeCode: number;
    amountCents: number;
    /** Paid as something other than money (a gift card): reported as a benefit in kind. */
    noMoney: boolean;
  }[];
  withholdingCents: number;
}

/**
 * The last day of an earnings payment report: the 5th calendar day after the payment date; if
 * that is a Saturday, Sunday or holiday (see holidays.ts), the next working day.
 */
export function reportingDeadline(paymentDate: string): string {
  if (!isIsoDate(paymentDate))
    throw new PaymentsError(`paymentDate: ${paymentDate} is not YYYY-MM-DD`);
  return nextWorkingDay(addDays(paymentDate, 5));
}

/** One report per payment (= per payee and payment date), in the order given. */
export function earningsPaymentReports(options: {
  payerBusinessId: string;
  paymentDate: string;
  payments: EarningsPaymentInput[];
}): EarningsPaymentReport[] {
  if (!isValidBusinessId(options.payerBusinessId)) {
    throw new PaymentsError(`payerBusinessId: not a business ID (Y-tunnus)`);
  }
  const deadline = reportingDeadline(options.paymentDate);
  return options.payments.map((input, i) => {
    if (!isValidHetu(input.personalIdentityCode)) {
      // Never the code itself in the message.
      throw new PaymentsError(`payments[${i}].personalIdentityCode: not a valid identity code`);
    }
    const { payment } = input;
    checkCents(payment.grossCents, `payments[${i}].payment.grossCents`);
    checkCents(payment.withholdingCents, `payments[${i}].payment.withholdingCents`);
    return {
      reference: input.reference,
      payerBusinessId: options.payerBusinessId,
      paymentDate: options.paymentDate,
      deadline,
      incomeEarner: { personalIdentityCode: input.personalIdentityCode },
      transactions: [
        {
          incomeTypeCode: INCOME_TYPE_WORK_COMPENSATION,
          amountCents: payment.grossCents,
          noMoney: payment.form === "gift_card",
        },
      ],
      withholdingCents: payment.withholdingCents,
    };
  });
}

export const EARNINGS_CSV_HEADER = [
  "reference",
  "payer_business_id",
  "payment_date",
  "income_earner_id",
  "income_type",
  "amount",
  "no_money",
  "withholding",
  "deadline",
] as const;

/**
 * The reports as a CSV worksheet (`;`-separated, decimal comma, as Finnish spreadsheets read
 * it): one row per report. Not the Incomes Register's own upload format (see the README).
 */
export function earningsPaymentCsv(reports: EarningsPaymentReport[]): string {
  const euros = (cents: number) => formatCents(cents).replace(".", ",");
  const rows: string[][] = [[...EARNINGS_CSV_HEADER]];
  for (const r of reports) {
    for (const t of r.transactions) {
      rows.push([
        r.reference,
        r.payerBusinessId,
        r.paymentDate,
        r.incomeEarner.personalIdentityCode,
        String(t.incomeTypeCode),
        euros(t.amountCents),
        t.noMoney ? "1" : "0",
        euros(r.withholdingCents),
        r.deadline,
      ]);
    }
  }
  return writeCsv(rows, { delimiter: ";" });
}
