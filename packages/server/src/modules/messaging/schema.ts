import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations } from "../organizations/schema.js";

/**
 * Outgoing mail waiting to be sent. Every mail is queued in the transaction of the act that
 * causes it and sent by the mail worker (queue.ts), never on the request. A row is deleted once
 * its mail is sent, so mail bodies (and the sign-in tokens in them) do not stay in the
 * database; a mail that fails `maxAttempts` times keeps its recipient, subject and error with
 * the body blanked.
 *
 * A row either carries a ready mail (`subject`, `text`, `html`) or, while `subject` is null, a
 * `kind` and `payload` that a composer turns into the mail when the worker first takes it (a
 * sign-in link is composed there, so that the request costs the same for known and unknown
 * addresses).
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    kind: text("kind").notNull().default("message"),
    to: text("to_address").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    subject: text("subject"),
    text: text("text_body"),
    html: text("html_body"),
    /** Extra mail headers (List-Unsubscribe, List-Unsubscribe-Post). */
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    /**
     * A mail a resident may opt out of (an invitation, a reminder): skipped at send time when
     * its recipient is on the organization's suppression list. Sign-in links are never skipped.
     */
    suppressible: boolean("suppressible").notNull().default(false),
    /** The invitation it carries, whose status the worker moves on (invitations.ts). */
    invitationId: uuid("invitation_id").references(() => invitations.id, { onDelete: "set null" }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.nextAttemptAt).where(sql`${t.failedAt} is null`)],
);

/**
 * Development outbox: when no SMTP server is configured, the mail worker delivers mails here
 * (in the database, so every server process sees them) and the /dev/outbox page shows them.
 */
export const devOutbox = pgTable("dev_outbox", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  organizationId: uuid("organization_id").references(() => organizations.id, {
    onDelete: "cascade",
  }),
  /** "email", or "sms" for text messages held when no SMS provider is configured. */
  channel: text("channel").notNull().default("email"),
  to: text("to_address").notNull(),
  subject: text("subject").notNull(),
  text: text("text_body").notNull(),
  html: text("html_body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const SMS_STATUSES = ["queued", "sent", "delivered", "failed", "suppressed"] as const;
export type SmsStatus = (typeof SMS_STATUSES)[number];

/**
 * Text messages, queued in the transaction of the act that causes them and sent by the SMS
 * worker (sms.ts) through the configured provider (sms-providers.ts). Unlike mail, a row stays
 * after sending: its status follows the provider's delivery reports.
 */
export const smsMessages = pgTable(
  "sms_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /**
     * The recipient in E.164, SEALED (db/sealed.ts, "v1.…") while the message is queued and
     * opened only to send it; masked ("+35840…67") once it has been sent, failed or skipped.
     */
    to: text("to_number").notNull(),
    /** Keyed hash of the number (contacts.ts): matches STOP replies and the suppression list. */
    toHash: text("to_hash").notNull(),
    text: text("text_body").notNull(),
    /** What the message is ("invitation", "reminder", "sign-up-code" …). */
    kind: text("kind").notNull().default("message"),
    /** What it is about, e.g. subjectType "pool_draw" and the draw's id. */
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    invitationId: uuid("invitation_id").references(() => invitations.id, { onDelete: "set null" }),
    /** Skipped when the number is on the suppression list (not for one-time codes). */
    suppressible: boolean("suppressible").notNull().default(true),
    status: text("status").$type<SmsStatus>().notNull().default("queued"),
    /** Why it failed or was skipped (provider error, "suppressed", report status …). */
    reason: text("reason"),
    provider: text("provider"),
    providerMessageId: text("provider_message_id"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index().on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    uniqueIndex().on(t.provider, t.providerMessageId),
    index().on(t.toHash),
    index().on(t.organizationId, t.subjectType, t.subjectId),
  ],
);

/** opt_out: a resident pressed 9 in a robot call (modules/phone). */
export const SUPPRESSION_REASONS = ["unsubscribe", "stop", "bounce", "staff", "opt_out"] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/**
 * One suppression list across channels, per organization: addresses (email or phone) that get
 * no more invitations or reminders. Kept as keyed hashes (contacts.ts), so the list still works
 * after the contact data itself has been deleted.
 */
export const suppressions = pgTable(
  "suppressions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channel: text("channel").$type<"email" | "sms" | "phone">().notNull(),
    addressHash: text("address_hash").notNull(),
    reason: text("reason").$type<SuppressionReason>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.channel, t.addressHash)],
);

export const INVITATION_STATUSES = [
  "queued",
  "sent",
  "delivered",
  "opened",
  "took_part",
  "failed",
  "suppressed",
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * Tracked invitations to anything (a pool draw, a panel, a phone call): one row per recipient
 * and channel, with a link that records "opened" and redirects (invitations.ts).
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    /** Who was invited, in the inviting module's terms (e.g. a pool member's id). */
    recipientRef: text("recipient_ref").notNull(),
    channel: text("channel").$type<"email" | "sms">().notNull(),
    /** Where the tracked link leads: a path on Kuulo's own site. */
    targetPath: text("target_path").notNull(),
    status: text("status").$type<InvitationStatus>().notNull().default("queued"),
    reminders: integer("reminders").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    tookPartAt: timestamp("took_part_at", { withTimezone: true }),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invitations_recipient_unique").on(
      t.organizationId,
      t.subjectType,
      t.subjectId,
      t.recipientRef,
      t.channel,
    ),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
export type SmsMessage = typeof smsMessages.$inferSelect;
