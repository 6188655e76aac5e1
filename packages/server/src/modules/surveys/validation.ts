import { z } from "zod";
import { slugSchema } from "../organizations/index.js";
import { ANONYMITY, RESPONSE_CHANNELS } from "./schema.js";

const dateTime = z.iso.datetime({ offset: true }).max(40);

/**
 * A definition as sent: checked by @kuulo/survey's `parseDefinition` in the service, which names
 * every problem by its path (the route bounds only its size).
 */
export const definitionBody = z.record(z.string().max(40), z.unknown());

/** Answers by question id, checked against the version by `checkAnswers`. */
export const answersBody = z.record(z.string().max(40), z.unknown());

/** Local addresses may be embedded over plain http (development and tests). */
const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/**
 * A site allowed to embed the answering page: an origin (`https://www.kunta.fi`, optionally
 * with a port), no path, query or user; https, or http only for localhost. Normalised to what
 * browsers compare (`URL.origin`: lower-case host, default port dropped).
 */
export const embedOrigin = z
  .string()
  .trim()
  .max(200)
  .transform((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    const bare =
      url && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
    const scheme =
      url && (url.protocol === "https:" || (url.protocol === "http:" && LOCAL.test(url.hostname)));
    if (!url || !bare || !scheme) {
      ctx.addIssue({
        code: "invalid_format",
        format: "url", // the web's text: "write the address as https://…"
        input: value,
        message: "must be a site's address such as https://www.kunta.fi (https, no path)",
      });
      return z.NEVER;
    }
    return url.origin;
  });

export const surveyFields = {
  title: z.string().trim().min(1).max(200),
  anonymity: z.enum(ANONYMITY),
  opensAt: dateTime.nullable(),
  closesAt: dateTime.nullable(),
  kioskAllowed: z.boolean(),
  embedOrigins: z
    .array(embedOrigin)
    .max(20)
    .transform((origins) => [...new Set(origins)]),
  definition: definitionBody,
};

export const createSurveySchema = z.strictObject({
  slug: slugSchema,
  ...surveyFields,
  anonymity: surveyFields.anonymity.default("anonymous"),
  opensAt: surveyFields.opensAt.optional(),
  closesAt: surveyFields.closesAt.optional(),
  kioskAllowed: surveyFields.kioskAllowed.default(false),
  embedOrigins: surveyFields.embedOrigins.default([]),
});
/** As the route gives it; services called directly (demo, import, benches) may leave out embedOrigins. */
export type CreateSurveyInput = Omit<z.infer<typeof createSurveySchema>, "embedOrigins"> & {
  embedOrigins?: string[];
};

export const updateSurveySchema = z.strictObject(surveyFields).partial();
export type UpdateSurveyInput = z.infer<typeof updateSurveySchema>;

export const statusSchema = z.strictObject({ status: z.enum(["open", "closed"]) });

/** Staff entering a paper form or an interview. */
export const staffEntrySchema = z.strictObject({
  channel: z.enum(
    RESPONSE_CHANNELS.filter((c) => c !== "web" && c !== "import") as [
      "paper",
      "phone",
      "event",
      "interview",
    ],
  ),
  sourceNote: z.string().trim().min(1).max(500),
  answers: answersBody,
});
export type StaffEntryInput = z.infer<typeof staffEntrySchema>;

export const startSchema = z.strictObject({
  /** The token of a personal invitation's link (`/api/i/<token>`), when invited. */
  invitation: z.string().max(100).optional(),
  /** The token of a kiosk started by staff (channel "event", no cookie: a fresh respondent each time). */
  kiosk: z.string().max(400).optional(),
});

export const kioskSchema = z.strictObject({ eventName: z.string().trim().min(1).max(200) });

export const saveSchema = z.strictObject({
  /** The page being left (its required questions are checked); omitted: only the answers are checked. */
  page: z.string().max(40).optional(),
  answers: answersBody,
});
