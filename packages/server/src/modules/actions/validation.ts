import { z } from "zod";
import { LANGUAGES } from "../organizations/index.js";
import { SOURCE_KINDS, TRAIL_SOURCE_KINDS } from "./schema.js";

const month = z
  .string()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM")
  .max(7);

const tableSlug = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "may contain only a–z, digits and single hyphens");

/** Importing a table: a CSV or XLSX file (base64) or the cells of a sheet, header row first. */
export const importSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    slug: tableSlug.optional(),
    file: z.string().max(14_000_000).optional(),
    rows: z
      .array(z.array(z.string().max(10_000)).max(50))
      .max(5000)
      .optional(),
    publish: z.boolean().default(false),
    sourceKind: z.enum(SOURCE_KINDS).nullable().optional(),
    sourceId: z.string().max(100).nullable().optional(),
    reminderMonths: z.number().int().min(1).max(60).optional(),
  })
  .refine((v) => (v.file === undefined) !== (v.rows === undefined), {
    message: "give either file (a CSV or XLSX file, base64) or rows",
    path: ["file"],
  });

const decision = z.strictObject({
  body: z.string().trim().min(1).max(200),
  date: z.iso.date().max(10),
  section: z.string().trim().max(40),
  minutesUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(2000)]),
});

export const measureSchema = z.strictObject({
  text: z.string().trim().min(1).max(5000).optional(),
  schedule: z.string().trim().max(500).optional(),
  startMonth: month.nullable().optional(),
  endMonth: month.nullable().optional(),
  status: z.string().min(1).max(40).optional(),
  statusReason: z.string().trim().max(2000).optional(),
  unit: z.string().trim().max(200).optional(),
  notes: z.string().trim().max(5000).optional(),
  decisions: z.array(decision).max(50).optional(),
  budgetYear: z.number().int().min(2000).max(2100).nullable().optional(),
});

export const publishSchema = z.strictObject({ published: z.boolean() });

export const editorUnitsSchema = z.strictObject({
  units: z.array(z.string().trim().min(1).max(200)).max(50),
});

export const subscribeSchema = z.strictObject({
  email: z.email().max(254),
  language: z.enum(LANGUAGES).default("fi"),
});

export const tokenSchema = z.strictObject({ token: z.string().min(16).max(100) });

const statusKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, "may contain only a–z, digits and _, starting with a letter");

export const newMeasureSchema = z.strictObject({
  recommendationId: z.uuid().optional(),
  recommendationText: z.string().trim().min(1).max(5000).optional(),
  text: z.string().trim().min(1).max(5000),
  schedule: z.string().trim().max(500).optional(),
  status: z.string().min(1).max(40).optional(),
  statusReason: z.string().trim().max(2000).optional(),
  unit: z.string().trim().max(200).optional(),
  notes: z.string().trim().max(5000).optional(),
});

export const recommendationSchema = z.strictObject({ text: z.string().trim().min(1).max(5000) });

export const tableSettingsSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  statuses: z
    .array(
      z.strictObject({
        key: statusKey,
        label: z.strictObject({
          fi: z.string().trim().min(1).max(80),
          sv: z.string().trim().max(80),
          en: z.string().trim().max(80),
        }),
        needsReason: z.boolean(),
      }),
    )
    .min(1)
    .max(20)
    .refine((list) => new Set(list.map((s) => s.key)).size === list.length, "keys must differ")
    .optional(),
  reminderMonths: z.number().int().min(1).max(60).optional(),
});

/** Linking a recommendation to its source: a conversation's statement, a survey's theme, or another. */
export const linkSourceSchema = z.strictObject({
  kind: z.enum(TRAIL_SOURCE_KINDS),
  /** The conversation's or survey's id, or a later module's id. */
  sourceId: z.string().trim().max(100).optional(),
  /** A survey theme's question id. */
  questionId: z.string().trim().max(100).optional(),
  /** A conversation's statement number (tid) or a survey's theme id. */
  itemId: z.string().trim().max(100).optional(),
  /** What the source said, for kinds other than a statement or a theme. */
  text: z.string().trim().max(2000).optional(),
  title: z.string().trim().max(200).optional(),
});
