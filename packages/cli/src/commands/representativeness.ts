import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CsvError, csvTable, writeCsv } from "@kuulo/csv";
import {
  compareWithPopulation,
  DIMENSIONS,
  type DimensionName,
  municipalityCode,
  type Person,
  parseAgeBands,
  RepresentativenessError,
  type RepresentativenessReport,
  readPopulation,
} from "@kuulo/representativeness";
import { type CliCommand, type CliIO, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";

const HELP = `Usage: kuulo representativeness --population FILE.json --people FILE.csv --by age,sex,municipality [options]

Compares a group of people (a resident pool, a sample, sign-ups, a panel, respondents) with the
population: per dimension each group's population share, group share and ratio, the
dissimilarity index D, and a χ² goodness-of-fit test (cells expecting under 5 people merged).
Optionally raking weights, one per person, whose weighted margins equal the population's.

Options:
  --population FILE.json  population by municipality, age and sex as JSON-stat 2 (Statistics
                          Finland's table 11re saved as JSON-stat2, one or more municipalities)
  --people FILE.csv       columns id,age,sex,municipality: age in whole years, sex 1 or 2 (as in
                          11re), municipality the 3-digit code. With a column "responded" (1/0)
                          the file is a whole invited frame: the respondents are compared and
                          the R-indicator is computed.
  --by DIMS               comma-separated: age, sex, municipality
  --age-bands BANDS       e.g. 15-29,30-44,45-64,65-79 (65- or 65+ for that age and over);
                          default 15-29,30-44,45-64,65-74,75-. People outside them are left out.
  --year YYYY             the year of the population figures (default: the latest in the file)
  --json OUT.json         write the figures as JSON
  --weights OUT.csv       write raking weights (id,weight), mean 1
  --trim LOW,HIGH         keep weights within these multiples of the mean (default 0.2,5);
                          the population margins are met first
`;

function parseDims(value: string | undefined): DimensionName[] {
  if (!value) throw new UsageError("--by is required (e.g. --by age,sex,municipality)");
  const dims = value.split(",").map((d) => d.trim().toLowerCase());
  for (const d of dims) {
    if (!(DIMENSIONS as readonly string[]).includes(d)) {
      throw new UsageError(
        `--by ${value}: unknown dimension "${d}" (use ${DIMENSIONS.join(", ")})`,
      );
    }
  }
  if (new Set(dims).size !== dims.length) throw new UsageError(`--by ${value}: a dimension twice`);
  return dims as DimensionName[];
}

function parseTrim(value: string | undefined) {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(value);
  if (!m || Number(m[1]) > 1 || Number(m[2]) < 1) {
    throw new UsageError(`--trim ${value}: expected LOW,HIGH with LOW ≤ 1 ≤ HIGH, e.g. 0.2,5`);
  }
  return { lower: Number(m[1]), upper: Number(m[2]) };
}

const SEX: Record<string, number> = {
  "1": 1,
  "2": 2,
  m: 1,
  mies: 1,
  male: 1,
  n: 2,
  nainen: 2,
  f: 2,
  female: 2,
};

/** The people CSV, every value checked; errors name the line and column. */
export function readPeople(text: string, file: string): Person[] {
  const table = csvTable(text);
  const columns = new Map(table.header.map((name, i) => [name.toLowerCase(), i]));
  for (const required of ["id", "age", "sex", "municipality"]) {
    if (!columns.has(required)) {
      throw new RepresentativenessError(
        `${file}: no column "${required}" (the header has ${table.header.join(", ")}; expected id,age,sex,municipality)`,
      );
    }
  }
  const at = (fields: string[], name: string) => (fields[columns.get(name)!] ?? "").trim();
  const people: Person[] = [];
  for (const { line, fields } of table.rows()) {
    const where = (column: string) => `${file} line ${line}, column ${column}`;
    const id = at(fields, "id");
    if (!id) throw new RepresentativenessError(`${where("id")}: the id is empty`);
    const ageText = at(fields, "age");
    if (ageText && !/^\d{1,3}$/.test(ageText)) {
      throw new RepresentativenessError(
        `${where("age")}: "${ageText}" is not an age in whole years`,
      );
    }
    const sexText = at(fields, "sex").toLowerCase();
    const municipalityText = at(fields, "municipality");
    const municipality = municipalityText ? municipalityCode(municipalityText) : null;
    if (municipality === undefined) {
      throw new RepresentativenessError(
        `${where("municipality")}: "${municipalityText}" is not a municipality code (3 digits, e.g. 179)`,
      );
    }
    const person: Person = {
      id,
      age: ageText ? Number(ageText) : null,
      sex: SEX[sexText] ?? null,
      municipality,
    };
    if (columns.has("responded")) {
      const r = at(fields, "responded").toLowerCase();
      if (!["1", "0", "yes", "no", "true", "false", "kyllä", "ei"].includes(r)) {
        throw new RepresentativenessError(`${where("responded")}: "${r}" is not 1 or 0`);
      }
      person.responded = ["1", "yes", "true", "kyllä"].includes(r);
    }
    people.push(person);
  }
  return people;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printReport(io: CliIO, report: RepresentativenessReport): void {
  const p = report.people;
  io.stdout(
    `Population: ${report.population.label || "(no label)"}${report.population.year ? `, ${report.population.year}` : ""}; ` +
      `${report.population.people} people aged ${report.population.ageBands.join(", ")}\n` +
      `People: ${p.rows} rows, ${p.included} compared${p.group !== p.included ? ` (${p.group} responded)` : ""}` +
      (p.excluded.length
        ? `; left out: ${p.excluded.map((e) => `${e.count} ${e.reason}`).join("; ")}`
        : "") +
      "\n",
  );
  for (const [name, m] of Object.entries(report.dimensions)) {
    io.stdout(`\n${name}: D = ${m.D.toFixed(3)}`);
    io.stdout(
      m.chi2 === null
        ? ", χ² not computed (fewer than two cells)\n"
        : `, χ² = ${m.chi2.toFixed(2)}, df = ${m.df}, p = ${m.p! < 0.001 ? m.p!.toExponential(2) : m.p!.toFixed(3)}` +
            (m.mergedForChi2.length
              ? ` (merged for χ²: ${m.mergedForChi2.map((g) => g.join("+")).join(", ")})`
              : "") +
            "\n",
    );
    io.stdout("  group        population   group        ratio\n");
    for (const g of m.groups) {
      io.stdout(
        `  ${g.group.padEnd(12)} ${pct(g.populationShare).padStart(10)}   ${pct(g.groupShare).padStart(7)} (${String(g.people).padStart(4)})  ${g.ratio === null ? "–" : g.ratio.toFixed(2)}\n`,
      );
    }
  }
  if (report.rIndicator) {
    const r = report.rIndicator;
    io.stdout(
      `\nR-indicator: ${r.r.toFixed(3)} (response rate ${pct(r.responseRate)}, ${r.responded} of ${r.invited})\n`,
    );
  }
  if (report.weights) {
    const w = report.weights;
    io.stdout(
      `\nWeights: ${w.min.toFixed(3)}–${w.max.toFixed(3)}, design effect ${w.designEffect.toFixed(3)}, ` +
        `largest margin error ${w.maxError.toExponential(1)}` +
        (w.withinTrim
          ? ""
          : "; the trimming bounds could not all be kept while meeting the margins") +
        "\n",
    );
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        population: { type: "string" },
        people: { type: "string" },
        by: { type: "string" },
        "age-bands": { type: "string" },
        year: { type: "string" },
        json: { type: "string" },
        weights: { type: "string" },
        trim: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (typeof values.population !== "string")
    throw new UsageError("--population FILE.json is required");
  if (typeof values.people !== "string") throw new UsageError("--people FILE.csv is required");
  const by = parseDims(values.by as string | undefined);
  const trim = parseTrim(values.trim as string | undefined);
  try {
    const ageBands = values["age-bands"] ? parseAgeBands(values["age-bands"] as string) : undefined;
    const populationPath = resolve(io.cwd, values.population);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(populationPath, "utf8"));
    } catch (error) {
      throw new RepresentativenessError(`${values.population}: ${(error as Error).message}`);
    }
    const population = readPopulation(json, {
      file: values.population,
      year: values.year as string | undefined,
    });
    const text = await readTextFile(resolve(io.cwd, values.people), values.people, io);
    const people = readPeople(text!, values.people);
    const { report, weights } = compareWithPopulation({
      population,
      people,
      by,
      ageBands,
      weights: typeof values.weights === "string",
      trim,
    });
    printReport(io, report);
    if (typeof values.json === "string") {
      await writeFile(resolve(io.cwd, values.json), `${JSON.stringify(report, null, 2)}\n`);
    }
    if (typeof values.weights === "string" && weights) {
      await writeFile(
        resolve(io.cwd, values.weights),
        writeCsv([["id", "weight"], ...weights.map((w) => [w.id, w.weight.toFixed(10)])]),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof RepresentativenessError || error instanceof CsvError) {
      io.stderr(`kuulo representativeness: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

export const representativenessCommands: CliCommand[] = [
  {
    name: "representativeness",
    summary: "compare a group of people with the population (D, ratios, χ², raking weights)",
    help: HELP,
    run,
  },
];
