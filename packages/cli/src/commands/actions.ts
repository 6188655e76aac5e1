import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  AppError,
  cellsFromFile,
  findOrganizationBySlug,
  importActionTable,
  migrate,
  publicUrls,
} from "@kuulo/server";
import { type CliCommand, UsageError } from "../command.js";
import { config, linkBase, openDatabase } from "./platform.js";

const actionsImport: CliCommand = {
  name: "actions import",
  summary: "Import an action table from a CSV or XLSX file and publish it",
  help: `Usage: kuulo actions import FILE --org SLUG --title TEXT [--slug TABLE] [--draft]

Imports one action table from a CSV file or an XLSX workbook (its first sheet) in the layout
  Suositus | Toimenpide | Aikataulu | Status | Vastuu | Lisätieto
(headers in Finnish, Swedish or English; CSV with ";" or ","; UTF-8 or Windows-1252). A row whose
recommendation cell is empty continues the recommendation above it (measure 1.2 under
recommendation 1). The table is published and the command prints its public page and the
URLs of its open data as CSV and JSON. A file with any error is refused whole: every error is
printed with its line, column and value, nothing is imported, and the exit code is 1.

  --org     the organization's slug
  --title   the table's title, e.g. "Nuorisopaneelin suositukset 2025"
  --slug    the table's address (default: made from the title)
  --draft   import without publishing
Configuration comes from environment variables (see the README), e.g. DATABASE_URL, DATA_DIR.`,
  run: async (args, io) => {
    let parsed: {
      values: { org?: string; title?: string; slug?: string; draft?: boolean };
      positionals: string[];
    };
    try {
      parsed = parseArgs({
        args,
        options: {
          org: { type: "string" },
          title: { type: "string" },
          slug: { type: "string" },
          draft: { type: "boolean" },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const v = parsed.values;
    const [file, ...extra] = parsed.positionals;
    if (!file) throw new UsageError("give the CSV or XLSX file to import");
    if (extra.length > 0)
      throw new UsageError(`one file at a time (also given: ${extra.join(" ")})`);
    if (!v.org) throw new UsageError("--org is required");
    if (!v.title?.trim()) throw new UsageError("--title is required");
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch (error) {
      throw new Error(
        `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    const cfg = config(io);
    const { database, lock, close } = await openDatabase(cfg, "actions import");
    try {
      await migrate(database.db);
      const organization = await findOrganizationBySlug(database.db, v.org);
      const cells = cellsFromFile(bytes);
      if (cells.notice) io.stderr(`Notice: ${file}: ${cells.notice}\n`);
      const table = await importActionTable(database.db, {
        organizationId: organization.id,
        title: v.title.trim(),
        ...(v.slug ? { slug: v.slug } : {}),
        rows: cells.rows,
        lines: cells.lines,
        publish: !v.draft,
        actor: { label: "cli" },
      });
      const urls = publicUrls(linkBase(io, cfg, lock), organization, table);
      io.stdout(
        [
          `Imported "${table.title}" (${table.slug})${v.draft ? " as a draft" : " and published it"}.`,
          `  page: ${urls.page}`,
          `  CSV:  ${urls.csv}`,
          `  JSON: ${urls.json}`,
          "",
        ].join("\n"),
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError && error.errors?.length) {
        io.stderr(`kuulo actions import: ${file}: nothing was imported:\n`);
        for (const e of error.errors) io.stderr(`  ${e.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await close();
    }
  },
};

export const actionsCommands: CliCommand[] = [actionsImport];
