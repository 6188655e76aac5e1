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
import { type LocalizedText, organizations } from "../organizations/schema.js";

/** What a table was made from: a panel, a jury, a conversation, or one year's work. */
export const SOURCE_KINDS = [
  "panel",
  "jury",
  "conversation",
  "survey",
  "round_table",
  "year",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One status of a table's status set; `needsReason`: a measure in it must say why. */
export interface ActionStatus {
  key: string;
  label: LocalizedText;
  needsReason: boolean;
}

/** A decision that a measure rests on: the body, its meeting date, the section, the minutes. */
export interface DecisionRef {
  body: string;
  /** YYYY-MM-DD. */
  date: string;
  section: string;
  minutesUrl: string;
}

/** An organization's action table: the recommendations of a panel, jury, conversation or year. */
export const actionTables = pgTable(
  "action_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    sourceKind: text("source_kind").$type<SourceKind>(),
    sourceId: text("source_id"),
    statuses: jsonb("statuses").$type<ActionStatus[]>().notNull(),
    /** Owners are reminded of a measure not updated for this many months. */
    reminderMonths: integer("reminder_months").notNull().default(6),
    published: boolean("published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("action_tables_slug").on(t.organizationId, t.slug)],
);

export const actionRecommendations = pgTable(
  "action_recommendations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => actionTables.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("action_recommendations_table").on(t.tableId, t.position)],
);

export const actionMeasures = pgTable(
  "action_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => actionTables.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => actionRecommendations.id, { onDelete: "cascade" }),
    /** "1.1", "1.2" … */
    number: text("number").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    schedule: text("schedule").notNull().default(""),
    /** YYYY-MM. */
    startMonth: text("start_month"),
    endMonth: text("end_month"),
    status: text("status").notNull(),
    statusReason: text("status_reason").notNull().default(""),
    unit: text("unit").notNull().default(""),
    notes: text("notes").notNull().default(""),
    decisions: jsonb("decisions").$type<DecisionRef[]>().notNull().default([]),
    budgetYear: integer("budget_year"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** The last reminder to its owners, so that one is sent once per reminder period. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [index("action_measures_table").on(t.tableId, t.position)],
);

/** Every change to a table's rows: who, when, which field, from what to what. */
export const actionHistory = pgTable(
  "action_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => actionTables.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id").references(() => actionMeasures.id, { onDelete: "cascade" }),
    /** The measure's number at the time ("1.2"), or empty for a change to the table. */
    measureNumber: text("measure_number").notNull().default(""),
    actorUserId: uuid("actor_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** A system actor (CLI, import, demo) when no staff member made the change. */
    actorLabel: text("actor_label"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    field: text("field").notNull(),
    oldValue: text("old_value").notNull().default(""),
    newValue: text("new_value").notNull().default(""),
  },
  (t) => [index("action_history_table").on(t.tableId, t.at)],
);

/** The units an `action_editor` may edit; an editor with none may edit every row. */
export const actionEditorUnits = pgTable(
  "action_editor_units",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    unit: text("unit").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.unit] })],
);

/** A resident's subscription to a table's changes: double opt-in, one-click unsubscribe. */
export const actionSubscriptions = pgTable(
  "action_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => actionTables.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    language: text("language").notNull(),
    confirmTokenHash: text("confirm_token_hash"),
    unsubscribeTokenHash: text("unsubscribe_token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** Changes up to this history row have been sent. */
    notifiedUpTo: integer("notified_up_to").notNull().default(0),
  },
  (t) => [
    uniqueIndex("action_subscriptions_email").on(t.tableId, t.email),
    uniqueIndex("action_subscriptions_unsubscribe").on(t.unsubscribeTokenHash),
    index("action_subscriptions_confirm").on(t.confirmTokenHash),
    check("action_subscriptions_language", sql`${t.language} in ('fi', 'sv', 'en')`),
  ],
);

/** Where a recommendation came from. Panels' and juries' kinds hold ids of modules to come. */
export const TRAIL_SOURCE_KINDS = [
  "conversation_statement",
  "survey_theme",
  "statement_recommendation",
  "round_table_proposal",
  "other",
] as const;
export type TrailSourceKind = (typeof TRAIL_SOURCE_KINDS)[number];

/** What a source said when it was linked, kept as it was then. */
export interface SourceSnapshot {
  text: string;
  /** The source activity's title at linking time. */
  title: string;
  /** A conversation statement's votes and shares from the stored math. */
  voters?: number;
  agreeShare?: number;
  disagreeShare?: number;
  /** A survey theme's size: answers whose main theme it is. */
  themeSize?: number;
  /** A statement recommendation's support check when linked (modules/deliberation). */
  support?: StatementSupportSnapshot;
}

/** A support check's result: answers per level of the scale, and the share of acceptable. */
export interface StatementSupportSnapshot {
  scale: "gradients" | "consent";
  version: number;
  counts: { level: number; count: number }[];
  answered: number;
  eligible: number;
  acceptableShare: number | null;
}

/**
 * The trail (vaikutusketju): a recommendation's link back to where it came from — a
 * conversation's statement, a survey's theme, or (free snapshot) a later module's item.
 * The ids are text: the source may be deleted later, the snapshot stays.
 */
export const actionRecommendationSources = pgTable(
  "action_recommendation_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => actionTables.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => actionRecommendations.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TrailSourceKind>().notNull(),
    /** The conversation's or survey's id; a later module's id as text. */
    sourceId: text("source_id").notNull().default(""),
    /** A survey theme's question id. */
    questionId: text("question_id").notNull().default(""),
    /** A conversation's statement number (tid), a survey's theme id. */
    itemId: text("item_id").notNull().default(""),
    snapshot: jsonb("snapshot").$type<SourceSnapshot>().notNull(),
    linkedBy: uuid("linked_by").references(() => staffUsers.id, { onDelete: "set null" }),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("action_recommendation_sources_recommendation").on(t.recommendationId),
    index("action_recommendation_sources_source").on(t.organizationId, t.sourceId),
    check(
      "action_recommendation_sources_kind",
      sql`${t.kind} in ('conversation_statement', 'survey_theme', 'statement_recommendation', 'round_table_proposal', 'other')`,
    ),
  ],
);
