import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../organizations/schema.js";

export const ROLES = [
  "admin",
  "moderator",
  "analyst",
  "facilitator",
  "action_editor",
  "treasurer",
  "viewer",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A staff person: only what identifies them across organizations (the email address). What an
 * organization knows of them — the name it gave them, their roles, when they last signed in to
 * it — lives in their membership, so that one organization neither sees nor edits another's.
 */
export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Lower-cased. */
  email: text("email").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  "memberships",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    roles: text("roles").array().$type<Role[]>().notNull(),
    /** The name this organization gave the person. */
    displayName: text("display_name").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    /** The person's last sign-in to this organization. */
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index().on(t.userId)],
);

/**
 * Server-side staff sessions. The cookie holds a random token; only its hash is stored.
 * organization_id scopes a session opened through an organization's own identity provider
 * (OIDC) to that organization's membership only; it is null for a session opened with an
 * emailed sign-in link, which proves control of the mailbox and carries every membership.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/** One-time sign-in links sent by email. Only the token's hash is stored. */
export const signInLinks = pgTable("sign_in_links", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => staffUsers.id, { onDelete: "cascade" }),
  organizationId: uuid("organization_id").references(() => organizations.id, {
    onDelete: "cascade",
  }),
  returnTo: text("return_to"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/** State of an OpenID Connect sign-in in progress (between redirect and callback). */
export const oidcLogins = pgTable("oidc_logins", {
  state: text("state").primaryKey(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  returnTo: text("return_to"),
  expiresAt: timestamp("expires_at", { withTimezone: true })
    .notNull()
    .default(sql`now() + interval '10 minutes'`),
});
