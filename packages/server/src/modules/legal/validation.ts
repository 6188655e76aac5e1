import { z } from "zod";
import { LANGUAGES } from "../organizations/index.js";
import { CONFORMANCE, LEGAL_DOCUMENTS } from "./schema.js";

export const documentKindSchema = z.enum(LEGAL_DOCUMENTS);

const documentText = z.string().max(30_000);

/** A document's text in each language; an empty language falls back to Finnish. */
export const documentBodySchema = z.strictObject({
  fi: documentText.refine((t) => t.trim().length > 0, { message: "must not be empty" }),
  sv: documentText,
  en: documentText,
});

const gap = z.string().max(2000);

export const factsSchema = z.strictObject({
  controllerContact: z.string().max(2000),
  dpoContact: z.string().max(2000),
  supervisoryAuthority: z.string().max(500),
  conformance: z.enum(CONFORMANCE),
  evaluatedOn: z.iso.date().max(10).nullable(),
  evaluator: z.string().max(200),
  nonConformities: z.array(z.strictObject({ fi: gap, sv: gap, en: gap })).max(50),
});

export const feedbackSchema = z.strictObject({
  message: z.string().trim().min(1).max(4000),
  concerns: z.string().trim().max(500).optional(),
  email: z.union([z.literal(""), z.email().max(254)]).optional(),
  language: z.enum(LANGUAGES),
});

export const answerSchema = z.strictObject({ note: z.string().max(2000).default("") });
