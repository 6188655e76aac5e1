// ISO 20022 pain.001.001.03 (CustomerCreditTransferInitiationV03): a SEPA credit transfer batch
// in the shape of Finance Finland's payment guide — one payment information block (one debit
// date and account), one transaction per payee. See the README for every choice made.
import { isValidBusinessId } from "./business-id.js";
import { electronicIban, isValidBic, validateIban } from "./iban.js";
import { checkCents, formatCents } from "./money.js";
import { isSepaIdentifier, sepaText, xmlEscape } from "./sepa-text.js";

export interface Payer {
  name: string;
  iban: string;
  bic: string;
  /** Y-tunnus, e.g. 0201256-6. */
  businessId: string;
}

export interface CreditTransfer {
  /** EndToEndId: returned to the payer on the bank statement; unique in the file. */
  id: string;
  name: string;
  iban: string;
  /** Omitted from the file when unknown (IBAN-only payments are allowed in SEPA). */
  bic?: string | null;
  amountCents: number;
  /** Unstructured remittance information, at most 140 characters (longer is cut). */
  message: string;
}

export interface Pain001Options {
  payer: Payer;
  payments: CreditTransfer[];
  /** Requested execution date, YYYY-MM-DD. */
  executionDate: string;
  /** MsgId (≤ 35 characters, unique per payer): by default from createdAt. */
  messageId?: string;
  createdAt?: Date;
  /**
   * The scheme code of the business ID in InitgPty and Dbtr (OrgId/Othr/SchmeNm/Cd). Default
   * "Y" (Finnish business ID); some banks want their service ID with "BANK" instead.
   */
  businessIdScheme?: string;
}

export interface Pain001Problem {
  /** Where: "payer.iban", "payments[3].amountCents", "executionDate" … */
  field: string;
  message: string;
}

export class Pain001Error extends Error {
  override name = "Pain001Error";
  constructor(readonly problems: Pain001Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  }
}

export interface Pain001Result {
  xml: string;
  messageId: string;
  transactions: number;
  controlSumCents: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Every problem of the input, all at once (an empty list: the file can be written). */
export function pain001Problems(options: Pain001Options): Pain001Problem[] {
  const problems: Pain001Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const { payer } = options;
  if (!sepaText(payer.name ?? "", 70)) add("payer.name", "missing");
  const payerIban = validateIban(payer.iban ?? "");
  if (!payerIban.ok) add("payer.iban", `not a valid IBAN: ${payerIban.detail}`);
  if (!isValidBic(payer.bic ?? "")) add("payer.bic", "not a BIC (8 or 11 characters)");
  if (!isValidBusinessId(payer.businessId ?? "")) {
    add("payer.businessId", "not a business ID (Y-tunnus) such as 0201256-6");
  }
  if (!isIsoDate(options.executionDate)) add("executionDate", "expected a date YYYY-MM-DD");
  if (options.messageId !== undefined && !isSepaIdentifier(options.messageId)) {
    add("messageId", "1–35 characters: letters, digits and / - ? : ( ) . , ' +");
  }
  if (options.payments.length === 0) add("payments", "no payments");
  const ids = new Set<string>();
  for (const [i, p] of options.payments.entries()) {
    const at = (f: string) => `payments[${i}].${f}`;
    if (!isSepaIdentifier(p.id ?? "")) {
      add(at("id"), "1–35 characters: letters, digits and / - ? : ( ) . , ' + (no spaces)");
    } else if (ids.has(p.id)) add(at("id"), `the id ${p.id} is used twice`);
    ids.add(p.id);
    if (!sepaText(p.name ?? "", 70)) add(at("name"), "missing");
    const iban = validateIban(p.iban ?? "");
    if (!iban.ok) add(at("iban"), `not a valid IBAN: ${iban.detail}`);
    if (p.bic != null && !isValidBic(p.bic)) add(at("bic"), "not a BIC (8 or 11 characters)");
    try {
      checkCents(p.amountCents, "amount");
      if (p.amountCents === 0) add(at("amountCents"), "must be more than 0");
      else if (p.amountCents > 99_999_999_999) {
        add(at("amountCents"), "too large (at most 999 999 999.99 euros in one SEPA transfer)");
      }
    } catch (error) {
      add(at("amountCents"), (error as Error).message);
    }
  }
  return problems;
}

function defaultMessageId(createdAt: Date): string {
  return `KUULO-${createdAt.toISOString().replace(/\D/g, "").slice(0, 17)}`;
}

/** The pain.001.001.03 document; throws Pain001Error listing every problem of the input. */
export function writePain001(options: Pain001Options): Pain001Result {
  const problems = pain001Problems(options);
  if (problems.length > 0) throw new Pain001Error(problems);
  const createdAt = options.createdAt ?? new Date();
  const messageId = options.messageId ?? defaultMessageId(createdAt);
  const scheme = options.businessIdScheme ?? "Y";
  const { payer, payments } = options;
  const controlSumCents = payments.reduce((sum, p) => sum + p.amountCents, 0);
  const count = String(payments.length);
  const sum = formatCents(controlSumCents);
  const t = (text: string) => xmlEscape(text);
  const orgId =
    `<Id><OrgId><Othr><Id>${t(payer.businessId)}</Id>` +
    `<SchmeNm><Cd>${t(scheme)}</Cd></SchmeNm></Othr></OrgId></Id>`;
  const payerName = t(sepaText(payer.name, 70));
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    `<CstmrCdtTrfInitn>`,
    `<GrpHdr>`,
    `<MsgId>${t(messageId)}</MsgId>`,
    `<CreDtTm>${createdAt.toISOString().slice(0, 19)}Z</CreDtTm>`,
    `<NbOfTxs>${count}</NbOfTxs>`,
    `<CtrlSum>${sum}</CtrlSum>`,
    `<InitgPty><Nm>${payerName}</Nm>${orgId}</InitgPty>`,
    `</GrpHdr>`,
    `<PmtInf>`,
    `<PmtInfId>${t(messageId.slice(0, 33))}-1</PmtInfId>`,
    `<PmtMtd>TRF</PmtMtd>`,
    `<NbOfTxs>${count}</NbOfTxs>`,
    `<CtrlSum>${sum}</CtrlSum>`,
    `<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>`,
    `<ReqdExctnDt>${options.executionDate}</ReqdExctnDt>`,
    `<Dbtr><Nm>${payerName}</Nm>${orgId}</Dbtr>`,
    `<DbtrAcct><Id><IBAN>${electronicIban(payer.iban)}</IBAN></Id></DbtrAcct>`,
    `<DbtrAgt><FinInstnId><BIC>${t(payer.bic)}</BIC></FinInstnId></DbtrAgt>`,
    `<ChrgBr>SLEV</ChrgBr>`,
  ];
  for (const p of payments) {
    const message = sepaText(p.message ?? "", 140);
    lines.push(
      `<CdtTrfTxInf>`,
      `<PmtId><EndToEndId>${t(p.id)}</EndToEndId></PmtId>`,
      `<Amt><InstdAmt Ccy="EUR">${formatCents(p.amountCents)}</InstdAmt></Amt>`,
      ...(p.bic ? [`<CdtrAgt><FinInstnId><BIC>${t(p.bic)}</BIC></FinInstnId></CdtrAgt>`] : []),
      `<Cdtr><Nm>${t(sepaText(p.name, 70))}</Nm></Cdtr>`,
      `<CdtrAcct><Id><IBAN>${electronicIban(p.iban)}</IBAN></Id></CdtrAcct>`,
      ...(message ? [`<RmtInf><Ustrd>${t(message)}</Ustrd></RmtInf>`] : []),
      `</CdtTrfTxInf>`,
    );
  }
  lines.push(`</PmtInf>`, `</CstmrCdtTrfInitn>`, `</Document>`, "");
  return { xml: lines.join("\n"), messageId, transactions: payments.length, controlSumCents };
}
