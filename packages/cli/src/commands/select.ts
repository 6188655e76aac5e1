import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  type Algorithm,
  drawPanel,
  findDistribution,
  formatCsv,
  formatReport,
  type Instance,
  parseCategories,
  parseCsv,
  parsePeople,
  type Replacement,
  replaceWithdrawn,
  SortitionError,
} from "@kuulo/sortition";
import { type CliCommand, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";

const HELP = `Usage: kuulo select --categories FILE --people FILE --k N --out DIR [options]

Selects a panel of N volunteers by stratified sortition: a lottery over panels that meet
every quota, as fair as possible (LEXIMIN: the smallest selection probability is as large
as it can be, then the next smallest, …), then draws one panel from it.

Input:
  --categories FILE   quotas: feature,value,min,max[,min_flex,max_flex] (Sortition Foundation),
                      category,name,min,max (older layout) or category,feature,min,max
  --people FILE       volunteers: an id column and one column per feature
  --id-column C       the id column (default: id; without one, people are numbered from 1)
  --household COLS    comma-separated columns forming a household key (at most one per household)
  --k N               panel size

Method:
  --algorithm A       leximin (default) | maximin | legacy (the old greedy method, for comparison)
  --seed S            the draw's seed: any text, e.g. a number announced in advance
                      (default: generated at random and recorded in the report)
  --panels M          transparent mode: round the lottery to M equally likely panels
                      (panels.csv, publishable before the seed is known); the seed picks one

Replacement (when selected people withdraw):
  --panel FILE        the current panel: a CSV with an id column (selected.csv of the draw)
  --withdrawn IDS     comma-separated ids of panel members who withdrew; the others stay
                      selected and a new lottery fills the open seats within every quota

Output (in DIR):
  selected.csv        the panel: id and the person's columns
  remaining.csv       everyone else (the reserve list)
  probabilities.csv   id,probability for every volunteer
  panels.csv          with --panels: panel,ids
  report.md           the report in Finnish and English

CSV files may be UTF-8, UTF-16 with a byte order mark, or Windows-1252 (Finnish Excel's
classic CSV), which is read as such with a notice on stderr.
`;

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${option} must be a whole number ≥ 1, got '${value}'`);
  return Number(value);
}

/** "a, b,c" → ["a", "b", "c"] (blank items dropped); undefined stays undefined. */
function commaList(value: string | undefined): string[] | undefined {
  return value
    ?.split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** The ids of a panel file: a CSV with an `id` column (such as selected.csv). */
function readPanelIds(text: string, file: string): string[] {
  const table = parseCsv({ text, file });
  const column = table.header.map((h) => h.trim()).indexOf("id");
  if (column < 0) {
    throw new SortitionError({
      code: "BAD_CSV",
      message: "the panel file has no 'id' column",
      location: { file, line: 1 },
    });
  }
  return table.rows.map((row) => row.cells[column]?.trim() ?? "").filter((id) => id !== "");
}

/** Rows of people with `id` first, then the file's columns (the id column not repeated). */
function peopleRows(
  instance: Instance,
  ids: readonly string[],
  header: readonly string[],
): string[][] {
  const byId = new Map(instance.people.map((p) => [p.id, p]));
  const columns = header.filter((h) => h !== "id");
  return [
    ["id", ...columns],
    ...ids.map((id) => [id, ...columns.map((c) => byId.get(id)!.columns[c] ?? "")]),
  ];
}

const selectCommand: CliCommand = {
  name: "select",
  summary: "select a resident panel by fair stratified sortition (LEXIMIN)",
  help: HELP,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        categories: { type: "string" },
        people: { type: "string" },
        k: { type: "string" },
        algorithm: { type: "string" },
        seed: { type: "string" },
        panels: { type: "string" },
        household: { type: "string" },
        "id-column": { type: "string" },
        panel: { type: "string" },
        withdrawn: { type: "string" },
        out: { type: "string" },
      },
      allowPositionals: false,
    });
    for (const required of ["categories", "people", "k", "out"] as const) {
      if (values[required] === undefined) throw new UsageError(`--${required} is required`);
    }
    const k = positiveInteger(values.k, "--k")!;
    const panels = positiveInteger(values.panels, "--panels");
    const algorithm = (values.algorithm ?? "leximin") as Algorithm;
    if (!["leximin", "maximin", "legacy"].includes(algorithm)) {
      throw new UsageError(
        `--algorithm must be leximin, maximin or legacy, got '${values.algorithm}'`,
      );
    }
    if (panels !== undefined && algorithm === "legacy")
      throw new UsageError("--panels needs leximin or maximin");
    if ((values.panel === undefined) !== (values.withdrawn === undefined))
      throw new UsageError("--panel and --withdrawn go together");
    const withdrawn = commaList(values.withdrawn);
    if (withdrawn && withdrawn.length === 0)
      throw new UsageError("--withdrawn needs at least one id");
    if (withdrawn && panels !== undefined)
      throw new UsageError("--panels cannot be combined with a replacement (--withdrawn)");
    const categoriesFile = path.resolve(io.cwd, values.categories!);
    const peopleFile = path.resolve(io.cwd, values.people!);
    const outDir = path.resolve(io.cwd, values.out!);
    const categoriesName = path.basename(categoriesFile);
    const peopleName = path.basename(peopleFile);

    const { quotas } = parseCategories({
      text: (await readTextFile(categoriesFile, categoriesName, io))!,
      file: categoriesName,
    });
    const peopleText = (await readTextFile(peopleFile, peopleName, io))!;
    const householdColumns = commaList(values.household);
    const people = parsePeople({
      text: peopleText,
      quotas,
      file: peopleName,
      ...(values["id-column"] !== undefined ? { idColumn: values["id-column"] } : {}),
      ...(householdColumns ? { householdColumns } : {}),
    });
    const instance: Instance = {
      quotas,
      people,
      k,
      files: { categories: categoriesName, people: peopleName },
    };

    const seedGenerated = values.seed === undefined;
    const seed = values.seed ?? randomBytes(16).toString("hex");
    let replacement: Replacement | undefined;
    if (withdrawn) {
      const panelFile = path.resolve(io.cwd, values.panel!);
      replacement = await replaceWithdrawn({
        instance,
        panel: readPanelIds(
          (await readTextFile(panelFile, path.basename(panelFile), io))!,
          path.basename(panelFile),
        ),
        withdrawn,
        seed,
        algorithm,
      });
    }
    const selection = replacement
      ? replacement.selection
      : await findDistribution({ instance, algorithm });
    const draw =
      replacement?.draw ??
      drawPanel({ selection, seed, ...(panels !== undefined ? { panels } : {}) });

    const header = Object.keys(people[0]?.columns ?? {});
    const chosen = new Set(draw.panel);
    const remaining = people.filter((p) => !chosen.has(p.id)).map((p) => p.id);
    // Everyone in the file: after a replacement the withdrawn are out of the lottery (0).
    const probabilityOf = new Map(
      selection.instance.people.map((p, i) => [p.id, selection.probabilities[i]!]),
    );
    await mkdir(outDir, { recursive: true });
    const write = (name: string, text: string) => writeFile(path.join(outDir, name), text, "utf8");
    await write("selected.csv", formatCsv(peopleRows(instance, draw.panel, header)));
    await write("remaining.csv", formatCsv(peopleRows(instance, remaining, header)));
    await write(
      "probabilities.csv",
      formatCsv([
        ["id", "probability"],
        ...people.map((p) => [p.id, Number((probabilityOf.get(p.id) ?? 0).toFixed(9))]),
      ]),
    );
    if (draw.panels) {
      await write(
        "panels.csv",
        formatCsv([["panel", "ids"], ...draw.panels.map((ids, j) => [j + 1, ids.join(" ")])]),
      );
    }
    const report = formatReport({
      selection,
      draw,
      seedGenerated,
      date: new Date().toISOString().slice(0, 10),
      ...(replacement
        ? { replacement: { withdrawn: withdrawn!, replacements: replacement.replacements } }
        : {}),
    });
    await write("report.md", report);
    const f = selection.fairness;
    if (replacement) {
      io.stdout(
        `Replaced ${withdrawn!.join(", ")} with ${replacement.replacements.join(", ") || "nobody"} (the others stay).\n`,
      );
    }
    io.stdout(
      `Selected ${draw.panel.length} of ${people.length} (${algorithm}); minimum probability ${f.minimum.toFixed(4)} vs k/n ${f.equalShare.toFixed(4)}; seed ${seed}${draw.chosen !== undefined ? `, panel ${draw.chosen + 1} of ${draw.panels!.length}` : ""}.\nWrote ${["selected.csv", "remaining.csv", "probabilities.csv", ...(draw.panels ? ["panels.csv"] : []), "report.md"].join(", ")} to ${outDir}\n`,
    );
    return 0;
  },
};

export const selectCommands: CliCommand[] = [selectCommand];
