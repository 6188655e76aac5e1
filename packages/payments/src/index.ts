// @kuulo/payments: paying panel fees — IBANs and BICs, tax withholding for work compensation,
// ISO 20022 pain.001.001.03 payment files, the Incomes Register's earnings payment reports and
// the treasurer's payments.csv. Pure: values in, values out (schema validation of the payment
// file is in the Node-only entry `@kuulo/payments/validate`).

export { businessIdCheckDigit, isValidBusinessId } from "./business-id.js";
export {
  addDays,
  easterSunday,
  finnishHolidays,
  isWorkingDay,
  nextWorkingDay,
} from "./holidays.js";
export {
  electronicIban,
  FINNISH_BICS,
  finnishBic,
  type IbanProblem,
  type IbanResult,
  ibanFromBban,
  ibanMod97,
  isValidBic,
  paperIban,
  SEPA_IBAN_LENGTHS,
  validateIban,
} from "./iban.js";
export {
  EARNINGS_CSV_HEADER,
  type EarningsPaymentInput,
  type EarningsPaymentReport,
  earningsPaymentCsv,
  earningsPaymentReports,
  INCOME_TYPE_WITHHOLDING,
  INCOME_TYPE_WORK_COMPENSATION,
  reportingDeadline,
} from "./incomes-register.js";
export {
  WAGE_REPORTS_NAMESPACE,
  type WageReportsDelivery,
  wageReportsXml,
} from "./incomes-register-xml.js";
export {
  basisPoints,
  checkCents,
  formatCents,
  PaymentsError,
  parseEuros,
  percentOf,
} from "./money.js";
export {
  type CreditTransfer,
  isIsoDate,
  Pain001Error,
  type Pain001Options,
  type Pain001Problem,
  type Pain001Result,
  type Payer,
  pain001Problems,
  writePain001,
} from "./pain001.js";
export {
  PAYMENTS_CSV_COLUMNS,
  type PaymentsCsvProblem,
  type PaymentsCsvResult,
  readPaymentsCsv,
} from "./payments-csv.js";
export { isSepaIdentifier, isSepaText, sepaText, xmlEscape } from "./sepa-text.js";
export {
  computeWithholding,
  type FeePayment,
  NO_TAX_CARD_RATE_BP,
  SMALL_PAYMENT_LIMIT_CENTS,
  type TaxStatus,
  type WithholdingOptions,
  type WithholdingReason,
  type WithholdingResult,
} from "./withholding.js";
