import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
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

// Population-register recruitment rounds (recruitment/): the frame from a DVV extract, the
// sample, the sign-up codes and what became of each invited person.

export const ROUND_STRATIFY = ["municipality", "age"] as const;
export type RoundStratify = (typeof ROUND_STRATIFY)[number];

/** frame: imported, not drawn; invited: got a letter; then the way to the panel. */
export const RECRUIT_STATUSES = [
  "frame",
  "invited",
  "responded",
  "signed_up",
  "selected",
  "attended",
] as const;
export type RecruitStatus = (typeof RECRUIT_STATUSES)[number];

/** A recruitment round: who is drawn, when the sign-up is open, and what the letter says. */
export const poolRecruitmentRounds = pgTable(
  "pool_recruitment_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    purpose: text("purpose").notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    /** Session dates YYYY-MM-DD, asked about on the sign-up page. */
    sessionDates: jsonb("session_dates").$type<string[]>().notNull().default([]),
    sampleSize: integer("sample_size").notNull(),
    stratify: jsonb("stratify").$type<RoundStratify[]>().notNull().default([]),
    seed: text("seed").notNull(),
    /** The letter's template fields (@kuulo/letters' LetterTemplate). */
    letterTemplate: jsonb("letter_template").$type<Record<string, unknown>>().notNull(),
    bilingual: boolean("bilingual").notNull().default(false),
    /** The extract's SHA-256, once a frame is imported. */
    frameSha256: text("frame_sha256"),
    frameImportedAt: timestamp("frame_imported_at", { withTimezone: true }),
    drawnAt: timestamp("drawn_at", { withTimezone: true }),
    /** Set when the window closed and the contact data of non-sign-ups was deleted. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    index("pool_recruitment_rounds_org").on(t.organizationId, t.createdAt),
    check("pool_recruitment_rounds_window", sql`${t.closesAt} > ${t.opensAt}`),
    check("pool_recruitment_rounds_sample", sql`${t.sampleSize} > 0`),
  ],
);

/**
 * A person of a round's frame: the HMAC of the hetu (never the hetu), the pseudonymous strata,
 * and the name and address SEALED (deleted when the window closes unless they signed up).
 */
export const poolRecruitmentPeople = pgTable(
  "pool_recruitment_people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    roundId: uuid("round_id")
      .notNull()
      .references(() => poolRecruitmentRounds.id, { onDelete: "cascade" }),
    /** HMAC-SHA-256 of the hetu under a key derived from the data key (per organization). */
    personKey: text("person_key").notNull(),
    birthDate: text("birth_date").notNull(),
    sex: integer("sex").notNull(),
    language: text("language").notNull(),
    municipality: text("municipality").notNull(),
    ageBand: text("age_band"),
    /** May get a letter: no turvakielto, alive, with an address. */
    letter: boolean("letter").notNull(),
    /** Sealed JSON {firstNames, surname, streetAddress, postalCode, postOffice}. */
    contactSealed: text("contact_sealed"),
    stratum: text("stratum"),
    status: text("status").$type<RecruitStatus>().notNull().default("frame"),
    /** Keyed hash of the sign-up code (sampled people only). */
    codeHash: text("code_hash"),
    /** The code sealed, for making the letters again; deleted with the contact data. */
    codeSealed: text("code_sealed"),
    letterNumber: integer("letter_number"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    signedUpAt: timestamp("signed_up_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("pool_recruitment_people_person").on(t.roundId, t.personKey),
    uniqueIndex("pool_recruitment_people_code").on(t.codeHash),
    index("pool_recruitment_people_round").on(t.roundId, t.status),
  ],
);

/** A sampled person's sign-up through the code: consents, answers and contact data (sealed). */
export const poolRecruitmentSignups = pgTable("pool_recruitment_signups", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => poolRecruitmentPeople.id, { onDelete: "cascade" }),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  roundId: uuid("round_id")
    .notNull()
    .references(() => poolRecruitmentRounds.id, { onDelete: "cascade" }),
  /** Consent to the round's purpose (required) and to research use (optional). */
  consentPurpose: boolean("consent_purpose").notNull(),
  consentResearch: boolean("consent_research").notNull(),
  /** The consent text shown, as given (fi/sv). */
  language: text("language").notNull(),
  gender: text("gender").$type<Gender>().notNull(),
  /** Session dates (YYYY-MM-DD) the person can attend. */
  availability: jsonb("availability").$type<string[]>().notNull().default([]),
  emailSealed: text("email_sealed"),
  phoneSealed: text("phone_sealed"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

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
    /** A partner organization that drew from the shared pool; null when the host drew. */
    drawnByOrganizationId: uuid("drawn_by_organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [index("pool_draws_org").on(t.organizationId, t.createdAt)],
);

// Sharing the pool with other public bodies that serve the same residents (sharing/).

/** proposed: the host organization proposed it; accepted: the partner's admin accepted; ended. */
export const SHARING_STATUSES = ["proposed", "accepted", "ended"] as const;
export type SharingStatus = (typeof SHARING_STATUSES)[number];

/**
 * An agreement by which the host organization (`organization_id`, whose pool it is) lets a
 * partner organization invite the members who consent to it. The host proposes, the partner
 * accepts, either ends it; an ended agreement is kept as a record and gives no access.
 */
export const poolSharingAgreements = pgTable(
  "pool_sharing_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    partnerOrganizationId: uuid("partner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: text("status").$type<SharingStatus>().notNull().default("proposed"),
    /** The agreement's reference, e.g. the decision number and date. */
    reference: text("reference").notNull(),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
    proposedBy: uuid("proposed_by").references(() => staffUsers.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => staffUsers.id, { onDelete: "set null" }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedBy: uuid("ended_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    index("pool_sharing_agreements_partner").on(t.partnerOrganizationId, t.status),
    uniqueIndex("pool_sharing_agreements_open")
      .on(t.organizationId, t.partnerOrganizationId)
      .where(sql`${t.status} <> 'ended'`),
    check("pool_sharing_agreements_status", sql`${t.status} in ('proposed', 'accepted', 'ended')`),
    check("pool_sharing_agreements_other", sql`${t.organizationId} <> ${t.partnerOrganizationId}`),
  ],
);

/**
 * A member's consent that a partner organization may invite them (under an agreement), kept
 * as history like the purpose consents: given when and through what, withdrawn when.
 */
export const poolPartnerConsents = pgTable(
  "pool_partner_consents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => poolMembers.id, { onDelete: "cascade" }),
    partnerOrganizationId: uuid("partner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The agreement the consent was given under (its reference is the text consented to). */
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => poolSharingAgreements.id, { onDelete: "cascade" }),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    givenVia: text("given_via").$type<ConsentVia>().notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    index("pool_partner_consents_member").on(t.memberId, t.givenAt),
    index("pool_partner_consents_partner").on(t.partnerOrganizationId, t.organizationId),
  ],
);
