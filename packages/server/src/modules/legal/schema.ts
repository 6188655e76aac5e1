import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUsers } from "../identity/schema.js";
import { type LocalizedText, organizations } from "../organizations/schema.js";

/** The two documents every organization publishes. */
export const LEGAL_DOCUMENTS = ["privacy", "accessibility"] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENTS)[number];

/**
 * An organization's own text of a document, once staff have edited it; until then the pages
 * show the template (templates.ts). A language left empty falls back to Finnish.
 */
export const legalDocuments = pgTable(
  "legal_documents",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").$type<LegalDocumentKind>().notNull(),
    body: jsonb("body").$type<LocalizedText>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.kind] }),
    check("legal_documents_kind", sql`${t.kind} in ('privacy', 'accessibility')`),
  ],
);

export const CONFORMANCE = ["partial", "full"] as const;
export type Conformance = (typeof CONFORMANCE)[number];

/**
 * The facts the templates are filled with that only the organization knows: contacts, the
 * supervisory authority, and the state of its manual accessibility audit.
 */
export const legalFacts = pgTable("legal_facts", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  controllerContact: text("controller_contact").notNull().default(""),
  dpoContact: text("dpo_contact").notNull().default(""),
  /** Empty: the default authority (templates.ts). */
  supervisoryAuthority: text("supervisory_authority").notNull().default(""),
  conformance: text("conformance").$type<Conformance>().notNull().default("partial"),
  /** The date of the manual evaluation, YYYY-MM-DD, or null when none has been made. */
  evaluatedOn: text("evaluated_on"),
  evaluator: text("evaluator").notNull().default(""),
  nonConformities: jsonb("non_conformities").$type<LocalizedText[]>().notNull().default([]),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => staffUsers.id, { onDelete: "set null" }),
});

/**
 * Feedback a resident sent through the accessibility statement (Act on the Provision of
 * Digital Services 306/2019, section 15): the organization answers within 14 days.
 */
export const accessibilityFeedback = pgTable(
  "accessibility_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    message: text("message").notNull(),
    /** The page or address the feedback concerns, as the resident wrote it. */
    concerns: text("concerns"),
    /** Where the resident wants the answer, if anywhere. */
    email: text("email"),
    language: text("language").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: uuid("answered_by").references(() => staffUsers.id, { onDelete: "set null" }),
    answerNote: text("answer_note"),
  },
  (t) => [index("accessibility_feedback_org").on(t.organizationId, t.receivedAt)],
);
