import { z } from "zod";
import type { PhoneCampaign } from "./schema.js";
import { CALL_OUTCOMES, CAMPAIGN_STATUSES, PHONE_LANGUAGES, PHONE_PROVIDERS } from "./schema.js";

export const campaignSummary = z.object({
  id: z.string(),
  name: z.string(),
  surveyId: z.string(),
  provider: z.enum(PHONE_PROVIDERS),
  status: z.enum(CAMPAIGN_STATUSES),
  languages: z.array(z.enum(PHONE_LANGUAGES)),
  createdAt: z.string(),
});

export const campaignDetail = campaignSummary.extend({
  versionId: z.string(),
  caller: z.string(),
  callingNumber: z.string(),
  rate: z.enum(["normal", "slow"]),
  window: z.object({
    days: z.array(z.number().int()),
    fromHour: z.number().int(),
    toHour: z.number().int(),
    skipHolidays: z.boolean(),
  }),
  maxAttempts: z.number().int(),
  spacingHours: z.number(),
  maxConcurrent: z.number().int(),
  smsNotice: z.boolean(),
  machineDetection: z.boolean(),
  prompts: z.object({
    done: z.number().int().nullable(),
    total: z.number().int().nullable(),
    error: z.string().nullable(),
  }),
  numbers: z.record(z.string(), z.number().int()),
  /** Questions not asked by phone, and why, per language. */
  skipped: z.array(z.object({ language: z.string(), question: z.string(), reason: z.string() })),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const campaignListResponse = z.object({ campaigns: z.array(campaignSummary) });

export const numbersAddedResponse = z.object({
  added: z.number().int(),
  suppressed: z.number().int(),
});

export const dashboardResponse = z.object({
  numbers: z.number().int(),
  attempted: z.number().int(),
  answered: z.number().int(),
  completed: z.number().int(),
  partial: z.number().int(),
  optedOut: z.number().int(),
  inCall: z.number().int(),
  waiting: z.number().int(),
  exhausted: z.number().int(),
  failedByReason: z.record(z.string(), z.number().int()),
  outcomes: z.partialRecord(z.enum(CALL_OUTCOMES), z.number().int()),
});

export const promptListResponse = z.object({
  prompts: z.array(
    z.object({
      id: z.string(),
      language: z.enum(PHONE_LANGUAGES),
      text: z.string(),
      audio: z.enum(["synthesis", "recording"]).nullable(),
      seconds: z.number().nullable(),
      url: z.string().nullable(),
    }),
  ),
});

export function toCampaignSummary(c: PhoneCampaign): z.infer<typeof campaignSummary> {
  return {
    id: c.id,
    name: c.name,
    surveyId: c.surveyId,
    provider: c.provider,
    status: c.status,
    languages: c.languages,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toCampaignDetail(
  c: PhoneCampaign,
  numbers: Record<string, number>,
  skipped: CampaignDetail["skipped"],
): CampaignDetail {
  return {
    ...toCampaignSummary(c),
    versionId: c.versionId,
    caller: c.caller,
    callingNumber: c.callingNumber,
    rate: c.rate,
    window: {
      days: c.window.days,
      fromHour: c.window.fromHour,
      toHour: c.window.toHour,
      skipHolidays: c.window.skipHolidays,
    },
    maxAttempts: c.maxAttempts,
    spacingHours: c.spacingHours,
    maxConcurrent: c.maxConcurrent,
    smsNotice: c.smsNotice,
    machineDetection: c.machineDetection,
    prompts: { done: c.promptsDone, total: c.promptsTotal, error: c.promptsError },
    numbers,
    skipped,
  };
}
