import type { Answers, DefinitionInput } from "@kuulo/survey";
import { sql } from "drizzle-orm";
import {
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
import { invitations } from "../messaging/schema.js";
import { organizations } from "../organizations/schema.js";
import { poolMembers } from "../pool/schema.js";

export const SURVEY_STATUSES = ["draft", "open", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** anonymous: no link to a person; linked: the response names the invited pool member (stated to the respondent). */
export const ANONYMITY = ["anonymous", "linked"] as const;
export type Anonymity = (typeof ANONYMITY)[number];

/** How a response came: the web form, staff entering paper or an interview, a call, an event kiosk, an import. */
export const RESPONSE_CHANNELS = ["web", "paper", "phone", "event", "interview", "import"] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const RESPONSE_STATUSES = ["in_progress", "complete"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** A survey: its working draft, and whether residents may answer its newest published version. */
export const surveys = pgTable(
  "surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The public address: /{org}/surveys/{slug}. */
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    status: text("status").$type<SurveyStatus>().notNull().default("draft"),
    anonymity: text("anonymity").$type<Anonymity>().notNull().default("anonymous"),
    /** The working draft; publishing freezes a copy in survey_versions. */
    draft: jsonb("draft").$type<DefinitionInput>().notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    kioskAllowed: boolean("kiosk_allowed").notNull().default(false),
    /** Sites (origins) that may embed the answering page; empty: any site. */
    embedOrigins: text("embed_origins").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("surveys_org_slug").on(t.organizationId, t.slug),
    check("surveys_status", sql`${t.status} in ('draft', 'open', 'closed')`),
    check("surveys_anonymity", sql`${t.anonymity} in ('anonymous', 'linked')`),
  ],
);

/** A published version: frozen, never edited; responses keep the version they answered. */
export const surveyVersions = pgTable(
  "survey_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** The parsed definition (defaults filled in), as checked at publishing. */
    definition: jsonb("definition").$type<DefinitionInput>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid("published_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("survey_versions_number").on(t.surveyId, t.number)],
);

/** One respondent's answers to one version. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "cascade" }),
    channel: text("channel").$type<ResponseChannel>().notNull().default("web"),
    /** For staff entry: where the answers came from (a paper form's number, the interviewer). */
    sourceNote: text("source_note"),
    /** Only on a survey that is linked to pool members. */
    poolMemberId: uuid("pool_member_id").references(() => poolMembers.id, { onDelete: "set null" }),
    /** The personal invitation answered (one response per invitation). */
    poolInvitationId: uuid("pool_invitation_id").references(() => invitations.id, {
      onDelete: "set null",
    }),
    status: text("status").$type<ResponseStatus>().notNull().default("in_progress"),
    /** The save-and-continue token, only as its SHA-256 hash; cleared on submitting. */
    resumeTokenHash: text("resume_token_hash"),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    /** Questions pre-filled from the invited pool member's data (shown to the respondent). */
    prefilled: text("prefilled").array().notNull().default(sql`'{}'::text[]`),
    enteredBy: uuid("entered_by").references(() => staffUsers.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("survey_responses_invitation").on(t.poolInvitationId),
    uniqueIndex("survey_responses_resume").on(t.resumeTokenHash),
    index("survey_responses_survey").on(t.surveyId, t.status),
    check(
      "survey_responses_channel",
      sql`${t.channel} in ('web', 'paper', 'phone', 'event', 'interview', 'import')`,
    ),
    check("survey_responses_status", sql`${t.status} in ('in_progress', 'complete')`),
  ],
);

export type Survey = typeof surveys.$inferSelect;
export type SurveyVersion = typeof surveyVersions.$inferSelect;
export type SurveyResponse = typeof surveyResponses.$inferSelect;

export const ANALYSIS_STATUSES = ["running", "done", "failed"] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

/** An analyst's edit of a theme set, kept so that the set can be rebuilt from the answers. */
export type ThemeEdit =
  | { type: "merge"; ids: string[]; label?: string }
  | { type: "split"; themeId: string; parts?: number }
  | { type: "rename"; themeId: string; label: string };

/**
 * One analysis of a text question's open answers (complete responses, every version) with
 * @kuulo/text: a job with progress, then the theme set (themes with answer ids, labels,
 * keywords, quotes, indicative sentiment) that the analyst edits and signs off. Re-running
 * makes a new row; the newest is the question's current analysis.
 */
/** One theme's summary from the language model, as @kuulo/text verified it. */
export interface LlmThemeSummary {
  themeId: string;
  /** "llm": passed every check; "keywords": fell back (the reason in `error`). */
  source: "llm" | "keywords";
  summary: string | null;
  /** Answer (response) ids the summary cites; each is in the theme. */
  citedIds: string[];
  error?: string;
}
export interface LlmSummaries {
  model: string;
  /** ISO time; the results page shows them only when signed off after this. */
  at: string;
  themes: LlmThemeSummary[];
}

export const surveyAnalyses = pgTable(
  "survey_analyses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    status: text("status").$type<AnalysisStatus>().notNull().default("running"),
    step: text("step"),
    done: integer("done").notNull().default(0),
    total: integer("total").notNull().default(0),
    error: text("error"),
    /** The analysed answers' response ids, in the order given to the analysis (for rebuilding). */
    responseIds: jsonb("response_ids").$type<string[]>().notNull().default([]),
    seed: integer("seed").notNull().default(1),
    /** The k the analysis settled on (the sweep's suggestion), for rebuilding. */
    k: integer("k"),
    /** @kuulo/text's report (themes, answers' theme ids and sentiment), as edited. */
    report: jsonb("report").$type<Record<string, unknown>>(),
    edits: jsonb("edits").$type<ThemeEdit[]>().notNull().default([]),
    /** Answers the analyst will not have quoted. */
    excludedQuotes: jsonb("excluded_quotes").$type<string[]>().notNull().default([]),
    /** Quotes the analyst picked per theme (replacing the suggested ones). */
    pickedQuotes: jsonb("picked_quotes").$type<Record<string, string[]>>().notNull().default({}),
    startedBy: uuid("started_by").references(() => staffUsers.id, { onDelete: "set null" }),
    signedOffBy: uuid("signed_off_by").references(() => staffUsers.id, { onDelete: "set null" }),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    /** The language model's theme summaries (themes/llm.ts); any edit clears them. */
    llmSummaries: jsonb("llm_summaries").$type<LlmSummaries>(),
    /** The summarising job (themes/llm.ts): null before the first, then running → done/failed. */
    llmStatus: text("llm_status").$type<AnalysisStatus>(),
    /** Themes summarised so far of `llmTotal`. */
    llmDone: integer("llm_done").notNull().default(0),
    llmTotal: integer("llm_total").notNull().default(0),
    /** Why the last job failed. */
    llmError: text("llm_error"),
    llmStartedAt: timestamp("llm_started_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("survey_analyses_question").on(t.surveyId, t.questionId, t.createdAt),
    check("survey_analyses_status", sql`${t.status} in ('running', 'done', 'failed')`),
    check("survey_analyses_llm_status", sql`${t.llmStatus} in ('running', 'done', 'failed')`),
  ],
);

export const PUBLICATION_VISIBILITY = ["public", "link"] as const;
export type PublicationVisibility = (typeof PUBLICATION_VISIBILITY)[number];

/** A survey's published results page: public, or link-only with an unguessable token. */
export const surveyPublications = pgTable(
  "survey_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    visibility: text("visibility").$type<PublicationVisibility>().notNull(),
    /** Link-only pages: SHA-256 of the token (the token is shown once to staff). */
    tokenHash: text("token_hash"),
    /** The page as published: per-question results and the signed-off themes with quotes. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    publishedBy: uuid("published_by").references(() => staffUsers.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("survey_publications_survey").on(t.surveyId),
    uniqueIndex("survey_publications_token").on(t.tokenHash),
    check("survey_publications_visibility", sql`${t.visibility} in ('public', 'link')`),
  ],
);

export type SurveyAnalysis = typeof surveyAnalyses.$inferSelect;
export type SurveyPublication = typeof surveyPublications.$inferSelect;
