import type { CallingWindow, CallState, SpeechRate } from "@kuulo/phone";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "../../db/types.js";
import { staffUsers } from "../identity/schema.js";
import { organizations } from "../organizations/schema.js";
import { poolMembers } from "../pool/schema.js";
import { surveyResponses, surveys, surveyVersions } from "../surveys/schema.js";

/** fake: the local fake provider (development, demo, tests), speaking Twilio's wire format. */
export const PHONE_PROVIDERS = ["46elks", "twilio", "fake"] as const;
export type PhoneProvider = (typeof PHONE_PROVIDERS)[number];

export const CAMPAIGN_STATUSES = ["draft", "ready", "running", "paused", "finished"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const PHONE_LANGUAGES = ["fi", "sv"] as const;
export type PhoneLanguage = (typeof PHONE_LANGUAGES)[number];

/**
 * A robot phone campaign: a survey's frozen published version as a keypad voice flow, the
 * provider, the calling rules, and the status (draft → ready → running ⇄ paused → finished).
 */
export const phoneCampaigns = pgTable(
  "phone_campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    /** The published version the calls ask (frozen when the campaign is made). */
    versionId: uuid("version_id")
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "cascade" }),
    provider: text("provider").$type<PhoneProvider>().notNull(),
    /** Who calls, as the introduction says it ("Etelä-Karjalan hyvinvointialueen"). */
    caller: text("caller").notNull(),
    /** The number the calls come from (E.164), named in the SMS notice. */
    callingNumber: text("calling_number").notNull(),
    languages: jsonb("languages").$type<PhoneLanguage[]>().notNull(),
    rate: text("rate").$type<SpeechRate>().notNull().default("normal"),
    window: jsonb("window").$type<CallingWindow>().notNull(),
    maxAttempts: integer("max_attempts").notNull(),
    spacingHours: real("spacing_hours").notNull(),
    maxConcurrent: integer("max_concurrent").notNull(),
    smsNotice: boolean("sms_notice").notNull().default(false),
    machineDetection: boolean("machine_detection").notNull().default(true),
    status: text("status").$type<CampaignStatus>().notNull().default("draft"),
    /** The secret in 46elks' webhook URLs (46elks signs nothing). */
    webhookToken: text("webhook_token").notNull(),
    /** Prompt rendering: how many of how many are done; null before it starts. */
    promptsDone: integer("prompts_done"),
    promptsTotal: integer("prompts_total"),
    promptsError: text("prompts_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("phone_campaigns_org").on(t.organizationId, t.createdAt),
    check(
      "phone_campaigns_status",
      sql`${t.status} in ('draft', 'ready', 'running', 'paused', 'finished')`,
    ),
    check("phone_campaigns_provider", sql`${t.provider} in ('46elks', 'twilio', 'fake')`),
  ],
);

export const NUMBER_STATUSES = [
  "waiting",
  "in_call",
  "done",
  "opted_out",
  "suppressed",
  "exhausted",
] as const;
export type NumberStatus = (typeof NUMBER_STATUSES)[number];

/**
 * A number to call in a campaign, sealed (db/sealed.ts) with a blind index per campaign: from a
 * pool member who consented to phone calls for surveys, or from a staff list with its consent
 * basis. `attempts` counts the attempts claimed; the next is due at `next_attempt_at`.
 */
export const phoneNumbers = pgTable(
  "phone_numbers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => phoneCampaigns.id, { onDelete: "cascade" }),
    numberSealed: text("number_sealed").notNull(),
    numberIndex: text("number_index").notNull(),
    language: text("language").$type<PhoneLanguage>().notNull(),
    source: text("source").$type<"pool" | "list">().notNull(),
    poolMemberId: uuid("pool_member_id").references(() => poolMembers.id, { onDelete: "set null" }),
    /** For a staff list: the consent basis staff recorded (e.g. "consent by phone 2026-11"). */
    consentBasis: text("consent_basis").notNull(),
    status: text("status").$type<NumberStatus>().notNull().default("waiting"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** The survey response the answers go into (made with the first answer). */
    responseId: uuid("response_id").references(() => surveyResponses.id, { onDelete: "set null" }),
    noticeSentAt: timestamp("notice_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("phone_numbers_campaign_number").on(t.campaignId, t.numberIndex),
    index("phone_numbers_due").on(t.campaignId, t.status, t.nextAttemptAt),
  ],
);

export const CALL_STATUSES = ["placing", "ringing", "in_call", "ended"] as const;
export type PhoneCallStatus = (typeof CALL_STATUSES)[number];

/** How an attempt ended. */
export const CALL_OUTCOMES = [
  "completed",
  "partial",
  "abandoned",
  "opted_out",
  "busy",
  "no_answer",
  "failed",
  "machine",
  "timed_out",
  "suppressed",
  "provider_error",
] as const;
export type CallOutcomeKind = (typeof CALL_OUTCOMES)[number];

/**
 * One attempt at one number (unique per number and attempt: an attempt is never placed twice).
 * `state` is the call's state machine (`@kuulo/phone`), written with each callback.
 */
export const phoneCalls = pgTable(
  "phone_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => phoneCampaigns.id, { onDelete: "cascade" }),
    numberId: uuid("number_id")
      .notNull()
      .references(() => phoneNumbers.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    status: text("status").$type<PhoneCallStatus>().notNull().default("placing"),
    providerCallId: text("provider_call_id"),
    state: jsonb("state").$type<CallState>().notNull(),
    answered: boolean("answered").notNull().default(false),
    outcome: text("outcome").$type<CallOutcomeKind>(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("phone_calls_attempt").on(t.numberId, t.attempt),
    index("phone_calls_campaign_status").on(t.campaignId, t.status),
  ],
);

/** Provider callbacks applied, by idempotency key (`callbackKey`): a retry applies nothing. */
export const phoneCallbacks = pgTable(
  "phone_callbacks",
  {
    key: text("key").primaryKey(),
    callId: uuid("call_id")
      .notNull()
      .references(() => phoneCalls.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("phone_callbacks_call").on(t.callId)],
);

/** A campaign's prompt as audio: synthesised once, or a staff recording that replaces it. */
export const phonePrompts = pgTable(
  "phone_prompts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => phoneCampaigns.id, { onDelete: "cascade" }),
    promptId: text("prompt_id").notNull(),
    language: text("language").$type<PhoneLanguage>().notNull(),
    text: text("text").notNull(),
    source: text("source").$type<"synthesis" | "recording">().notNull(),
    contentType: text("content_type").notNull(),
    audio: bytea("audio").notNull(),
    seconds: real("seconds").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("phone_prompts_prompt").on(t.campaignId, t.language, t.promptId)],
);

export type PhoneCampaign = typeof phoneCampaigns.$inferSelect;
export type PhoneNumber = typeof phoneNumbers.$inferSelect;
export type PhoneCall = typeof phoneCalls.$inferSelect;
