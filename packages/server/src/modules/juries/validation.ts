import { z } from "zod";
import { AppError } from "../../errors.js";
import {
  DIGEST_CHANNELS,
  JURY_MODERATION_MODES,
  JURY_PHASES,
  MATERIAL_KINDS,
  REACTIONS,
  RECRUITMENT_SOURCES,
} from "./schema.js";

/** A text in fi/sv/en; Finnish required where `required`. */
const text = (max: number) => z.string().trim().max(max).default("");
export const localized = (max = 4000) =>
  z.strictObject({ fi: text(max), sv: text(max), en: text(max) }).prefault({});
const requiredLocalized = (max = 4000) =>
  z.strictObject({ fi: z.string().trim().min(1).max(max), sv: text(max), en: text(max) });
/** Links are checked for form only (https, length); the server never fetches them. */
export const httpsUrl = z.url({ protocol: /^https$/ }).max(2000);
const day = z.iso.date().max(10).nullable().default(null);

const phasePlan = z.strictObject({
  prompt: localized(2000),
  plainPrompt: localized(2000),
  startsOn: day,
  endsOn: day,
});

/** A jury's set-up. */
export const jurySchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  question: requiredLocalized(2000),
  recruitment: z.enum(RECRUITMENT_SOURCES),
  recruitmentRef: z.string().trim().max(200).default(""),
  audience: z.string().trim().max(300).default(""),
  minimumAge: z.number().int().min(0).max(120).default(13),
  moderation: z.enum(JURY_MODERATION_MODES).default("post"),
  phases: z
    .strictObject(Object.fromEntries(JURY_PHASES.map((p) => [p, phasePlan.optional()])))
    .default({}),
});
export type JuryInput = z.infer<typeof jurySchema>;

export const phaseSchema = z.strictObject({ phase: z.enum(JURY_PHASES) });
export const statusSchema = z.strictObject({ status: z.enum(["running", "finished"]) });

const contact = z.strictObject({
  name: z.string().trim().max(200).default(""),
  email: z.email().max(320).optional(),
  phone: z.string().trim().max(40).optional(),
});

/** A juror: contact, language, plain-language preference, age (and a guardian below the minimum). */
export const jurorSchema = z.strictObject({
  contact,
  language: z.enum(["fi", "sv", "en"]).default("fi"),
  plainLanguage: z.boolean().default(false),
  age: z.number().int().min(0).max(120).nullable().default(null),
  guardian: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      email: z.email().max(320).optional(),
      phone: z.string().trim().max(40).optional(),
    })
    .nullable()
    .default(null),
  digest: z.enum(DIGEST_CHANNELS).default("none"),
});
export type JurorInput = z.infer<typeof jurorSchema>;

export const expertSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).default(""),
  email: z.email().max(320),
  language: z.enum(["fi", "sv", "en"]).default("fi"),
});

export const consentSchema = z.strictObject({
  consentGivenOn: z.iso.date().max(10),
  how: z.string().trim().min(1).max(300),
});

export const materialSchema = z.strictObject({
  phase: z.enum(JURY_PHASES),
  kind: z.enum(MATERIAL_KINDS),
  title: requiredLocalized(300),
  body: localized(20_000),
  plainBody: localized(20_000),
  url: httpsUrl.nullable().default(null),
  altText: localized(1000),
  captionsUrl: httpsUrl.nullable().default(null),
  position: z.number().int().min(0).max(1000).default(0),
});
export type MaterialInput = z.infer<typeof materialSchema>;

export const hearingSchema = z.strictObject({
  expertId: z.uuid(),
  subject: requiredLocalized(300),
});
export const questionSchema = z.strictObject({ question: z.string().trim().min(1).max(2000) });
export const answerSchema = z.strictObject({
  answer: z.string().trim().max(8000).default(""),
  videoUrl: httpsUrl.nullable().default(null),
});

export const postSchema = z.strictObject({
  body: z.string().trim().min(1).max(4000),
  parentId: z.uuid().nullable().default(null),
});
export const reactionSchema = z.strictObject({ kind: z.enum(REACTIONS), on: z.boolean() });
export const moderationSchema = z.strictObject({
  action: z.enum(["approve", "hide", "pin", "unpin"]),
  reason: z.string().trim().max(500).default(""),
});
export const summarySchema = z.strictObject({ body: z.string().trim().min(1).max(8000) });
export const preferencesSchema = z.strictObject({
  digest: z.enum(DIGEST_CHANNELS).optional(),
  plainLanguage: z.boolean().optional(),
  language: z.enum(["fi", "sv", "en"]).optional(),
});
export const responseSchema = z.strictObject({
  body: z.string().trim().min(1).max(300),
  date: z.iso.date().max(10),
  text: requiredLocalized(20_000),
});
export const linkSchema = z.strictObject({ token: z.string().min(16).max(200) });
export const inviteSchema = z.strictObject({ expiresOn: z.iso.date().max(10) });

/** A 400 naming one field. */
export const fieldError = (
  path: string,
  message: string,
  code: "invalid" | "required" = "invalid",
) =>
  new AppError("validation.failed", `${path}: ${message}`, {
    errors: [{ path, message, code }],
  });

/** What a material of each kind must have: an image its alt text, a video its captions. */
export function checkMaterial(input: MaterialInput): void {
  if (input.kind === "text" && !input.body.fi)
    throw fieldError("body.body.fi", "a text material needs its text", "required");
  if (input.kind !== "text" && !input.url)
    throw fieldError("body.url", "give the address", "required");
  if (input.kind === "image" && !input.altText.fi)
    throw fieldError("body.altText.fi", "an image needs its alternative text", "required");
  if (input.kind === "video" && !input.captionsUrl)
    throw fieldError("body.captionsUrl", "a video needs its captions", "required");
}
