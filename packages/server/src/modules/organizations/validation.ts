import { z } from "zod";
import { LANGUAGES } from "./schema.js";

/** First path segments of the web app that can never be organization slugs. */
export const RESERVED_SLUGS = new Set([
  "api",
  "dev",
  "sign-in",
  "assets",
  "docs",
  "staff",
  "static",
  "embed",
  "favicon.ico",
  "robots.txt",
]);

export const slugSchema = z
  .string()
  .min(2, "must be at least 2 characters")
  .max(63, "must be at most 63 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "may contain only a–z, 0–9 and single hyphens between them")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "is reserved by Kuulo");

export const languageSchema = z.enum(LANGUAGES);

const nameText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

export const localizedNameSchema = z.strictObject({ fi: nameText, sv: nameText, en: nameText });

export const themeColorSchema = z
  .string()
  .max(7, "must be a colour such as #005eb8")
  .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #005eb8")
  .transform((c) => c.toLowerCase());

export const languagesSchema = z
  .array(languageSchema)
  .min(1, "must enable at least one language")
  .refine((list) => new Set(list).size === list.length, "must not repeat a language");
