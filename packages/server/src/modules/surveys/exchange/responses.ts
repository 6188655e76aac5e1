import { z } from "zod";

const problem = z.object({
  line: z.number(),
  column: z.string(),
  header: z.string(),
  value: z.string(),
  question: z.string(),
  /** @kuulo/survey's problem code (required, invalid_value, too_large …): the web words it. */
  code: z.string(),
  message: z.string(),
});

export const previewResponse = z.object({
  format: z.enum(["csv", "xlsx"]),
  header: z.array(z.string()),
  rows: z.number(),
  /** E.g. the file was read as Windows-1252. */
  notice: z.string().nullable(),
  sheets: z.array(z.string()),
  /** The proposed definition, for staff to adjust before importing. */
  definition: z.record(z.string(), z.unknown()),
  mapping: z.object({
    columns: z.array(
      z.looseObject({ column: z.union([z.number(), z.string()]), question: z.string() }),
    ),
    meta: z
      .array(z.object({ column: z.union([z.number(), z.string()]), name: z.string() }))
      .optional(),
  }),
  columns: z.array(
    z.object({
      column: z.number(),
      letter: z.string(),
      header: z.string(),
      role: z.enum(["question", "metadata", "empty"]),
      question: z.string().optional(),
      type: z.string().optional(),
      reason: z.string(),
    }),
  ),
  /** Rows that would import as they are. */
  importable: z.number(),
  problems: z.array(problem),
});

export const importResponse = z.object({
  surveyId: z.string(),
  version: z.number(),
  rows: z.number(),
  imported: z.number(),
  skipped: z.number(),
  /** With skipInvalid: the problems of the rows left out (the first 200). */
  problems: z.array(problem),
});
