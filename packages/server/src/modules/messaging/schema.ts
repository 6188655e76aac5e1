import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
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
  to: text("to_address").notNull(),
  subject: text("subject").notNull(),
  text: text("text_body").notNull(),
  html: text("html_body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
