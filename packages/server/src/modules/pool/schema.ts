import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUsers } from "../identity/schema.js";
import { type LocalizedText, organizations } from "../organizations/schema.js";

/** What a member may consent to, each separately. */
export const PURPOSES = ["invitations", "surveys", "panels", "research"] as const;
export type Purpose = (typeof PURPOSES)[number];

/** How a member may be reached (consented to separately, and preferred). */
export const CONTACT_CHANNELS = ["email", "sms", "phone", "letter"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const GENDERS = ["woman", "man", "other", "undisclosed"] as const;
export type Gender = (typeof GENDERS)[number];

/** Mother tongue: Finnish, Swedish, Sámi or another. */
export const MOTHER_TONGUES = ["fi", "sv", "se", "other"] as const;
export type MotherTongue = (typeof MOTHER_TONGUES)[number];

/** Where a sign-up came from: the web form, or staff entering a paper form, a call, an event. */
export const SOURCES = ["web", "paper", "phone", "event"] as const;
export type Source = (typeof SOURCES)[number];

/** Through what a consent was given (a consent record's `given_via`). */
export const CONSENT_VIA = ["web", "paper", "phone", "staff"] as const;
export type ConsentVia = (typeof CONSENT_VIA)[number];

/** pending: waits for the email link or SMS code; active; left: only the pseudonymous record. */
export const MEMBER_STATUSES = ["pending", "active", "left"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const QUESTION_TYPES = ["choice", "yes_no", "text"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A background question the organization asks (education, children in the family …). */
export interface BackgroundQuestion {
  key: string;
  label: LocalizedText;
  /** Why it is asked, shown beside the question. */
  why: LocalizedText;
  type: QuestionType;
  required: boolean;
  /** For `choice`: the options, each with a stable key. */
  options: { key: string; label: LocalizedText }[];
}

export interface Theme {
  key: string;
  label: LocalizedText;
}

/** The consent text of one purpose; `version` goes up whenever the text changes. */
export interface ConsentText {
  text: LocalizedText;
  version: number;
}

/** An organization's pool settings. */
export const poolSettings = pgTable("pool_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** 3-digit municipality codes (Statistics Finland) whose residents may join. */
  municipalities: jsonb("municipalities").$type<string[]>().notNull().default([]),
  questions: jsonb("questions").$type<BackgroundQuestion[]>().notNull().default([]),
  themes: jsonb("themes").$type<Theme[]>().notNull().default([]),
  consentTexts: jsonb("consent_texts").$type<Record<Purpose, ConsentText>>().notNull(),
  /** Contact data of members who have not responded for this long is deleted. */
  inactiveRetentionMonths: integer("inactive_retention_months").notNull().default(36),
  /** The pseudonymous record of members who left is deleted after this long. */
  leftRetentionMonths: integer("left_retention_months").notNull().default(60),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => staffUsers.id, { onDelete: "set null" }),
});

/**
 * A member of an organization's resident pool. Email and phone are stored only sealed
 * (db/sealed.ts) with a keyed blind index for finding the member; leaving or retention removes
 * them and the answers, and keeps the pseudonymous record (birth year, municipality, gender,
 * mother tongue, dates).
 */
export const poolMembers = pgTable(
  "pool_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: text("status").$type<MemberStatus>().notNull(),
    emailSealed: text("email_sealed"),
    emailIndex: text("email_index"),
    phoneSealed: text("phone_sealed"),
    phoneIndex: text("phone_index"),
    municipality: text("municipality").notNull(),
    birthYear: integer("birth_year").notNull(),
    gender: text("gender").$type<Gender>().notNull(),
    motherTongue: text("mother_tongue").$type<MotherTongue>().notNull(),
    /** The language the member uses Kuulo in (mails, self-service). */
    language: text("language").notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    interests: jsonb("interests").$type<string[]>().notNull().default([]),
    channels: jsonb("channels").$type<ContactChannel[]>().notNull().default([]),
    source: text("source").$type<Source>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** How the sign-up was confirmed: the email link, the SMS code, or a signed paper form. */
    confirmedVia: text("confirmed_via").$type<"email_link" | "sms_code" | "signature">(),
    /** The last time the member confirmed, responded or used self-service (retention). */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp("left_at", { withTimezone: true }),
    /** Why the contact data went: the member left, or the retention period ran out. */
    leftReason: text("left_reason").$type<"left" | "retention">(),
  },
  (t) => [
    uniqueIndex("pool_members_email").on(t.organizationId, t.emailIndex),
    uniqueIndex("pool_members_phone").on(t.organizationId, t.phoneIndex),
    index("pool_members_org_status").on(t.organizationId, t.status),
    check("pool_members_status", sql`${t.status} in ('pending', 'active', 'left')`),
    check(
      "pool_members_contact",
      sql`${t.status} = 'left' or ${t.emailSealed} is not null or ${t.phoneSealed} is not null`,
    ),
  ],
);

/**
 * Consent events: one row per purpose and channel given, never changed afterwards except for
 * `withdrawn_at`, set once (a trigger, migration pool_consents_history, refuses any other
 * update). A changed consent is a new row; the history is shown in self-service.
 */
export const poolConsents = pgTable(
  "pool_consents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => poolMembers.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<Purpose>().notNull(),
    channel: text("channel").$type<ContactChannel>().notNull(),
    textVersion: integer("text_version").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    givenVia: text("given_via").$type<ConsentVia>().notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [index("pool_consents_member").on(t.memberId, t.givenAt)],
);

export const TOKEN_PURPOSES = ["confirm", "sms_code", "self_service", "session"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** One-time tokens (email link, SMS code, self-service link) and self-service sessions, hashed. */
export const poolTokens = pgTable(
  "pool_tokens",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => poolMembers.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<TokenPurpose>().notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("pool_tokens_hash").on(t.tokenHash),
    index("pool_tokens_member").on(t.memberId),
  ],
);

/** The population table (StatFin 11re, JSON-stat 2) an organization compares its pool with. */
export const poolPopulations = pgTable("pool_populations", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** The year of the figures, as the file gives it. */
  year: text("year"),
  label: text("label").notNull(),
  /** The JSON-stat 2 dataset as uploaded (validated with readPopulation). */
  data: jsonb("data").$type<unknown>().notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  uploadedBy: uuid("uploaded_by").references(() => staffUsers.id, { onDelete: "set null" }),
});

export const DRAW_METHODS = ["random", "stratified", "quota"] as const;
export const QUOTA_FEATURES = ["municipality", "ageBand", "gender"] as const;
export type QuotaFeature = (typeof QUOTA_FEATURES)[number];
export type DrawMethod = (typeof DRAW_METHODS)[number];

/** What a draw was made with: the filters, the stratification and the group size. */
export interface DrawParameters {
  purpose: Purpose;
  size: number;
  filters: { municipality?: string; ageBand?: string; gender?: Gender; interest?: string };
  /** For `stratified`: the dimensions, and counts per stratum when not proportional. */
  stratifyBy?: ("municipality" | "ageBand")[];
  counts?: Record<string, number>;
  /** For `quota`: at least `min` and at most `max` drawn members with the feature's value. */
  quotas?: { feature: QuotaFeature; value: string; min: number; max: number }[];
}

export interface EligibleMember {
  id: string;
  stratum: string;
  features?: Record<QuotaFeature, string>;
}

/**
 * A group drawn from the pool. The eligible members' ids (in the order drawn from) and the
 * drawn ids are kept, so that the draw can be re-run from its seed and checked.
 */
export const poolDraws = pgTable(
  "pool_draws",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    method: text("method").$type<DrawMethod>().notNull(),
    seed: text("seed").notNull(),
    parameters: jsonb("parameters").$type<DrawParameters>().notNull(),
    /** The eligible members with their strata (and, for `quota`, their features). */
    eligible: jsonb("eligible").$type<EligibleMember[]>().notNull(),
    drawn: jsonb("drawn").$type<string[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [index("pool_draws_org").on(t.organizationId, t.createdAt)],
);
