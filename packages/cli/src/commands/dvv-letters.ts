// `kuulo dvv letters`: from a DVV extract to invitation letters. Checks the extract, draws a
// (stratified) random sample from the people who may get a letter, and writes the letters as
// one PDF, the printing-house file, the sample (pseudonymous) and the draw's record.
import { createHash, createHmac } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCsv } from "@kuulo/csv";
import { checkExtract, DvvError, type ExtractEncoding, readAddresses } from "@kuulo/dvv";
import {
  generateCodes,
  type Letter,
  LettersError,
  letterLanguages,
  pagesPerLetter,
  parseTemplate,
  printingHouseCsv,
  writeLettersPdf,
} from "@kuulo/letters";
import { type SampleResult, SortitionError } from "@kuulo/sortition";
import { type CliCommand, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";
import { ENCODINGS, isDate, printResult, readBytes, readMapping } from "./dvv.js";
import {
  DEFAULT_AGE_BANDS,
  drawSample,
  type Frame,
  letterFrame,
  letterOrder,
  parseAgeBands,
  parseStratify,
} from "./dvv-draw.js";

const HELP = `Usage: kuulo dvv letters FILE --template TEMPLATE.json --sample N --seed TEXT
                          --url https://… --out DIR [--stratify municipality,age]

Draws a random sample from a population-register (DVV) extract and makes the invitation
letters: one PDF for C5 window envelopes (the address in the window, Finnish or Swedish by
mother tongue, both in a bilingual county, a personal sign-up code, a QR code and a short
URL). Nothing is stored anywhere else. The extract is checked as by \`kuulo dvv check\`; a file
with invalid rows is refused unless --skip-invalid. Only people without turvakielto, alive,
with an address and within the ages may get a letter.

Writes into DIR:
  letters.pdf           the letters, in postal-code order (1 page each, 2 when bilingual)
  printing-house.csv    letter, code, language, name, street_address, postal_code,
                        post_office, text_version
  sample.csv            letter, id, code, stratum, language (pseudonymous: no names)
  draw.json             seed, method, strata with counts, the file's SHA-256, the key's
                        fingerprint: the same file, key, seed and options draw the same people

Options:
  --template FILE    the letter template (JSON; see packages/letters/README.md)
  --sample N         how many letters
  --seed TEXT        the draw's seed (say it in public before the draw, e.g. a lottery result)
  --url URL          the sign-up page; the QR code opens URL?code=ABCD-EFGH
  --out DIR          where the files go (created if missing)
  --stratify LIST    municipality, age or both: in proportion to the strata's sizes
  --age-bands LIST   age bands for --stratify age (default ${DEFAULT_AGE_BANDS})
  --min-age N        youngest to invite (default 18); --max-age N oldest (default none)
  --skip-invalid     leave invalid rows out instead of refusing the file
  --encoding E       latin1 or utf8 (default: detected); --mapping FILE column mapping
  --key KEY          key of the pseudonymous ids (default DVV_HMAC_KEY; one is needed)
  --on YYYY-MM-DD    the date ages are counted on (default: today)
  --date YYYY-MM-DD  the letters' date (default: the template's, else today)
`;

function integer(text: string | undefined, option: string, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  if (text === undefined || !/^\d+$/.test(text))
    throw new UsageError(`${option} must be a whole number, got '${text ?? ""}'`);
  return Number(text);
}

const dvvLettersCommand: CliCommand = {
  name: "dvv letters",
  summary: "draw a sample from a DVV extract and make the invitation letters (PDF) and files",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        template: { type: "string" },
        sample: { type: "string" },
        seed: { type: "string" },
        url: { type: "string" },
        out: { type: "string" },
        stratify: { type: "string" },
        "age-bands": { type: "string" },
        "min-age": { type: "string" },
        "max-age": { type: "string" },
        "skip-invalid": { type: "boolean" },
        encoding: { type: "string" },
        mapping: { type: "string" },
        key: { type: "string" },
        on: { type: "string" },
        date: { type: "string" },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? "give the extract FILE" : "one FILE only");
    for (const option of ["template", "sample", "seed", "url", "out"] as const)
      if (!values[option]) throw new UsageError(`give --${option}`);
    const n = integer(values.sample, "--sample");
    if (n < 1) throw new UsageError("--sample must be at least 1");
    let url: URL;
    try {
      url = new URL(values.url!);
    } catch {
      throw new UsageError(`--url must be an address https://…, got '${values.url}'`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new UsageError(`--url must be an address https://…, got '${values.url}'`);
    const stratify = parseStratify(values.stratify);
    const bands = parseAgeBands(values["age-bands"] ?? DEFAULT_AGE_BANDS);
    const minAge = integer(values["min-age"], "--min-age", 18);
    const maxAge = integer(values["max-age"], "--max-age", 200);
    let encoding: ExtractEncoding | undefined;
    if (values.encoding !== undefined) {
      encoding = ENCODINGS[values.encoding.toLowerCase()];
      if (!encoding) throw new UsageError("--encoding must be latin1 or utf8");
    }
    const on = values.on ?? new Date().toISOString().slice(0, 10);
    if (!isDate(on)) throw new UsageError(`--on must be a date YYYY-MM-DD, got '${on}'`);
    if (values.date !== undefined && !isDate(values.date))
      throw new UsageError(`--date must be a date YYYY-MM-DD, got '${values.date}'`);
    const key = values.key || io.env.DVV_HMAC_KEY;
    if (!key)
      throw new UsageError(
        "give --key or DVV_HMAC_KEY: the ids, and so the draw, must be the same when it is re-run",
      );

    const templateFile = path.resolve(io.cwd, values.template!);
    const templateName = path.basename(templateFile);
    const templateText = (await readTextFile(templateFile, templateName, io))!;
    const template = (() => {
      try {
        return parseTemplate(templateText);
      } catch (error) {
        if (error instanceof LettersError) throw new Error(`${templateName}: ${error.message}`);
        throw error;
      }
    })();
    const mapping =
      values.mapping === undefined ? undefined : await readMapping(values.mapping, io);
    const file = path.resolve(io.cwd, positionals[0]!);
    const name = path.basename(file);
    const bytes = await readBytes(file, name);
    const read = { key, ...(encoding ? { encoding } : {}), ...(mapping ? { mapping } : {}) };
    let result: ReturnType<typeof checkExtract>;
    let addresses: ReturnType<typeof readAddresses>;
    let frame: Frame;
    let draw: SampleResult;
    try {
      result = checkExtract(bytes, { ...read, on });
      if (result.notice) io.stderr(`Notice: ${name}: ${result.notice}\n`);
      if (result.invalid > 0 && !values["skip-invalid"]) {
        printResult(io, name, result);
        io.stderr(
          `kuulo dvv letters: ${name}: ${result.invalid} invalid rows: nothing written. Fix them, or give --skip-invalid to leave them out.\n`,
        );
        return 1;
      }
      frame = letterFrame(result.people, { minAge, maxAge, stratify, bands });
      draw = drawSample(frame, n, values.seed!, stratify.length > 0);
      addresses = readAddresses(bytes, { ...read, ids: new Set(draw.ids) });
    } catch (error) {
      if (error instanceof DvvError) throw new Error(`${name}: ${error.message}`);
      if (error instanceof SortitionError)
        throw new Error(`${name}: ${error.message} (people who may get a letter)`);
      throw error;
    }

    // An extract without name columns is read by the check (with a notice), but a letter needs them.
    const nameless = draw.ids.filter((id) => {
      const a = addresses.get(id);
      return !a || a.firstNames === "" || a.surname === "";
    }).length;
    if (nameless > 0)
      throw new Error(
        `${name}: ${nameless} of the people drawn have no name in the extract: letters need the columns Sukunimi and Etunimet (or a --mapping naming them)`,
      );
    const people = new Map(result.people.map((p) => [p.id, p]));
    const stratumOf = new Map(draw.strata.flatMap((s) => s.drawn.map((id) => [id, s.stratum])));
    const codes = generateCodes(draw.ids.length);
    const unordered = draw.ids.map((id, i) => ({
      id,
      ...addresses.get(id)!,
      code: codes[i]!,
      languages: letterLanguages(people.get(id)!.language, template.bilingual),
    }));
    const letters: (Letter & { id: string })[] = letterOrder(unordered).map((l, i) => ({
      ...l,
      number: i + 1,
    }));

    const dir = path.resolve(io.cwd, values.out!);
    await mkdir(dir, { recursive: true });
    const pdfFile = path.join(dir, "letters.pdf");
    const partial = `${pdfFile}.part`;
    const stream = createWriteStream(partial);
    try {
      await writeLettersPdf(
        letters,
        { template, url: url.href, ...(values.date ? { date: values.date } : {}) },
        stream,
      );
    } catch (error) {
      stream.destroy();
      await rm(partial, { force: true });
      if (error instanceof LettersError) throw new Error(`${templateName}: ${error.message}`);
      throw error;
    }
    await rename(partial, pdfFile);
    await writeFile(path.join(dir, "printing-house.csv"), printingHouseCsv(letters, template.id));
    await writeFile(
      path.join(dir, "sample.csv"),
      writeCsv([
        ["letter", "id", "code", "stratum", "language"],
        ...letters.map((l) => [
          l.number,
          l.id,
          l.code,
          stratumOf.get(l.id)!,
          l.languages.join("+"),
        ]),
      ]),
    );
    const record = {
      command: "kuulo dvv letters",
      file: name,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      key: {
        from: values.key ? "--key" : "DVV_HMAC_KEY",
        fingerprint: createHmac("sha256", key)
          .update("kuulo key fingerprint")
          .digest("hex")
          .slice(0, 16),
      },
      on,
      seed: draw.seed,
      method: draw.method,
      stratify,
      ageBands: stratify.includes("age") ? bands.map((b) => b.label) : null,
      minAge,
      maxAge: values["max-age"] === undefined ? null : maxAge,
      skippedInvalidRows: result.invalid,
      frame: frame.items.length,
      outsideAges: frame.outside,
      sample: draw.ids.length,
      strata: draw.strata.map((s) => ({ stratum: s.stratum, size: s.size, drawn: s.allocated })),
      template: template.id,
      url: url.href,
      letters: letters.length,
      pagesPerLetter: pagesPerLetter(template),
      madeAt: new Date().toISOString(),
    };
    await writeFile(path.join(dir, "draw.json"), `${JSON.stringify(record, null, 2)}\n`);
    io.stdout(
      `${name}: ${result.valid} valid rows${result.invalid > 0 ? ` (${result.invalid} invalid left out)` : ""}, ${frame.items.length} may get a letter\n` +
        `Drew ${draw.ids.length} (${draw.method}${stratify.length ? ` by ${stratify.join(" and ")}, ${draw.strata.length} strata` : ""}) with seed "${draw.seed}"\n` +
        `Wrote ${letters.length} letters (${letters.length * pagesPerLetter(template)} pages) to ${pdfFile}\n` +
        `and printing-house.csv, sample.csv, draw.json in ${dir}\n`,
    );
    return 0;
  },
};

export const dvvLettersCommands: CliCommand[] = [dvvLettersCommand];
