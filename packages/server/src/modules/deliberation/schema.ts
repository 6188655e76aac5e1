import { sql } from "drizzle-orm";
import {
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

/** The module that owns a statement (and creates it): a panel, an online jury, round tables. */
export const OWNER_KINDS = ["panel", "jury", "round_table"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
/** A final statement (loppulausuma) of a panel or jury, a public statement (julkilausuma). */
export const STATEMENT_KINDS = ["final_statement", "public_statement"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
/** Gradients of agreement 1–5, or consent (agree / can live with it / object). */
export const SUPPORT_SCALES = ["gradients", "consent"] as const;
export type SupportScale = (typeof SUPPORT_SCALES)[number];
export const DELIBERATION_STATUSES = [
  "drafting",
  "amending",
  "support_check",
  "adopted",
  "published",
] as const;
export type StatementStatus = (typeof DELIBERATION_STATUSES)[number];
export const PARTICIPANT_ROLES = ["panelist", "juror", "facilitator"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const AMENDMENT_STATUSES = ["proposed", "accepted", "rejected"] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** A text in the organization's languages; a language left out is empty. */
export type Localized = Partial<Record<"fi" | "sv" | "en", string>>;

/** A statement: its preamble, scale, status, adoption, hand-over and publication. */
export const deliberationStatements = pgTable(
  "deliberation_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    ownerKind: text("owner_kind").$type<OwnerKind>().notNull(),
    /** The owner's id in its module (no foreign key: the owner module creates the statement). */
    ownerId: text("owner_id").notNull(),
    kind: text("kind").$type<StatementKind>().notNull(),
    title: text("title").notNull(),
    preamble: jsonb("preamble").$type<Localized>().notNull().default({}),
    supportScale: text("support_scale").$type<SupportScale>().notNull(),
    status: text("status").$type<StatementStatus>().notNull().default("drafting"),
    adoptedAt: timestamp("adopted_at", { withTimezone: true }),
    /** How it was adopted, e.g. "support check + vote 34–2". */
    adoptedHow: text("adopted_how").notNull().default(""),
    /** YYYY-MM-DD. */
    handedOverOn: text("handed_over_on"),
    handedOverTo: text("handed_over_to").notNull().default(""),
    handoverNote: text("handover_note").notNull().default(""),
    published: boolean("published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deliberation_statements_owner").on(t.organizationId, t.ownerKind, t.ownerId),
    check(
      "deliberation_statements_owner_kind",
      sql`${t.ownerKind} in ('panel', 'jury', 'round_table')`,
    ),
    check(
      "deliberation_statements_kind",
      sql`${t.kind} in ('final_statement', 'public_statement')`,
    ),
    check("deliberation_statements_scale", sql`${t.supportScale} in ('gradients', 'consent')`),
    check(
      "deliberation_statements_status",
      sql`${t.status} in ('drafting', 'amending', 'support_check', 'adopted', 'published')`,
    ),
  ],
);

/** Who may propose amendments and give support: a reference given by the owner module. */
export const deliberationParticipants = pgTable(
  "deliberation_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    /** The owner module's id of the person (e.g. a panelist's id). */
    ref: text("ref").notNull(),
    /** A label staff see, e.g. "Panelisti 12" (no name needed). */
    label: text("label").notNull(),
    role: text("role").$type<ParticipantRole>().notNull(),
  },
  (t) => [
    uniqueIndex("deliberation_participants_ref").on(t.statementId, t.ref),
    check("deliberation_participants_role", sql`${t.role} in ('panelist', 'juror', 'facilitator')`),
  ],
);

/** A draft recommendation: its current text and version (every version in `..._versions`). */
export const deliberationRecommendations = pgTable(
  "deliberation_recommendations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    rationale: text("rationale").notNull().default(""),
    /** `draft` while worked on; `withdrawn` ones stay out of the adopted statement. */
    status: text("status").$type<"draft" | "withdrawn">().notNull().default("draft"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deliberation_recommendations_statement").on(t.statementId, t.position),
    check("deliberation_recommendations_status", sql`${t.status} in ('draft', 'withdrawn')`),
  ],
);

/** Every text of a recommendation: the first, each accepted amendment, each staff edit. */
export const deliberationRecommendationVersions = pgTable(
  "deliberation_recommendation_versions",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => deliberationRecommendations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    /** `created`, `edited` or `amendment`. */
    cause: text("cause").notNull(),
    amendmentId: uuid("amendment_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.version] })],
);

/** A table's or meeting's proposal, and the draft recommendation it was merged into. */
export const deliberationProposals = pgTable(
  "deliberation_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    /** Where it came from, e.g. "Pöytä 3". */
    sourceLabel: text("source_label").notNull(),
    text: text("text").notNull(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    recommendationId: uuid("recommendation_id").references(() => deliberationRecommendations.id, {
      onDelete: "set null",
    }),
  },
  (t) => [index("deliberation_proposals_statement").on(t.statementId)],
);

/** A participant's amendment to a recommendation, and the facilitator's decision. */
export const deliberationAmendments = pgTable(
  "deliberation_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => deliberationRecommendations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => deliberationParticipants.id, { onDelete: "cascade" }),
    /** The recommendation's version the amendment was written against. */
    baseVersion: integer("base_version").notNull(),
    /** A new text for the recommendation, or null for a comment only. */
    proposedText: text("proposed_text"),
    comment: text("comment").notNull().default(""),
    status: text("status").$type<AmendmentStatus>().notNull().default("proposed"),
    reason: text("reason").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => staffUsers.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deliberation_amendments_recommendation").on(t.recommendationId),
    check(
      "deliberation_amendments_status",
      sql`${t.status} in ('proposed', 'accepted', 'rejected')`,
    ),
  ],
);

/**
 * One answer per participant per recommendation per text version: a level of the statement's
 * scale (gradients 1–5; consent 3 = agree, 2 = can live with it, 1 = object).
 */
export const deliberationSupport = pgTable(
  "deliberation_support",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => deliberationRecommendations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => deliberationParticipants.id, { onDelete: "cascade" }),
    level: integer("level").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.version, t.participantId] }),
    check("deliberation_support_level", sql`${t.level} between 1 and 5`),
  ],
);

/** A minority opinion on the statement or one recommendation, with its number of supporters. */
export const deliberationMinorityOpinions = pgTable(
  "deliberation_minority_opinions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => deliberationStatements.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id").references(() => deliberationRecommendations.id, {
      onDelete: "cascade",
    }),
    text: text("text").notNull(),
    supporters: integer("supporters").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("deliberation_minority_opinions_statement").on(t.statementId)],
);
