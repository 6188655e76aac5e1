import { z } from "zod";
import { CANDIDATE_STATUSES, PANEL_SOURCES, PANEL_STATUSES } from "./schema.js";

const localized = z.strictObject({
  fi: z.string().trim().min(1).max(2000),
  sv: z.string().trim().max(2000).default(""),
  en: z.string().trim().max(2000).default(""),
});

const time = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM");

/** A session: date and times in Europe/Helsinki; a place (with accessibility) or online. */
export const sessionSchema = z
  .strictObject({
    date: z.iso.date().max(10),
    startTime: time,
    endTime: time,
    place: z.string().trim().max(300).default(""),
    accessibility: z.string().trim().max(2000).default(""),
    onlineUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .nullable()
      .default(null),
  })
  .refine((s) => s.endTime > s.startTime, {
    message: "must be after the start time",
    path: ["endTime"],
  })
  .refine((s) => s.place !== "" || s.onlineUrl !== null, {
    message: "give a place or an online link",
    path: ["place"],
  });

/** Quota features: attribute names such as ageBand, gender, municipality, language, education. */
export const featureName = z
  .string()
  .max(40)
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "must be a name such as ageBand or education");

export const quotaSchema = z.strictObject({
  feature: featureName,
  value: z.string().trim().min(1).max(100),
  min: z.number().int().min(0).max(10_000),
  max: z.number().int().min(0).max(10_000),
});

/** A panel's whole set-up (creating it, or replacing it while in draft or recruitment). */
export const setupSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  coreQuestions: z
    .array(z.strictObject({ text: localized }))
    .max(10)
    .default([]),
  questionsFormedBy: z.string().trim().max(500).default(""),
  sessions: z.array(sessionSchema).max(20).default([]),
  targetSize: z.number().int().min(1).max(1000),
  reserves: z.number().int().min(0).max(1000).default(0),
  quotas: z.array(quotaSchema).max(200).default([]),
  fees: z
    .strictObject({
      amountPerSessionCents: z.number().int().min(0).max(1_000_000),
      travel: z.boolean(),
      /** The most travel reimbursed for one session (none: no cap). */
      travelCapCents: z.number().int().min(0).max(1_000_000).optional(),
      giftCard: z.boolean(),
    })
    .default({ amountPerSessionCents: 0, travel: false, giftCard: false }),
  source: z.enum(PANEL_SOURCES),
  roundId: z.uuid().nullable().default(null),
});
export type SetupInput = z.infer<typeof setupSchema>;

export const statusSchema = z.strictObject({ status: z.enum(PANEL_STATUSES) });

/** Filling the candidate list: from the panel's source, or a staff list as CSV (base64). */
export const candidatesSchema = z.strictObject({
  file: z.string().max(5_000_000).optional(),
});

export const seedAnnouncementSchema = z.strictObject({
  announcement: z.string().trim().min(10).max(1000),
  knownAt: z.iso.datetime({ offset: true }).max(40),
});

export const drawSchema = z.strictObject({
  seed: z.string().trim().min(1).max(200),
});

export const inviteSchema = z.strictObject({
  deadline: z.iso.datetime({ offset: true }).max(40),
});

export const withdrawSchema = z.strictObject({
  candidateIds: z.array(z.uuid()).min(1).max(100),
});

export const candidateFilterSchema = z.enum(CANDIDATE_STATUSES);

export const answerSchema = z.strictObject({ answer: z.enum(["confirm", "decline"]) });

export const linkSchema = z.strictObject({ token: z.string().min(20).max(200) });

/** A resident's sign-up through an open call. */
export const openCallSchema = z.strictObject({
  language: z.enum(["fi", "sv", "en"]),
  attributes: z.record(featureName, z.string().max(100)).default({}),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(320).optional(),
  phone: z.string().trim().max(40).optional(),
  consent: z.boolean(),
});
