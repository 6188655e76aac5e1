// The treasurer's payments.csv: `id,name,iban,amount,message` (an optional `bic` column too).
// Comma- or semicolon-separated (as Finnish Excel saves CSV), with or without a byte order mark;
// amounts in euros with a dot or a comma. Every problem is collected, by line and field.
import { CsvError, csvRecords, detectDelimiter } from "@kuulo/csv";
import { finnishBic, isValidBic, validateIban } from "./iban.js";
import { parseEuros } from "./money.js";
import type { CreditTransfer } from "./pain001.js";
import { isSepaIdentifier } from "./sepa-text.js";

export const PAYMENTS_CSV_COLUMNS = ["id", "name", "iban", "amount", "message"] as const;

export interface PaymentsCsvProblem {
  /** 1-based line of the file (the header is usually line 1). */
  line: number;
  /** The column, or null for a problem of the whole line or file. */
  field: string | null;
  message: string;
}

export interface PaymentsCsvResult {
  payments: CreditTransfer[];
  /** The line of each payment in `payments`. */
  lines: number[];
  problems: PaymentsCsvProblem[];
  delimiter: string;
}

const IBAN_PROBLEMS = {
  characters: "has characters other than letters, digits and spaces",
  country: "is not from a SEPA country",
  length: "has the wrong length for its country",
  checksum: "has wrong check digits (a typo?)",
} as const;

/**
 * Reads payments.csv. Payments come with the IBAN in electronic format and the BIC from the
 * `bic` column or, for a Finnish IBAN, from the bank code (else none: IBAN only).
 */
export function readPaymentsCsv(text: string): PaymentsCsvResult {
  const problems: PaymentsCsvProblem[] = [];
  const payments: CreditTransfer[] = [];
  const lines: number[] = [];
  const delimiter = detectDelimiter(text);
  const add = (line: number, field: string | null, message: string) =>
    problems.push({ line, field, message });
  try {
    const records = csvRecords(text, { delimiter });
    const first = records.next();
    if (first.done) {
      add(1, null, `the file is empty (expected the header ${PAYMENTS_CSV_COLUMNS.join(",")})`);
      return { payments, lines, problems, delimiter };
    }
    const header = first.value.fields.map((h) => h.trim().toLowerCase());
    const column = new Map(header.map((name, i) => [name, i]));
    const missing = PAYMENTS_CSV_COLUMNS.filter((c) => !column.has(c));
    if (missing.length > 0) {
      add(
        first.value.line,
        null,
        `the header has no column ${missing.join(", ")} (expected ${PAYMENTS_CSV_COLUMNS.join(delimiter)})`,
      );
      return { payments, lines, problems, delimiter };
    }
    const seen = new Map<string, number>();
    for (const { line, fields } of records) {
      if (fields.length !== header.length) {
        add(line, null, `${fields.length} fields, the header has ${header.length}`);
        continue;
      }
      const at = (name: string) => (column.has(name) ? fields[column.get(name)!]!.trim() : "");
      const before = problems.length;
      const id = at("id");
      if (!id) add(line, "id", "missing");
      else if (!isSepaIdentifier(id)) {
        add(line, "id", `"${id}": 1–35 letters, digits or / - ? : ( ) . , ' + (no spaces)`);
      } else if (seen.has(id)) add(line, "id", `"${id}" is also on line ${seen.get(id)}`);
      else seen.set(id, line);
      const name = at("name");
      if (!name) add(line, "name", "missing");
      const ibanText = at("iban");
      const iban = validateIban(ibanText);
      if (!ibanText) add(line, "iban", "missing");
      else if (!iban.ok) add(line, "iban", `not a valid IBAN: it ${IBAN_PROBLEMS[iban.problem]}`);
      const amountText = at("amount");
      const amountCents = parseEuros(amountText);
      if (!amountText) add(line, "amount", "missing");
      else if (amountCents === null) {
        add(line, "amount", `"${amountText}" is not an amount in euros such as 12.50 or 12,50`);
      } else if (amountCents === 0) add(line, "amount", "must be more than 0");
      const bicText = at("bic").toUpperCase();
      if (bicText && !isValidBic(bicText)) add(line, "bic", `"${bicText}" is not a BIC`);
      if (problems.length > before) continue;
      const electronic = iban.ok ? iban.iban : ibanText;
      lines.push(line);
      payments.push({
        id,
        name,
        iban: electronic,
        bic: bicText || finnishBic(electronic),
        amountCents: amountCents!,
        message: at("message"),
      });
    }
    if (payments.length === 0 && problems.length === 0) add(first.value.line, null, "no payments");
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    add(error.line, null, error.message);
  }
  return { payments, lines, problems, delimiter };
}
