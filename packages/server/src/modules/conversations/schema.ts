import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, xid8 } from "../../db/types.js";
import { type Language, type LocalizedText, organizations } from "../organizations/schema.js";

export const MODERATION_MODES = ["pre", "post"] as const;
/** pre: statements appear after approval; post: at once, and moderators may remove them. */
export type ModerationMode = (typeof MODERATION_MODES)[number];
export const VISIBILITIES = ["public", "invite"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const STATEMENT_STATUSES = ["pending", "approved", "rejected"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_FLAGS = ["profanity", "phone", "email", "hetu"] as const;
export type StatementFlag = (typeof STATEMENT_FLAGS)[number];

/** A statement's texts in languages other than its own, entered by staff. */
export type StatementTranslations = Partial<Record<Language, string>>;

/** The organization a row belongs to; every row is scoped to one and goes with it. */
const organizationColumn = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

/** The conversation a row belongs to; the row goes with it. */
const conversationColumn = () =>
  uuid("conversation_id")
    .notNull()
    .references((): AnyPgColumn => conversations.id, { onDelete: "cascade" });

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationColumn(),
    /** Short id in residents' links: /{org}/c/{publicId}. */
    publicId: text("public_id").notNull().unique(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull(),
    allowStatements: boolean("allow_statements").notNull().default(true),
    moderationMode: text("moderation_mode").$type<ModerationMode>().notNull().default("pre"),
    statementMaxLength: integer("statement_max_length").notNull().default(200),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    visibility: text("visibility").$type<Visibility>().notNull().default("public"),
    resultsPublic: boolean("results_public").notNull().default(true),
    /** Set when moderation changes what the math must see. */
    mathDirtyAt: timestamp("math_dirty_at", { withTimezone: true }),
    /** Imported from a Polis export: read-only, groups kept as they were. */
    imported: boolean("imported").notNull().default(false),
    /** Imported groups to keep, [participant, group] pairs, instead of clustering. */
    keptGroups: jsonb("kept_groups").$type<[number, number][]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId)],
);

export const conversationImages = pgTable("conversation_images", {
  conversationId: uuid("conversation_id")
    .primaryKey()
    .references(() => conversations.id, { onDelete: "cascade" }),
  organizationId: organizationColumn(),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  altText: jsonb("alt_text").$type<LocalizedText>().notNull(),
});

/**
 * A conversation's embed secret: the host site signs its participant ids (xid) with it. Shown
 * to the organization's admins only; rotating it invalidates every token signed before.
 */
export const conversationEmbedSecrets = pgTable("conversation_embed_secrets", {
  conversationId: uuid("conversation_id")
    .primaryKey()
    .references(() => conversations.id, { onDelete: "cascade" }),
  organizationId: organizationColumn(),
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who took part as what: e.g. "asukkaat", "henkilöstö", "asukaspaneeli". */
export const segments = pgTable(
  "conversation_segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    key: text("key").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    /** The place staff gave the segment in the list: links and comparisons keep that order. */
    position: integer("position").notNull().default(0),
  },
  (t) => [unique().on(t.conversationId, t.key)],
);

/** How a participant came: the web page, an embedding site, or a kiosk at an event. */
export const CHANNELS = ["web", "embed", "event"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A kiosk at an event or service point (a library, a wellbeing day): staff open the
 * conversation on a tablet and residents take part one after another, each a new participant
 * with channel "event". The kiosk URL carries a random token; only its hash is stored. Open
 * until `expiresAt` or until staff end it. Generic on purpose: surveys will add their own
 * target column beside `conversationId`.
 */
export const kioskSessions = pgTable(
  "kiosk_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    eventName: text("event_name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The staff member who started it (a user id; no foreign key, the row outlives them). */
    startedBy: uuid("started_by"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedBy: uuid("ended_by"),
  },
  (t) => [index().on(t.conversationId)],
);

/** A resident in one conversation. pid is the small integer the opinion math uses. */
export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    pid: integer("pid").notNull(),
    /** Hash of the resident's anonymous key (from the signed cookie or embed token). */
    residentKeyHash: text("resident_key_hash").notNull(),
    /**
     * Keyed hash of the participant id that an embedding site signed for this resident (see
     * embed.ts): the same person through the host site is the same participant in any browser.
     * The id itself is never stored.
     */
    xidHash: text("xid_hash"),
    segmentId: uuid("segment_id").references(() => segments.id, { onDelete: "set null" }),
    channel: text("channel").$type<Channel>().notNull().default("web"),
    /** The kiosk session (event) the participant took part at, for channel "event". */
    kioskSessionId: uuid("kiosk_session_id").references((): AnyPgColumn => kioskSessions.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.conversationId, t.pid),
    unique().on(t.conversationId, t.residentKeyHash),
    unique().on(t.conversationId, t.xidHash),
  ],
);

export const statements = pgTable(
  "statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    /** Small integer per conversation, the statement id of the opinion math (Polis "tid"). */
    tid: integer("tid").notNull(),
    text: text("text").notNull(),
    /** The text as written, when a moderator corrected a typo. */
    originalText: text("original_text"),
    /** Normalised text for duplicate detection. */
    fingerprint: text("fingerprint").notNull(),
    authorPid: integer("author_pid"),
    isSeed: boolean("is_seed").notNull().default(false),
    status: text("status").$type<StatementStatus>().notNull(),
    isMeta: boolean("is_meta").notNull().default(false),
    rejectReason: text("reject_reason"),
    flags: text("flags").array().$type<StatementFlag[]>().notNull().default([]),
    /** The language the statement was written in (null only for rows from before it was kept). */
    language: text("language").$type<Language>(),
    /** Staff's translations into the organization's other languages; the text stays the original. */
    translations: jsonb("translations").$type<StatementTranslations>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
  },
  (t) => [unique().on(t.conversationId, t.tid), index().on(t.conversationId, t.status)],
);

/** The latest vote of each participant on each statement (what the math uses). */
export const votes = pgTable(
  "votes",
  {
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    pid: integer("pid").notNull(),
    tid: integer("tid").notNull(),
    /** agree = 1, disagree = -1, pass = 0 (Kuulo's sign convention). */
    vote: smallint("vote").notNull(),
    /** The vote event this row comes from: only a later event may replace it. */
    eventId: bigint("event_id", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.pid, t.tid] })],
);

/** Every vote ever cast, with its time; a retried request (same requestId) is stored once. */
export const voteEvents = pgTable(
  "vote_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: organizationColumn(),
    conversationId: conversationColumn(),
    pid: integer("pid").notNull(),
    tid: integer("tid").notNull(),
    vote: smallint("vote").notNull(),
    requestId: text("request_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The writing transaction. Events commit out of id order (batches are written in
     * parallel), so the math takes events by finished transaction, not by id (see math.ts).
     */
    txId: xid8("tx_id").notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    unique().on(t.conversationId, t.pid, t.requestId),
    index().on(t.conversationId, t.id),
    index().on(t.conversationId, t.txId),
  ],
);

/** The stored opinion math of a conversation: warm-start state and the latest result. */
export const conversationMath = pgTable("conversation_math", {
  conversationId: uuid("conversation_id")
    .primaryKey()
    .references(() => conversations.id, { onDelete: "cascade" }),
  organizationId: organizationColumn(),
  /** Highest vote_events.id included so far (informational: events commit out of id order). */
  votesThrough: bigint("votes_through", { mode: "number" }).notNull().default(0),
  /** Every vote event written by a transaction below this id is included. */
  txThrough: xid8("tx_through").notNull().default(sql`'0'::xid8`),
  /** A worker holds the conversation's math until then; it renews this while it computes. */
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
  /** Which worker holds the lease: only it may renew it or store its result. */
  leaseOwner: uuid("lease_owner"),
  mathTick: integer("math_tick").notNull().default(0),
  state: jsonb("state").notNull(),
  result: jsonb("result").notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});
