// `kuulo payments pain001`: the treasurer's bank payment file from payments.csv, without a
// database. Everything is checked first; nothing is written unless all of it is right.
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  formatCents,
  isIsoDate,
  type Payer,
  pain001Problems,
  readPaymentsCsv,
  writePain001,
} from "@kuulo/payments";
import { validatePain001 } from "@kuulo/payments/validate";
import { type CliCommand, type CliIO, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";

const HELP = `Usage: kuulo payments pain001 --payer payer.json --payments payments.csv --date YYYY-MM-DD --out FILE.xml

Writes a SEPA credit transfer file (ISO 20022 pain.001.001.03, as Finnish banks take it) for
paying fees, validated against the ISO 20022 schema before it is written. Every problem of the
input is listed by line and field, and then nothing is written.

Options:
  --payer FILE.json      {"name", "iban", "bic", "businessId"}: the paying organisation, its
                         account, its bank's BIC and its business ID (Y-tunnus)
  --payments FILE.csv    columns id,name,iban,amount,message (an optional bic column too):
                         id is the payment's reference (EndToEndId, ≤ 35 characters, unique),
                         amount in euros with a dot or a comma (12.50 or "12,50"; files that
                         Excel saves with ; work as they are), message ≤ 140 characters. The
                         BIC of a Finnish IBAN is derived from its bank code.
  --date YYYY-MM-DD      the requested execution (debit) date
  --out FILE.xml         where to write the file
  --message-id ID        the file's MsgId (default KUULO- and the time); unique per payer
`;

const PAYER_FIELDS = ["name", "iban", "bic", "businessId"] as const;

async function readPayer(path: string, name: string, problems: string[]): Promise<Payer | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      `${name}: ${code ? `cannot read the file (${code})` : `not JSON: ${(error as Error).message}`}`,
    );
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    problems.push(`${name}: expected an object {"name", "iban", "bic", "businessId"}`);
    return null;
  }
  const record = json as Record<string, unknown>;
  let ok = true;
  for (const field of PAYER_FIELDS) {
    if (typeof record[field] !== "string" || !(record[field] as string).trim()) {
      problems.push(`${name}: field "${field}" is missing or not a text`);
      ok = false;
    }
  }
  if (!ok) return null;
  return {
    name: (record.name as string).trim(),
    iban: (record.iban as string).trim(),
    bic: (record.bic as string).trim().toUpperCase(),
    businessId: (record.businessId as string).trim(),
  };
}

const euros = (cents: number) => `${formatCents(cents)} EUR`;

async function pain001(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      payer: { type: "string" },
      payments: { type: "string" },
      date: { type: "string" },
      out: { type: "string" },
      "message-id": { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  for (const option of ["payer", "payments", "date", "out"] as const) {
    if (typeof values[option] !== "string") throw new UsageError(`--${option} is required`);
  }
  const date = values.date!;
  if (!isIsoDate(date)) throw new UsageError(`--date ${date}: expected a date YYYY-MM-DD`);

  const problems: string[] = [];
  const payer = await readPayer(resolve(io.cwd, values.payer!), values.payer!, problems);
  const csvName = values.payments!;
  const text = await readTextFile(resolve(io.cwd, csvName), csvName, io);
  const csv = readPaymentsCsv(text!);
  for (const p of csv.problems) {
    problems.push(`${csvName} line ${p.line}${p.field ? `, ${p.field}` : ""}: ${p.message}`);
  }
  if (payer) {
    // The CSV is checked above; here the payer's values, the date and the message id.
    const options = {
      payer,
      payments: csv.payments,
      executionDate: date,
      messageId: values["message-id"],
    };
    for (const p of pain001Problems(options)) {
      if (p.field.startsWith("payer."))
        problems.push(`${values.payer}: ${p.field.slice(6)}: ${p.message}`);
      else if (p.field === "messageId") problems.push(`--message-id: ${p.message}`);
      else if (p.field !== "payments") {
        // (No payments at all is the CSV reader's problem, reported above.) A payment's value that the CSV reader let through but the payment file cannot take.
        const m = /^payments\[(\d+)\]\.(\w+)$/.exec(p.field);
        const line = m ? csv.lines[Number(m[1])] : undefined;
        const field = m?.[2] === "amountCents" ? "amount" : m?.[2];
        problems.push(
          line ? `${csvName} line ${line}, ${field}: ${p.message}` : `${p.field}: ${p.message}`,
        );
      }
    }
  }
  if (problems.length > 0) {
    io.stderr(`kuulo payments pain001: ${problems.length} problem(s), nothing written:\n`);
    for (const p of problems) io.stderr(`  ${p}\n`);
    return 1;
  }

  const result = writePain001({
    payer: payer!,
    payments: csv.payments,
    executionDate: date,
    messageId: values["message-id"],
  });
  const validation = await validatePain001(result.xml);
  if (!validation.valid) {
    io.stderr(
      `kuulo payments pain001: the file does not validate against pain.001.001.03.xsd, nothing written:\n` +
        validation.errors.map((e) => `  ${e}\n`).join(""),
    );
    return 1;
  }
  const out = resolve(io.cwd, values.out!);
  const partial = join(dirname(out), `.${basename(out)}.${randomBytes(4).toString("hex")}.partial`);
  try {
    await writeFile(partial, result.xml, { flag: "wx" });
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  io.stdout(
    `Wrote ${values.out}: ${result.transactions} transaction${result.transactions === 1 ? "" : "s"}, control sum ${euros(result.controlSumCents)}` +
      `, execution date ${date}, message id ${result.messageId} (valid pain.001.001.03)\n`,
  );
  return 0;
}

export const paymentsCommands: CliCommand[] = [
  {
    name: "payments pain001",
    summary: "write a SEPA payment file (pain.001.001.03) from payments.csv for paying fees",
    help: HELP,
    run: pain001,
  },
];
