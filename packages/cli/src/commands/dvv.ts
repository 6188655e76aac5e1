import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCsv } from "@kuulo/csv";
import {
  type CheckResult,
  checkExtract,
  DvvError,
  type ExtractEncoding,
  type Mapping,
  parseMapping,
  peopleRows,
  REASONS,
} from "@kuulo/dvv";
import { type CliCommand, type CliIO, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";

const HELP = `Usage: kuulo dvv check FILE [--encoding latin1|utf8] [--mapping FILE] [--out people.csv]

Checks a population-register (DVV, Digi- ja väestötietovirasto) extract before it goes
anywhere: no database, nothing stored. Prints the counts (rows, valid, letters to send,
turvakielto, deceased, invalid by reason) and every problem with its line and column.
Exit status 0 when every row is valid, 1 when some are not (or the file cannot be read).

The extract is CSV (";" or ",", detected from the header line) with the Finnish headers
Henkilötunnus, Sukunimi, Etunimet, Äidinkieli, Kotikunta, Lähiosoite, Postinumero,
Postitoimipaikka, Turvakielto and Kuolinpäivä, or another layout described by --mapping
(other headers, or a fixed-width file). Birth date, age and sex come from the henkilötunnus.
People with turvakielto or a date of death never get a letter.

Options:
  --encoding E     latin1 (ISO-8859-1) or utf8; default: detected (UTF-8 when the bytes are
                   UTF-8, else ISO-8859-1, with a notice)
  --mapping FILE   column mapping (JSON; see packages/dvv/README.md)
  --out FILE       write the people as CSV: id, birth_date, age, sex, language,
                   municipality, county, letter (valid rows only; never the
                   henkilötunnus, names or addresses)
  --key KEY        key of the pseudonymous ids (HMAC-SHA-256 of the henkilötunnus); default
                   DVV_HMAC_KEY, else a random key for this run (ids then differ every run)
  --on YYYY-MM-DD  the date ages are counted on (default: today)
`;

export const ENCODINGS: Record<string, ExtractEncoding> = {
  latin1: "latin1",
  "iso-8859-1": "latin1",
  utf8: "utf8",
  "utf-8": "utf8",
};

export function isDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && date.toISOString().slice(0, 10) === text;
}

export async function readBytes(file: string, name: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${name}: cannot read the file (${code ?? String(error)})`);
  }
}

function describe(result: CheckResult): string {
  const format =
    result.format === "csv"
      ? `CSV, delimiter "${result.delimiter === "\t" ? "tab" : result.delimiter}"`
      : "fixed-width";
  const encoding =
    result.encoding === "windows-1252" ? "ISO-8859-1" : result.encoding.toUpperCase();
  return `${format}, ${encoding}`;
}

/** A --mapping file, read and checked; its errors name the file. */
export async function readMapping(file: string, io: CliIO): Promise<Mapping> {
  const mappingFile = path.resolve(io.cwd, file);
  const text = (await readTextFile(mappingFile, path.basename(mappingFile), io))!;
  try {
    return parseMapping(text);
  } catch (error) {
    if (error instanceof DvvError)
      throw new Error(`${path.basename(mappingFile)}: ${error.message}`);
    throw error;
  }
}

export function printResult(io: CliIO, name: string, result: CheckResult): void {
  const reasons = REASONS.filter((r) => result.invalidByReason[r] > 0);
  const width = Math.max(15, ...reasons.map((r) => r.length + 2));
  const line = (label: string, n: number) => `${label.padEnd(width)}  ${n}\n`;
  io.stdout(`${name} (${describe(result)})\n`);
  io.stdout(line("rows", result.rows));
  io.stdout(line("valid", result.valid));
  io.stdout(line("letters to send", result.letters));
  io.stdout(line("turvakielto", result.turvakielto));
  io.stdout(line("deceased", result.deceased));
  io.stdout(line("invalid", result.invalid));
  for (const reason of reasons) io.stdout(line(`  ${reason}`, result.invalidByReason[reason]));
  if (result.problems.length > 0) {
    io.stdout("\nProblems:\n");
    for (const p of result.problems) {
      const column = p.column === undefined ? "" : `, column ${p.column}`;
      io.stdout(`${name}: line ${p.line}${column}: ${p.reason}: ${p.message}\n`);
    }
  }
}

const dvvCheckCommand: CliCommand = {
  name: "dvv check",
  summary: "check a population-register (DVV) extract: counts, problems, people without hetus",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        encoding: { type: "string" },
        mapping: { type: "string" },
        out: { type: "string" },
        key: { type: "string" },
        on: { type: "string" },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? "give the extract FILE"
          : `one FILE only, got ${positionals.length}`,
      );
    let encoding: ExtractEncoding | undefined;
    if (values.encoding !== undefined) {
      encoding = ENCODINGS[values.encoding.toLowerCase()];
      if (!encoding)
        throw new UsageError(`--encoding must be latin1 or utf8, got '${values.encoding}'`);
    }
    const on = values.on ?? new Date().toISOString().slice(0, 10);
    if (!isDate(on)) throw new UsageError(`--on must be a date YYYY-MM-DD, got '${values.on}'`);
    if (values.key === "") throw new UsageError("--key must not be empty");

    const file = path.resolve(io.cwd, positionals[0]!);
    const name = path.basename(file);
    const mapping =
      values.mapping === undefined ? undefined : await readMapping(values.mapping, io);
    const envKey = io.env.DVV_HMAC_KEY;
    const key = values.key ?? (envKey ? envKey : undefined);
    let result: CheckResult;
    try {
      result = checkExtract(await readBytes(file, name), {
        key: key ?? randomBytes(32),
        on,
        ...(encoding ? { encoding } : {}),
        ...(mapping ? { mapping } : {}),
      });
    } catch (error) {
      if (error instanceof DvvError) throw new Error(`${name}: ${error.message}`);
      throw error;
    }
    if (result.notice) io.stderr(`Notice: ${name}: ${result.notice}\n`);
    if (result.absentColumns.length > 0) {
      const columns = result.absentColumns.join(", ");
      io.stderr(
        `Notice: ${name}: no column ${columns}: not checked (mother tongue counted as other)\n`,
      );
    }
    printResult(io, name, result);
    if (values.out !== undefined) {
      const out = path.resolve(io.cwd, values.out);
      await writeFile(out, writeCsv(peopleRows(result.people)), "utf8");
      io.stdout(
        `\nWrote ${result.people.length} people (valid rows${result.invalid > 0 ? `; ${result.invalid} invalid rows left out` : ""}) to ${out}\n`,
      );
      io.stdout(
        key === undefined
          ? "Ids: HMAC-SHA-256 with a random key for this run (give --key or DVV_HMAC_KEY for ids that stay the same).\n"
          : `Ids: HMAC-SHA-256 with the key from ${values.key !== undefined ? "--key" : "DVV_HMAC_KEY"}.\n`,
      );
    }
    return result.invalid > 0 ? 1 : 0;
  },
};

export const dvvCommands: CliCommand[] = [dvvCheckCommand];
