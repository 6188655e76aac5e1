import { z } from "zod";
import { GENDERS, ROUND_STRATIFY } from "../schema.js";
import type { Round } from "./rounds.js";
import { FUNNEL, type RoundTracking } from "./tracking.js";

const isoDate = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");

/** A new round (staff). */
export const roundSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(500),
  opensAt: z.coerce.date(),
  closesAt: z.coerce.date(),
  sessionDates: z.array(isoDate).max(20),
  sampleSize: z.number().int().min(1).max(100_000),
  stratify: z.array(z.enum(ROUND_STRATIFY)).max(2),
  seed: z.string().trim().min(1).max(100),
  /** The letter template (as @kuulo/letters' template JSON). */
  letterTemplate: z.record(z.string(), z.unknown()),
  bilingual: z.boolean(),
});

/** The DVV extract as base64 (JSON body), and whether invalid rows are left out. */
export const frameSchema = z.strictObject({
  file: z
    .base64()
    .min(1)
    .max(70 * 1024 * 1024),
  skipInvalid: z.boolean().default(false),
  /** The column mapping file's JSON text (as `kuulo dvv check --mapping`). */
  mapping: z.string().min(1).max(20_000).optional(),
  /** The extract's encoding; default: the mapping's, else detected. */
  encoding: z.enum(["utf8", "latin1"]).optional(),
});

export const outcomeSchema = z.strictObject({
  personIds: z.array(z.uuid()).min(1).max(1000),
  outcome: z.enum(["selected", "attended"]),
});

export const codeBodySchema = z.strictObject({ code: z.string().trim().min(1).max(40) });

export const signUpSchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  consentPurpose: z.boolean(),
  consentResearch: z.boolean(),
  language: z.enum(["fi", "sv"]),
  gender: z.enum(GENDERS),
  availability: z.array(isoDate).max(20),
  email: z.union([z.literal(""), z.email().max(254)]).optional(),
  phone: z.string().trim().max(30).optional(),
  /** Also join the standing resident pool (unchecked by default). */
  joinPool: z.boolean().default(false),
});

const counts = z.object(
  Object.fromEntries(FUNNEL.map((s) => [s, z.number().int()])) as {
    [K in (typeof FUNNEL)[number]]: z.ZodNumber;
  },
);

export const roundResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  purpose: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  sessionDates: z.array(z.string()),
  sampleSize: z.number().int(),
  stratify: z.array(z.enum(ROUND_STRATIFY)),
  seed: z.string(),
  bilingual: z.boolean(),
  frameImportedAt: z.string().nullable(),
  drawnAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type RoundResponse = z.infer<typeof roundResponse>;

export const roundListResponse = z.object({ rounds: z.array(roundResponse) });

export const trackingResponse = z.object({
  round: roundResponse,
  frame: z.number().int(),
  totals: counts,
  byMunicipality: z.record(z.string(), counts),
  byAgeBand: z.record(z.string(), counts),
});

/** Who signed up, pseudonymously: no names, addresses, email or phone. */
export const signUpListResponse = z.object({
  signups: z.array(
    z.object({
      personId: z.string(),
      status: z.enum(["signed_up", "selected", "attended"]),
      municipality: z.string(),
      ageBand: z.string().nullable(),
      gender: z.enum(GENDERS),
      language: z.string(),
      availability: z.array(z.string()),
      signedUpAt: z.string(),
    }),
  ),
});

export const importResponse = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  letters: z.number().int(),
  skippedInvalid: z.number().int(),
});

export const drawResponse = z.object({
  sampled: z.number().int(),
  method: z.string(),
  seed: z.string(),
});

/** What the sign-up page shows for a valid code. */
export const signUpFormResponse = z.object({
  title: z.string(),
  purpose: z.string(),
  sessionDates: z.array(z.string()),
  language: z.enum(["fi", "sv"]),
  municipality: z.string(),
  /** The municipality's name in Finnish and Swedish (from the register's code). */
  municipalityName: z.object({ fi: z.string(), sv: z.string() }),
  ageBand: z.string().nullable(),
  /** The register's sex: 1 man, 2 woman (the person may correct the gender). */
  sex: z.number().int(),
  closesAt: z.string(),
});

export function toRound(round: Round): RoundResponse {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: round.id,
    title: round.title,
    purpose: round.purpose,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    sessionDates: round.sessionDates,
    sampleSize: round.sampleSize,
    stratify: round.stratify,
    seed: round.seed,
    bilingual: round.bilingual,
    frameImportedAt: iso(round.frameImportedAt),
    drawnAt: iso(round.drawnAt),
    closedAt: iso(round.closedAt),
  };
}

export function toTracking(round: Round, tracking: RoundTracking) {
  return { round: toRound(round), ...tracking };
}
