import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type AnalysisReport,
  columnIndex,
  isLang,
  type Lang,
  parseCsv,
  startTextWorker,
  TextError,
} from "@kuulo/text";
import { type CliCommand, type CliIO, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";

const HELP = `Usage: kuulo text analyze FILE.csv --column answer [options]

Groups open answers into themes with labels, quotes and indicative sentiment, offline.
Personal data (identity codes, phone numbers, e-mail addresses) is redacted first.

Options:
  --column NAME        column with the open answers (required)
  --group-by NAME      cross-tabulate themes by this column (cells under 5 suppressed)
  --k N | A..B         number of themes, or the range to sweep (default 4..20, suggested k)
  --lang auto|fi|sv|en language of the answers (default auto, per answer)
  --json OUT.json      write themes and, per input row, theme ids and sentiment
  --seed N             random seed (default 1)
  --no-voikko          stem Finnish with Snowball instead of Voikko (Voikko ships with
                       Kuulo as WebAssembly; KUULO_VOIKKO=system uses libvoikko instead)
  --llm-url URL        optional OpenAI-compatible endpoint for labels and summaries
  --llm-model NAME     model for --llm-url (API key from KUULO_LLM_API_KEY)

The CSV may be UTF-8, UTF-16 with a byte order mark, or Windows-1252 (Finnish Excel's classic
CSV), which is read as such with a notice on stderr.
`;

function parseK(value: string | undefined): { k?: number; kMin: number; kMax: number } {
  if (value === undefined) return { kMin: 4, kMax: 20 };
  const range = /^(\d+)\.\.(\d+)$/.exec(value);
  if (range) {
    const kMin = Number(range[1]);
    const kMax = Number(range[2]);
    if (kMin < 2 || kMax < kMin) throw new UsageError(`--k ${value}: need 2 <= A <= B`);
    return { kMin, kMax };
  }
  if (!/^\d+$/.test(value) || Number(value) < 2)
    throw new UsageError(`--k ${value}: expected a number >= 2 or a range A..B`);
  const k = Number(value);
  return { k, kMin: Math.min(4, k), kMax: Math.max(20, k) };
}

function pct(x: number, total: number): string {
  return `${Math.round((100 * x) / Math.max(1, total))} %`;
}

function printReport(
  io: CliIO,
  report: AnalysisReport,
  summary: { file: string; rows: number; empty: number },
): void {
  const langs = new Map<string, number>();
  for (const a of report.answers) langs.set(a.lang, (langs.get(a.lang) ?? 0) + 1);
  const lemm = Object.entries(report.lemmatizers)
    .map(([l, m]) => `${l}: ${m}`)
    .join(", ");
  const r = report.redactions;
  io.stdout(
    `${summary.file}: ${summary.rows} rows, ${report.answers.length} answers analysed (${summary.empty} empty); ` +
      `languages ${[...langs].map(([l, n]) => `${l} ${n}`).join(", ")}; morphology ${lemm}\n` +
      report.warnings.map((w) => `WARNING: ${w}\n`).join("") +
      `Redacted: ${r.hetu} identity codes, ${r.phone} phone numbers, ${r.email} e-mail addresses; ${r.url} URLs removed\n` +
      `k = ${report.k} (suggested ${report.suggestedK}; precomputed ${report.sweep[0]?.k}..${report.sweep.at(-1)?.k})\n\n`,
  );
  for (const t of report.themes) {
    if (t.count === 0 && t.isOther) continue;
    const s = t.sentiment;
    const sentiment = s
      ? `  sentiment (indicative): − ${pct(s.negative, s.scored)} · 0 ${pct(s.neutral, s.scored)} · + ${pct(s.positive, s.scored)}`
      : "";
    io.stdout(
      `${t.id.padEnd(6)} ${String(t.count).padStart(5)} answers  ${t.label}${t.alsoAnswerIds.length ? `  (+${t.alsoAnswerIds.length} also)` : ""}\n`,
    );
    if (t.keywords.length)
      io.stdout(
        `       keywords: ${t.keywords.join(", ")}${sentiment ? `\n      ${sentiment}` : ""}\n`,
      );
    const llm = report.llm?.find((r) => r.themeId === t.id && r.source === "llm");
    if (llm?.summary) io.stdout(`       summary (LLM): ${llm.summary}\n`);
    for (const q of t.quotes)
      io.stdout(
        `       [row ${q.id}] “${q.text.length > 200 ? `${q.text.slice(0, 197)}…` : q.text}”\n`,
      );
    io.stdout("\n");
  }
  if (report.llm) {
    const failed = report.llm.filter((r) => r.source !== "llm");
    const kept = failed.map((r) => `${r.themeId} (${r.error})`).join(", ");
    io.stdout(
      `LLM: ${report.llm.length - failed.length} of ${report.llm.length} themes labelled by the model` +
        `${failed.length ? `; keyword labels kept for ${kept}` : ""}\n\n`,
    );
  }
  const x = report.crosstab;
  if (x) {
    io.stdout(
      `Themes by ${x.groupBy} (share of the group's answers, 95 % CI; "<${x.minCell}" suppressed)\n`,
    );
    const groups = x.groups;
    io.stdout(
      `${"theme".padEnd(8)}${groups.map((g) => `${g.group} (n=${g.size ?? `<${x.minCell}`})`.padEnd(24)).join("")}\n`,
    );
    for (const t of report.themes) {
      const cells = groups.map((g) => {
        const c = x.cells.find((cell) => cell.themeId === t.id && cell.group === g.group)!;
        if (c.suppressed) return `<${x.minCell}`.padEnd(24);
        return `${Math.round(c.share! * 100)} % (${Math.round(c.ci![0] * 100)}–${Math.round(c.ci![1] * 100)})`.padEnd(
          24,
        );
      });
      io.stdout(`${t.id.padEnd(8)}${cells.join("")}\n`);
    }
  }
}

async function analyze(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      column: { type: "string" },
      "group-by": { type: "string" },
      k: { type: "string" },
      lang: { type: "string", default: "auto" },
      json: { type: "string" },
      seed: { type: "string", default: "1" },
      "no-voikko": { type: "boolean", default: false },
      "llm-url": { type: "string" },
      "llm-model": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one CSV file");
  if (!values.column) throw new UsageError("--column is required");
  const lang = values.lang!;
  if (lang !== "auto" && !isLang(lang))
    throw new UsageError(`--lang ${lang}: expected auto, fi, sv or en`);
  if (!/^\d+$/.test(values.seed!))
    throw new UsageError(`--seed ${values.seed}: expected a whole number`);
  if (values["llm-url"] && !values["llm-model"])
    throw new UsageError("--llm-url needs --llm-model");
  const k = parseK(values.k);
  const file = positionals[0]!;
  const text = (await readTextFile(resolve(io.cwd, file), file, io))!;
  const table = parseCsv({ text, file });
  const answerCol = columnIndex({ table, column: values.column, file });
  const groupCol = values["group-by"]
    ? columnIndex({ table, column: values["group-by"], file })
    : undefined;
  const used = table.rows.filter((r) => r.fields[answerCol]!.trim().length > 0);
  if (used.length < 2)
    throw new TextError(
      "EMPTY_INPUT",
      `${file}: column "${values.column}" has ${used.length} non-empty answers; at least 2 are needed`,
    );
  const worker = startTextWorker();
  let report: AnalysisReport;
  try {
    let last = "";
    const onProgress = (e: { step: string; done: number; total: number }) => {
      const line = `${e.step} ${e.done}/${e.total}`;
      if (line !== last) io.stderr(`  ${line}\n`);
      last = line;
    };
    report = await worker.analyze(
      {
        answers: used.map((r) => ({ id: String(r.row), text: r.fields[answerCol]! })),
        lang: lang as Lang | "auto",
        ...k,
        seed: Number(values.seed),
        voikko: !values["no-voikko"],
        groups:
          groupCol === undefined
            ? undefined
            : {
                by: values["group-by"]!,
                values: used.map((r) => r.fields[groupCol]!.trim() || null),
              },
      },
      onProgress,
    );
    if (values["llm-url"]) {
      report = await worker.describeWithLlm(
        {
          baseUrl: values["llm-url"],
          model: values["llm-model"]!,
          apiKey: io.env.KUULO_LLM_API_KEY,
        },
        onProgress,
      );
    }
  } finally {
    await worker.close();
  }
  for (const w of report.warnings) io.stderr(`WARNING: ${w}\n`);
  printReport(io, report, {
    file,
    rows: table.rows.length,
    empty: table.rows.length - used.length,
  });
  if (values.json) {
    const byId = new Map(report.answers.map((a) => [a.id, a]));
    const rows = table.rows.map((r) => {
      const a = byId.get(String(r.row));
      return {
        row: r.row,
        line: r.line,
        themeIds: a?.themeIds ?? [],
        sentiment: a?.sentiment ?? null,
        lang: a?.lang ?? null,
      };
    });
    const { answers: _answers, ...rest } = report;
    const out = { file, column: values.column, ...rest, rows };
    writeFileSync(resolve(io.cwd, values.json), `${JSON.stringify(out, null, 2)}\n`);
    io.stdout(`\nWrote ${values.json}\n`);
  }
  return 0;
}

export const textCommands: CliCommand[] = [
  {
    name: "text analyze",
    summary: "themes, quotes and indicative sentiment from open answers in a CSV file",
    help: HELP,
    // Unknown options (parseArgs errors) are usage errors: main.ts prints them with the help.
    run: analyze,
  },
];
