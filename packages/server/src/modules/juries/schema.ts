import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUsers } from "../identity/schema.js";
import { organizations } from "../organizations/schema.js";

/** A text in the organization's languages; a language left out is empty. */
export type Localized = Partial<Record<"fi" | "sv" | "en", string>>;

/** The phases of an online jury, in order. */
export const JURY_PHASES = [
  "get_to_know",
  "hear_experts",
  "deliberate",
  "write",
  "publish",
] as const;
export type JuryPhase = (typeof JURY_PHASES)[number];
export const JURY_STATUSES = ["draft", "running", "finished"] as const;
export type JuryStatus = (typeof JURY_STATUSES)[number];
/** Where the jurors come from: the resident pool, an open call, a sortition draw (a panel's or a list). */
export const RECRUITMENT_SOURCES = ["pool", "open_call", "sortition"] as const;
export type RecruitmentSource = (typeof RECRUITMENT_SOURCES)[number];
/** Pre: jurors' posts wait for a facilitator; post: visible at once, may be hidden. */
export const JURY_MODERATION_MODES = ["pre", "post"] as const;
export type ModerationMode = (typeof JURY_MODERATION_MODES)[number];
export const MEMBER_KINDS = ["juror", "expert"] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const DIGEST_CHANNELS = ["none", "email", "sms"] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];
export const MATERIAL_KINDS = ["text", "image", "video", "link"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const POST_STATUSES = ["pending", "visible", "hidden"] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
/** The small fixed set of reactions; one per juror per kind on a post. */
export const REACTIONS = ["agree", "thanks", "question"] as const;
export type Reaction = (typeof REACTIONS)[number];

/** One phase's prompt (and its plain-language variant) and dates (YYYY-MM-DD). */
export interface PhasePlan {
  prompt: Localized;
  plainPrompt: Localized;
  startsOn: string | null;
  endsOn: string | null;
}

/** The decision-makers' response to the published statement. */
export interface DecisionResponse {
  body: string;
  /** YYYY-MM-DD. */
  date: string;
  text: Localized;
}

/** An online jury (digiraati): its question, recruitment, phases, moderation and status. */
export const juries = pgTable(
  "juries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    question: jsonb("question").$type<Localized>().notNull().default({}),
    recruitment: text("recruitment").$type<RecruitmentSource>().notNull(),
    /** The panel whose draw seated the jurors, or "" (a list, the pool, an open call). */
    recruitmentRef: text("recruitment_ref").notNull().default(""),
    /** Who may take part: e.g. "15–25-vuotiaat maakunnan nuoret". */
    audience: text("audience").notNull().default(""),
    minimumAge: integer("minimum_age").notNull().default(13),
    moderation: text("moderation").$type<ModerationMode>().notNull().default("post"),
    phase: text("phase").$type<JuryPhase>().notNull().default("get_to_know"),
    phases: jsonb("phases").$type<Partial<Record<JuryPhase, PhasePlan>>>().notNull().default({}),
    status: text("status").$type<JuryStatus>().notNull().default("draft"),
    decisionResponse: jsonb("decision_response").$type<DecisionResponse | null>(),
    /** When the jury finished; its members' contact data is erased JURY_CONTACT_RETENTION_DAYS later. */
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** When the retention worker erased the members' contact data (and links, sessions). */
    contactsErasedAt: timestamp("contacts_erased_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("juries_organization").on(t.organizationId),
    check("juries_minimum_age", sql`${t.minimumAge} between 0 and 120`),
  ],
);

/**
 * A juror or an invited expert. Contact data (and a guardian's) SEALED as JSON (`db/sealed.ts`);
 * a juror under the jury's minimum age is inactive until the guardian's consent is confirmed.
 */
export const juryMembers = pgTable(
  "jury_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    juryId: uuid("jury_id")
      .notNull()
      .references(() => juries.id, { onDelete: "cascade" }),
    kind: text("kind").$type<MemberKind>().notNull(),
    /** What others see: "Raatilainen 3", or an expert's name and title. */
    label: text("label").notNull(),
    /** Null once erased by the retention worker. */
    contactSealed: text("contact_sealed"),
    /** Where a juror came from, e.g. "panel:<candidate id>" for a panel's seated panelist. */
    sourceRef: text("source_ref"),
    language: text("language").$type<"fi" | "sv" | "en">().notNull().default("fi"),
    plainLanguage: boolean("plain_language").notNull().default(false),
    age: integer("age"),
    guardianSealed: text("guardian_sealed"),
    guardianConsentAt: timestamp("guardian_consent_at", { withTimezone: true }),
    active: boolean("active").notNull().default(true),
    digest: text("digest").$type<DigestChannel>().notNull().default("none"),
    lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("jury_members_jury").on(t.juryId),
    uniqueIndex("jury_members_source").on(t.juryId, t.sourceRef),
  ],
);

/** One-time links and members' sessions, hashed. */
export const juryTokens = pgTable(
  "jury_tokens",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => juryMembers.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<"link" | "session">().notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jury_tokens_hash").on(t.tokenHash),
    index("jury_tokens_member").on(t.memberId),
  ],
);

/** A material of a phase: a text (with a plain-language variant), an image, a video or a link. */
export const juryMaterials = pgTable(
  "jury_materials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    juryId: uuid("jury_id")
      .notNull()
      .references(() => juries.id, { onDelete: "cascade" }),
    phase: text("phase").$type<JuryPhase>().notNull(),
    kind: text("kind").$type<MaterialKind>().notNull(),
    title: jsonb("title").$type<Localized>().notNull(),
    body: jsonb("body").$type<Localized>().notNull().default({}),
    plainBody: jsonb("plain_body").$type<Localized>().notNull().default({}),
    url: text("url"),
    altText: jsonb("alt_text").$type<Localized>().notNull().default({}),
    captionsUrl: text("captions_url"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("jury_materials_jury").on(t.juryId, t.phase)],
);

/** An expert hearing: one invited expert answers the jurors' questions on a subject. */
export const juryHearings = pgTable(
  "jury_hearings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    juryId: uuid("jury_id")
      .notNull()
      .references(() => juries.id, { onDelete: "cascade" }),
    expertId: uuid("expert_id")
      .notNull()
      .references(() => juryMembers.id, { onDelete: "cascade" }),
    subject: jsonb("subject").$type<Localized>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("jury_hearings_jury").on(t.juryId)],
);

/** A juror's question in a hearing and the expert's written answer or video. */
export const juryQuestions = pgTable(
  "jury_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    hearingId: uuid("hearing_id")
      .notNull()
      .references(() => juryHearings.id, { onDelete: "cascade" }),
    askedBy: uuid("asked_by")
      .notNull()
      .references(() => juryMembers.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    answer: text("answer").notNull().default(""),
    answerVideoUrl: text("answer_video_url"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("jury_questions_hearing").on(t.hearingId)],
);

/**
 * A post in the jury's threaded discussion (a reply names its parent), by a juror or a
 * facilitator; screening flags (hetu, phone, email) hold it for moderation whatever the mode.
 */
export const juryPosts = pgTable(
  "jury_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    juryId: uuid("jury_id")
      .notNull()
      .references(() => juries.id, { onDelete: "cascade" }),
    phase: text("phase").$type<JuryPhase>().notNull(),
    parentId: uuid("parent_id"),
    authorMemberId: uuid("author_member_id").references(() => juryMembers.id, {
      onDelete: "cascade",
    }),
    authorUserId: uuid("author_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** Facilitator's summary of the discussion so far. */
    summary: boolean("summary").notNull().default(false),
    body: text("body").notNull(),
    flags: text("flags").array().$type<string[]>().notNull().default([]),
    status: text("status").$type<PostStatus>().notNull(),
    pinned: boolean("pinned").notNull().default(false),
    moderationReason: text("moderation_reason").notNull().default(""),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    moderatedBy: uuid("moderated_by").references(() => staffUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("jury_posts_jury").on(t.juryId, t.createdAt),
    check("jury_posts_status", sql`${t.status} in ('pending', 'visible', 'hidden')`),
  ],
);

/** A juror's reaction to a post: one per juror per kind. */
export const juryReactions = pgTable(
  "jury_reactions",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    postId: uuid("post_id")
      .notNull()
      .references(() => juryPosts.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => juryMembers.id, { onDelete: "cascade" }),
    kind: text("kind").$type<Reaction>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.memberId, t.kind] })],
);

export type Jury = typeof juries.$inferSelect;
export type JuryMember = typeof juryMembers.$inferSelect;
export type JuryMaterial = typeof juryMaterials.$inferSelect;
export type JuryPost = typeof juryPosts.$inferSelect;
