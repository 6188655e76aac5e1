import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ResultsSnapshot } from "../conversations/index.js";
import { conversations } from "../conversations/schema.js";
import { deliberationProposals, deliberationStatements } from "../deliberation/schema.js";
import { organizations } from "../organizations/schema.js";

/** A text in the organization's languages; a language left out is empty. */
export type Localized = Partial<Record<"fi" | "sv" | "en", string>>;

/** Preparing (not public), meeting, writing the statement, closed (statement sent). */
export const ROUND_TABLE_STATUSES = ["preparing", "meeting", "writing", "closed"] as const;
export type RoundTableStatus = (typeof ROUND_TABLE_STATUSES)[number];

/** Who sat at the table, counted by role (no names). */
export const MEETING_ROLES = [
  "resident",
  "young_person",
  "parent",
  "staff_member",
  "decision_maker",
  "stakeholder",
] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];
export type RoleCounts = Partial<Record<MeetingRole, number>>;

/** How a statement was sent to a body or official. */
export const DISTRIBUTION_CHANNELS = ["email", "letter", "meeting", "registry", "other"] as const;
export type DistributionChannel = (typeof DISTRIBUTION_CHANNELS)[number];

/** A round-table process (pyöreän pöydän prosessi): its theme, organizer and status. */
export const roundTables = pgTable(
  "round_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<Localized>().notNull(),
    theme: text("theme").notNull().default(""),
    organizerUnit: text("organizer_unit").notNull().default(""),
    status: text("status").$type<RoundTableStatus>().notNull().default("preparing"),
    /** The public statement (julkilausuma), made by the deliberation module. */
    statementId: uuid("statement_id").references(() => deliberationStatements.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("round_tables_organization").on(t.organizationId, t.createdAt),
    check("round_tables_status", sql`${t.status} in ('preparing', 'meeting', 'writing', 'closed')`),
  ],
);

/** A meeting or workshop of the process: when, where, who (counts by role), notes. */
export const roundTableMeetings = pgTable(
  "round_table_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTables.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD. */
    heldOn: text("held_on").notNull(),
    place: text("place").notNull().default(""),
    online: boolean("online").notNull().default(false),
    participants: jsonb("participants").$type<RoleCounts>().notNull().default({}),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_meetings_process").on(t.roundTableId, t.heldOn)],
);

/** The input brought to a meeting: a conversation's results frozen at `takenAt`. */
export const roundTableSnapshots = pgTable(
  "round_table_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => roundTableMeetings.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id").references(() => conversations.id, {
      onDelete: "set null",
    }),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    results: jsonb("results").$type<ResultsSnapshot>().notNull(),
  },
  (t) => [index("round_table_snapshots_meeting").on(t.meetingId)],
);

/** A proposal made at a meeting (by a table or group), fed to the statement as a proposal. */
export const roundTableProposals = pgTable(
  "round_table_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => roundTableMeetings.id, { onDelete: "cascade" }),
    /** Which table or group made it, e.g. "Pöytä 2". */
    madeBy: text("made_by").notNull().default(""),
    text: text("text").notNull(),
    /** The statement's proposal it became (set once the process has a statement). */
    statementProposalId: uuid("statement_proposal_id").references(() => deliberationProposals.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_proposals_meeting").on(t.meetingId)],
);

/** Who the statement was sent to, when and how. */
export const roundTableDistributions = pgTable(
  "round_table_distributions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTables.id, { onDelete: "cascade" }),
    recipient: text("recipient").notNull(),
    /** YYYY-MM-DD. */
    sentOn: text("sent_on").notNull(),
    channel: text("channel").$type<DistributionChannel>().notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("round_table_distributions_process").on(t.roundTableId),
    check(
      "round_table_distributions_channel",
      sql`${t.channel} in ('email', 'letter', 'meeting', 'registry', 'other')`,
    ),
  ],
);

/** A response received from a body or official. */
export const roundTableResponses = pgTable(
  "round_table_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTables.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** YYYY-MM-DD. */
    receivedOn: text("received_on").notNull(),
    text: text("text").notNull(),
    link: text("link").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_responses_process").on(t.roundTableId)],
);
