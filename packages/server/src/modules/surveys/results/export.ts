import { codebookRows, exportCsv, exportTable, exportXlsx, type Lang, toCsv } from "@kuulo/survey";
import type { Db } from "../../../db/client.js";
import { recordRead } from "../../audit/index.js";
import { loadResults, type ResultFilters } from "./load.js";

export const EXPORT_FORMATS = ["csv", "xlsx", "codebook"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The metadata columns of an export. The response's own id is the only key: a linked
 * response's pool member (and so any contact data) never leaves in an export, nor does the
 * staff entry's source note (it may name the interviewer).
 */
const META = ["response_id", "version", "channel", "submitted"] as const;

const MIME: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  codebook: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * One row per complete response and a code book: CSV (`;`, BOM, decimal commas), its code
 * book as a second CSV, or XLSX with both sheets. Every export is logged
 * (survey.responses_exported): the rows are answers, open texts among them.
 */
export async function exportResponses(
  db: Db,
  options: {
    organizationId: string;
    surveyId: string;
    userId: string;
    format: ExportFormat;
    lang: Lang;
    filters?: ResultFilters;
  },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const loaded = await loadResults(db, options);
  const table = exportTable({
    definition: loaded.definition,
    metaColumns: META,
    lang: options.lang,
    responses: loaded.responses.map((r) => ({
      answers: r.answers as Parameters<typeof exportTable>[0]["responses"][number]["answers"],
      meta: {
        response_id: r.id,
        version: r.version,
        channel: r.channel,
        submitted: r.submittedAt?.toISOString() ?? null,
      },
    })),
  });
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.userId,
    action: "survey.responses_exported",
    targetType: "survey",
    targetId: loaded.survey.id,
    detail: { format: options.format, rows: table.rows.length },
  });
  const body =
    options.format === "xlsx"
      ? Buffer.from(exportXlsx(table, options.lang))
      : Buffer.from(
          options.format === "csv" ? exportCsv(table) : toCsv(codebookRows(table, options.lang)),
          "utf8",
        );
  const ext = options.format === "xlsx" ? "xlsx" : "csv";
  const suffix = options.format === "codebook" ? "-codebook" : "";
  return {
    body,
    contentType: MIME[options.format],
    filename: `${loaded.survey.slug}${suffix}.${ext}`,
  };
}
