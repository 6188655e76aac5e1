import { z } from "zod";
import { CAMPAIGN_STATUSES, PHONE_LANGUAGES, PHONE_PROVIDERS } from "./schema.js";

/** A calling window in Helsinki time: weekdays, hours [from, to), public holidays skipped. */
export const windowSchema = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]),
    fromHour: z.number().int().min(0).max(23).default(10),
    toHour: z.number().int().min(1).max(24).default(19),
    skipHolidays: z.boolean().default(true),
  })
  .refine((w) => w.toHour > w.fromHour, { message: "must be after fromHour", path: ["toHour"] });

export const campaignSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  surveyId: z.uuid(),
  provider: z.enum(PHONE_PROVIDERS).default("fake"),
  caller: z.string().trim().min(1).max(200),
  callingNumber: z
    .string()
    .trim()
    .max(20)
    .regex(/^\+[1-9]\d{6,14}$/, "must be a number in E.164, such as +358101234567"),
  languages: z.array(z.enum(PHONE_LANGUAGES)).min(1).max(2).default(["fi", "sv"]),
  rate: z.enum(["normal", "slow"]).default("normal"),
  window: windowSchema.default({
    days: [1, 2, 3, 4, 5],
    fromHour: 10,
    toHour: 19,
    skipHolidays: true,
  }),
  maxAttempts: z.number().int().min(1).max(10).default(3),
  spacingHours: z.number().min(0).max(168).default(4),
  maxConcurrent: z.number().int().min(1).max(500).default(10),
  smsNotice: z.boolean().default(false),
  machineDetection: z.boolean().default(true),
});
export type CampaignInput = z.infer<typeof campaignSchema>;

export const statusSchema = z.strictObject({ status: z.enum(CAMPAIGN_STATUSES) });

/** A staff list: CSV (number; language fi/sv), base64, with the consent basis for all of it. */
export const numbersUploadSchema = z.strictObject({
  file: z.string().min(1).max(5_000_000),
  consentBasis: z.string().trim().min(3).max(500),
});

/** A prompt recording: WAV or MP3, base64, at most 2 MB. */
export const recordingSchema = z.strictObject({
  file: z.string().min(1).max(2_800_000),
});
