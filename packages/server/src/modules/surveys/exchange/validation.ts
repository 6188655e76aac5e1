import { z } from "zod";
import { slugSchema } from "../../organizations/index.js";
import { definitionBody } from "../validation.js";

/** Files up to 20 MB (base64 in JSON, as the pool's frame upload takes them). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_BODY_LIMIT = Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 1024 * 1024;

const key = z.string().max(200);
const columnMapping = z.strictObject({
  column: z.union([z.number().int().min(0).max(10_000), key]),
  question: z.string().max(40),
  option: z.string().max(100).optional(),
  other: z.literal(true).optional(),
  row: z.string().max(100).optional(),
  rank: z.number().int().min(1).max(100).optional(),
  values: z.record(z.string().max(500), z.string().max(100)).optional(),
  separator: z.string().min(1).max(5).optional(),
});

/** Which column is which answer (see @kuulo/survey's ImportMapping). */
export const mappingSchema = z.strictObject({
  columns: z.array(columnMapping).max(2000),
  meta: z
    .array(
      z.strictObject({ column: z.union([z.number().int().min(0).max(10_000), key]), name: key }),
    )
    .max(200)
    .optional(),
});

const file = {
  /** The CSV or XLSX file, base64. */
  file: z
    .base64()
    .min(1)
    .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3)),
  /** The sheet of a workbook (default: the first). */
  sheet: z.string().max(100).optional(),
};

export const previewSchema = z.strictObject({
  ...file,
  lang: z.enum(["fi", "sv", "en"]).default("fi"),
  title: z.string().trim().min(1).max(200).optional(),
});

export const importSchema = z.strictObject({
  ...file,
  lang: z.enum(["fi", "sv", "en"]).default("fi"),
  /** Leave out the rows with problems and import the rest (default: any problem refuses all). */
  skipInvalid: z.boolean().default(false),
  /** A new survey (from the proposed or an edited definition), or an existing one's newest version. */
  target: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("new"),
      slug: slugSchema,
      title: z.string().trim().min(1).max(200),
      definition: definitionBody.optional(),
      mapping: mappingSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("existing"),
      surveyId: z.uuid(),
      mapping: mappingSchema.optional(),
    }),
  ]),
});
export type ImportInput = z.infer<typeof importSchema>;
export type PreviewInput = z.infer<typeof previewSchema>;
