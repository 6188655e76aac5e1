import { sql } from "drizzle-orm";
import {
  bigserial,
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
import { type LocalizedText, organizations } from "../organizations/schema.js";
import { poolRecruitmentRounds } from "../pool/schema.js";

/** draft → recruiting → selected → running → finished. */
export const PANEL_STATUSES = ["draft", "recruiting", "selected", "running", "finished"] as const;
export type PanelStatus = (typeof PANEL_STATUSES)[number];

/** Where the candidates come from. */
export const PANEL_SOURCES = ["population_round", "pool", "staff_list", "open_call"] as const;
export type PanelSource = (typeof PANEL_SOURCES)[number];

/** A quota row over a candidate attribute: between `min` and `max` seats have feature = value. */
export interface PanelQuota {
  feature: string;
  value: string;
  min: number;
  max: number;
}

/** Fee rules, stored for the fees increment: per session, travel, gift card instead. */
export interface PanelFeeRules {
  amountPerSessionCents: number;
  travel: boolean;
  /** The most travel reimbursed for one session, if the panel has such a cap. */
  travelCapCents?: number | undefined;
  giftCard: boolean;
}

/** A core question in three languages. */
export interface CoreQuestion {
  text: LocalizedText;
}

/** A resident panel: its set-up, recruitment source, the seed announcement and the draw. */
export const panels = pgTable(
  "panels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status").$type<PanelStatus>().notNull().default("draft"),
    coreQuestions: jsonb("core_questions").$type<CoreQuestion[]>().notNull().default([]),
    /** Who formed the core questions (e.g. "aluevaltuuston ryhmäpuheenjohtajat"). */
    questionsFormedBy: text("questions_formed_by").notNull().default(""),
    targetSize: integer("target_size").notNull(),
    reserves: integer("reserves").notNull().default(0),
    quotas: jsonb("quotas").$type<PanelQuota[]>().notNull().default([]),
    fees: jsonb("fees").$type<PanelFeeRules>().notNull(),
    source: text("source").$type<PanelSource>().notNull(),
    /** With source population_round: the pool recruitment round of the same organization. */
    roundId: uuid("round_id").references(() => poolRecruitmentRounds.id, { onDelete: "set null" }),
    /** Where the seed will come from, and when it becomes known (public before the draw). */
    seedAnnouncement: text("seed_announcement"),
    seedKnownAt: timestamp("seed_known_at", { withTimezone: true }),
    seedAnnouncedAt: timestamp("seed_announced_at", { withTimezone: true }),
    /** Invitations answered by this time, or the seat goes to a reserve. */
    responseDeadline: timestamp("response_deadline", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("panels_org").on(t.organizationId, t.createdAt),
    check("panels_size", sql`${t.targetSize} > 0 and ${t.reserves} >= 0`),
  ],
);

/**
 * One meeting of a panel: date and time (Europe/Helsinki), a place with its accessibility, or
 * online with a link. Attendance, tables and materials (the next increment) refer to it.
 */
export const panelSessions = pgTable(
  "panel_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** YYYY-MM-DD, HH:MM and HH:MM in Europe/Helsinki. */
    date: text("date").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    place: text("place").notNull().default(""),
    accessibility: text("accessibility").notNull().default(""),
    onlineUrl: text("online_url"),
  },
  (t) => [uniqueIndex("panel_sessions_position").on(t.panelId, t.position)],
);

/** candidate → selected / reserve → confirmed / declined / withdrawn. */
export const CANDIDATE_STATUSES = [
  "candidate",
  "selected",
  "reserve",
  "confirmed",
  "declined",
  "withdrawn",
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/**
 * A person who can be selected: the attributes quotas use, where they came from, and how to
 * reach them, SEALED (db/sealed.ts). `number` is the person's 0-based index in the draw.
 */
export const panelCandidates = pgTable(
  "panel_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    source: text("source").$type<PanelSource>().notNull(),
    /** The source's id of the person (sign-up person id, pool member id, list row). */
    sourceRef: text("source_ref").notNull(),
    attributes: jsonb("attributes").$type<Record<string, string>>().notNull(),
    language: text("language").notNull().default("fi"),
    /** Sealed JSON {name?, email?, phone?}. */
    contactSealed: text("contact_sealed"),
    /** An open call's sign-up: the consent text shown, its version and language, when given. */
    consent: jsonb("consent").$type<{
      version: number;
      language: string;
      text: string;
      at: string;
    }>(),
    status: text("status").$type<CandidateStatus>().notNull().default("candidate"),
    /** 1-based place on the reserve list. */
    reserveRank: integer("reserve_rank"),
    probability: real("probability"),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("panel_candidates_number").on(t.panelId, t.number),
    uniqueIndex("panel_candidates_source").on(t.panelId, t.sourceRef),
    index("panel_candidates_status").on(t.panelId, t.status),
  ],
);

/** One lottery of a panel: the first draw, or a replacement of withdrawn panelists. */
export const panelSelections = pgTable(
  "panel_selections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"draw" | "replacement">().notNull(),
    seed: text("seed").notNull(),
    algorithm: text("algorithm").notNull(),
    algorithmVersion: text("algorithm_version").notNull(),
    method: text("method").notNull(),
    /** Candidate numbers: the panel after this lottery, reserves in order, the withdrawn. */
    seated: jsonb("seated").$type<number[]>().notNull(),
    reserves: jsonb("reserves").$type<number[]>().notNull().default([]),
    withdrawn: jsonb("withdrawn").$type<number[]>().notNull().default([]),
    replacements: jsonb("replacements").$type<number[]>().notNull().default([]),
    /** Selection probability per candidate number (the lottery's, before the draw). */
    probabilities: jsonb("probabilities").$type<number[]>().notNull(),
    stats: jsonb("stats").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [index("panel_selections_panel").on(t.panelId, t.createdAt)],
);

/** A panelist's one-time sign-in link and the panel session it opens, hashed. */
export const panelTokens = pgTable(
  "panel_tokens",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => panelCandidates.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<"link" | "session">().notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("panel_tokens_hash").on(t.tokenHash),
    index("panel_tokens_candidate").on(t.candidateId),
  ],
);

// --- fees: attendance, payment details, batches ---

/** A panelist checked in at a session, by whom and when (undo deletes the row, audited). */
export const panelAttendance = pgTable(
  "panel_attendance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => panelCandidates.id, { onDelete: "cascade" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull().defaultNow(),
    checkedInBy: uuid("checked_in_by").references(() => staffUsers.id, { onDelete: "set null" }),
    /** Travel costs of coming to this session, entered by staff (taxable, paid with the fee). */
    travelCents: integer("travel_cents").notNull().default(0),
    /** The batch that paid the travel: set, the amount no longer changes. */
    travelBatchId: uuid("travel_batch_id").references(() => panelFeeBatches.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    uniqueIndex("panel_attendance_seat").on(t.sessionId, t.candidateId),
    index("panel_attendance_panel").on(t.panelId),
  ],
);

/**
 * A panelist's payment details, given in their space: every personal value (name, address,
 * IBAN, BIC, personal identity code, tax card) in ONE sealed JSON (db/sealed.ts). Deleted by
 * the retention worker after `deleteAfter`.
 */
export const panelPaymentDetails = pgTable(
  "panel_payment_details",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => panelCandidates.id, { onDelete: "cascade" }),
    detailsSealed: text("details_sealed").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    deleteAfter: timestamp("delete_after", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("panel_payment_details_candidate").on(t.candidateId),
    index("panel_payment_details_retention").on(t.deleteAfter),
  ],
);

/** draft → approved → paid. */
export const FEE_BATCH_STATUSES = ["draft", "approved", "paid"] as const;
export type FeeBatchStatus = (typeof FEE_BATCH_STATUSES)[number];

/** The paying organization's account, as the payment file names it. */
export interface FeePayer {
  name: string;
  iban: string;
  bic: string;
  businessId: string;
}

/** A batch of fee payments of one panel: computed from attendance, approved, paid on a date. */
export const panelFeeBatches = pgTable(
  "panel_fee_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    status: text("status").$type<FeeBatchStatus>().notNull().default("draft"),
    payer: jsonb("payer").$type<FeePayer>().notNull(),
    /** YYYY-MM-DD: the requested execution date, then the date paid. */
    paymentDate: text("payment_date").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: uuid("approved_by").references(() => staffUsers.id, { onDelete: "set null" }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [index("panel_fee_batches_panel").on(t.panelId, t.createdAt)],
);

/** One payee's fee in a batch: sessions attended, fee, travel, withholding, the report. */
export const panelFeePayments = pgTable(
  "panel_fee_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => panelFeeBatches.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => panelCandidates.id, { onDelete: "cascade" }),
    sessionsAttended: integer("sessions_attended").notNull(),
    feeCents: integer("fee_cents").notNull(),
    travelCents: integer("travel_cents").notNull().default(0),
    grossCents: integer("gross_cents").notNull(),
    withholdingCents: integer("withholding_cents").notNull(),
    netCents: integer("net_cents").notNull(),
    form: text("form").$type<"money" | "gift_card">().notNull(),
    reason: text("reason").notNull(),
    /** When the earnings payment report was made for the Incomes Register, and by whom. */
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    reportedBy: uuid("reported_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("panel_fee_payments_payee").on(t.batchId, t.candidateId),
    check(
      "panel_fee_payments_amounts",
      sql`${t.grossCents} = ${t.netCents} + ${t.withholdingCents}`,
    ),
  ],
);

// --- sessions: tables, facilitators, materials, notes ---

/** A table of one session: its number and the facilitator (a staff member) who leads it. */
export const panelTables = pgTable(
  "panel_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    /** 1-based. */
    number: integer("number").notNull(),
    facilitatorId: uuid("facilitator_id").references(() => staffUsers.id, {
      onDelete: "set null",
    }),
    /** The seed of the balanced assignment that made the session's tables. */
    seed: text("seed").notNull().default(""),
  },
  (t) => [uniqueIndex("panel_tables_number").on(t.sessionId, t.number)],
);

/** A panelist's seat at a table in one session (one seat per session). */
export const panelTableSeats = pgTable(
  "panel_table_seats",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => panelTables.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => panelCandidates.id, { onDelete: "cascade" }),
    /** True when staff moved the person by hand. */
    movedBy: uuid("moved_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("panel_table_seats_person").on(t.sessionId, t.candidateId),
    index("panel_table_seats_table").on(t.tableId),
  ],
);

export const PANEL_MATERIAL_KINDS = ["talk", "reading", "video"] as const;
export type PanelMaterialKind = (typeof PANEL_MATERIAL_KINDS)[number];

/**
 * Material in the panel's own space: an expert talk, a reading pack or a video (with its
 * captions), for one session or the whole panel; a link, or an uploaded PDF kept here.
 */
export const panelMaterials = pgTable(
  "panel_materials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => panelSessions.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PanelMaterialKind>().notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    url: text("url"),
    captionUrl: text("caption_url"),
    pdf: bytea("pdf"),
    pdfName: text("pdf_name"),
    pdfBytes: integer("pdf_bytes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    index("panel_materials_panel").on(t.panelId, t.createdAt),
    check("panel_materials_source", sql`${t.url} is not null or ${t.pdf} is not null`),
    check("panel_materials_captions", sql`${t.kind} <> 'video' or ${t.captionUrl} is not null`),
  ],
);

/**
 * What a facilitator writes down at a table: a note, or a proposal of the table, which also
 * goes into the panel statement's proposals (`proposalId`).
 */
export const panelTableNotes = pgTable(
  "panel_table_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => panelTables.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"note" | "proposal">().notNull(),
    text: text("text").notNull(),
    proposalId: uuid("proposal_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [index("panel_table_notes_table").on(t.tableId, t.createdAt)],
);

/** The feedback surveys of a panel (from the pilots' feedback template): panelists', facilitators'. */
export const panelFeedback = pgTable(
  "panel_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    audience: text("audience").$type<"panelists" | "facilitators">().notNull(),
    /** The survey (surveys module); its slug is the public address. */
    surveyId: uuid("survey_id").notNull(),
    surveySlug: text("survey_slug").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("panel_feedback_audience").on(t.panelId, t.audience)],
);
