import { z } from "zod";
import { LANGUAGES } from "../organizations/index.js";
import { MODERATION_MODES, VISIBILITIES } from "./schema.js";

/** An ISO 8601 date and time with an offset, e.g. 2026-05-01T09:00:00+03:00. */
const dateTime = z.iso.datetime({ offset: true }).max(40);

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** Title and description: Finnish required, Swedish and English may be empty (fall back to Finnish). */
export const localizedTitle = z.strictObject({
  fi: text(200).min(1, "must not be empty"),
  sv: text(200).default(""),
  en: text(200).default(""),
});
export const localizedDescription = z.strictObject({
  fi: text(5000).default(""),
  sv: text(5000).default(""),
  en: text(5000).default(""),
});

export const segmentInput = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "may contain only a–z, 0–9 and single hyphens")
    .max(40),
  name: z.strictObject({
    fi: text(100).min(1, "must not be empty"),
    sv: text(100).default(""),
    en: text(100).default(""),
  }),
});

export const conversationInput = z.strictObject({
  title: localizedTitle,
  description: localizedDescription.default({ fi: "", sv: "", en: "" }),
  allowStatements: z.boolean().default(true),
  moderationMode: z.enum(MODERATION_MODES).default("pre"),
  statementMaxLength: z.number().int().min(20).max(1000).default(200),
  opensAt: dateTime.nullable().default(null),
  closesAt: dateTime.nullable().default(null),
  visibility: z.enum(VISIBILITIES).default("public"),
  resultsPublic: z.boolean().default(true),
  segments: z
    .array(segmentInput)
    .max(20)
    .default([])
    .refine(
      (list) => new Set(list.map((s) => s.key)).size === list.length,
      "segment keys must differ",
    ),
  seedStatements: z.array(text(1000).min(1, "must not be empty")).max(500).default([]),
  /** The language the seed statements are written in; the organization's default when absent. */
  seedLanguage: z.enum(LANGUAGES).optional(),
});
export type ConversationInput = z.infer<typeof conversationInput>;

export const conversationPatch = z.strictObject({
  title: localizedTitle.optional(),
  description: localizedDescription.optional(),
  allowStatements: z.boolean().optional(),
  moderationMode: z.enum(MODERATION_MODES).optional(),
  statementMaxLength: z.number().int().min(20).max(1000).optional(),
  opensAt: dateTime.nullable().optional(),
  closesAt: dateTime.nullable().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  resultsPublic: z.boolean().optional(),
  segments: z.array(segmentInput).max(20).optional(),
});
export type ConversationPatch = z.infer<typeof conversationPatch>;
