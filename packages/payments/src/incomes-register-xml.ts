// The earnings payment reports as the Incomes Register's own XML delivery (WageReportsToIR, the
// format its e-service's file upload and technical interface take). What is written and why is in
// the README ("Incomes Register XML").
import {
  type EarningsPaymentReport,
  INCOME_TYPE_WITHHOLDING,
  INCOME_TYPE_WORK_COMPENSATION,
} from "./incomes-register.js";
import { formatCents, PaymentsError } from "./money.js";
import { isIsoDate } from "./pain001.js";
import { xmlEscape } from "./sepa-text.js";

export const WAGE_REPORTS_NAMESPACE = "http://www.tulorekisteri.fi/2017/1/WageReportsToIR";

/** Delivery data type 100: earnings payment reports (ansiotulojen palkkatietoilmoitukset). */
const DELIVERY_DATA_TYPE_EARNINGS = 100;
/** Identifier types: 1 business ID (Y-tunnus), 2 Finnish personal identity code. */
const ID_BUSINESS = 1;
const ID_PERSONAL = 2;
/** Action code 1: a new report (not a replacement). */
const ACTION_NEW = 1;
/** Handling of faulty data: 1 only the faulty reports are rejected, 2 the whole delivery. */
const FAULTY_REJECT_DELIVERY = 2;

export interface WageReportsDelivery {
  /** The payer's own identifier of the delivery: unique per payer, at most 40 characters. */
  deliveryId: string;
  /** When the delivery was made (written as an xs:dateTime in UTC). */
  createdAt: Date;
  /** The person the Incomes Register contacts about the delivery. */
  contact: { name: string; phone: string; email?: string };
  /** The pay period the fees are for; defaults to the payment date alone. */
  period?: { start: string; end: string };
  /** false for the Incomes Register's test service. Default true. */
  production?: boolean;
  /** The reports, all of one payer and one payment date (`earningsPaymentReports`). */
  reports: EarningsPaymentReport[];
}

/** Collapses whitespace, as the schema's normalized strings are read, and checks the length. */
function text(value: string, max: number, what: string): string {
  const clean = value.replace(/\s+/g, " ").trim();
  if (clean.length === 0) throw new PaymentsError(`${what}: missing`);
  if ([...clean].length > max) throw new PaymentsError(`${what}: more than ${max} characters`);
  return xmlEscape(clean);
}

function id(type: number, code: string): string {
  return `<Type>${type}</Type><Code>${xmlEscape(code)}</Code>`;
}

function transaction(code: number, cents: number, noMoney = false): string {
  const flag = noMoney ? "<NoMoney>true</NoMoney>" : "";
  return `<Transaction><TransactionBasic><TransactionCode>${code}</TransactionCode><Amount>${formatCents(cents)}</Amount>${flag}</TransactionBasic></Transaction>`;
}

function report(r: EarningsPaymentReport, i: number): string {
  const transactions = r.transactions.map((t) => {
    if (t.incomeTypeCode !== INCOME_TYPE_WORK_COMPENSATION)
      throw new PaymentsError(`reports[${i}]: income type ${t.incomeTypeCode} is not written`);
    return transaction(t.incomeTypeCode, t.amountCents, t.noMoney);
  });
  // The withholding is a deduction on the same report; nothing withheld, nothing reported.
  if (r.withholdingCents > 0)
    transactions.push(transaction(INCOME_TYPE_WITHHOLDING, r.withholdingCents));
  return [
    "<Report>",
    `<ReportData><ActionCode>${ACTION_NEW}</ActionCode><ReportId>${text(r.reference, 40, `reports[${i}].reference`)}</ReportId></ReportData>`,
    `<IncomeEarner><IncomeEarnerIds><Id>${id(ID_PERSONAL, r.incomeEarner.personalIdentityCode)}</Id></IncomeEarnerIds></IncomeEarner>`,
    `<Transactions>${transactions.join("")}</Transactions>`,
    "</Report>",
  ].join("");
}

/**
 * One delivery (aineisto) of earnings payment reports, ready for the Incomes Register's file
 * upload. Throws a PaymentsError naming the field when something cannot be written; the
 * personal identity codes were checked by `earningsPaymentReports` and are never in a message.
 */
export function wageReportsXml(delivery: WageReportsDelivery): string {
  const { reports } = delivery;
  const first = reports[0];
  if (!first) throw new PaymentsError("reports: a delivery needs at least one report");
  reports.forEach((r, i) => {
    if (r.payerBusinessId !== first.payerBusinessId || r.paymentDate !== first.paymentDate)
      throw new PaymentsError(`reports[${i}]: another payer or payment date than reports[0]`);
  });
  const period = delivery.period ?? { start: first.paymentDate, end: first.paymentDate };
  for (const [field, date] of Object.entries(period)) {
    if (!isIsoDate(date)) throw new PaymentsError(`period.${field}: ${date} is not YYYY-MM-DD`);
  }
  if (period.start > period.end) throw new PaymentsError("period: starts after it ends");
  const { contact } = delivery;
  const payer = id(ID_BUSINESS, first.payerBusinessId);
  const email = contact.email?.trim()
    ? `<Email>${text(contact.email, 70, "contact.email")}</Email>`
    : "";
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<wrtir:WageReportsRequestToIR xmlns:wrtir="${WAGE_REPORTS_NAMESPACE}">`,
    "<DeliveryData>",
    `<Timestamp>${delivery.createdAt.toISOString()}</Timestamp>`,
    "<Source>Kuulo</Source>",
    `<DeliveryDataType>${DELIVERY_DATA_TYPE_EARNINGS}</DeliveryDataType>`,
    `<DeliveryId>${text(delivery.deliveryId, 40, "deliveryId")}</DeliveryId>`,
    `<FaultyControl>${FAULTY_REJECT_DELIVERY}</FaultyControl>`,
    `<ProductionEnvironment>${delivery.production === false ? "false" : "true"}</ProductionEnvironment>`,
    `<DeliveryDataOwner>${payer}</DeliveryDataOwner>`,
    `<DeliveryDataCreator>${payer}</DeliveryDataCreator>`,
    `<DeliveryDataSender>${payer}</DeliveryDataSender>`,
    `<PaymentPeriod><PaymentDate>${first.paymentDate}</PaymentDate><StartDate>${period.start}</StartDate><EndDate>${period.end}</EndDate></PaymentPeriod>`,
    "<ContactPersons><ContactPerson>",
    `<Name>${text(contact.name, 200, "contact.name")}</Name>`,
    `<Telephone>${text(contact.phone, 40, "contact.phone")}</Telephone>`,
    email,
    "</ContactPerson></ContactPersons>",
    `<Payer><PayerIds><Id>${payer}</Id></PayerIds></Payer>`,
    `<Reports>${reports.map(report).join("")}</Reports>`,
    "</DeliveryData>",
    "</wrtir:WageReportsRequestToIR>",
    "",
  ].join("\n");
}
