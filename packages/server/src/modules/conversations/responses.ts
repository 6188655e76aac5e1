import { z } from "zod";
import { LANGUAGES } from "../organizations/index.js";
import {
  commonGroundSchema,
  conversationResultsSchema,
  segmentComparisonSchema,
} from "./math/results-schema.js";
import { MODERATION_MODES, STATEMENT_FLAGS, STATEMENT_STATUSES, VISIBILITIES } from "./schema.js";

/**
 * What the conversation routes answer: one schema per answer, declared on the route (so that
 * /api/openapi.json describes it) and used as the return type of the presenter that builds it
 * (mappers.ts), so that what leaves the API is what is documented.
 */

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const language = z.enum(LANGUAGES);
/** A statement's texts in other languages than its own (staff's translations). */
const translations = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});
/** A statement's text as written, its language (null: the organization's default) and translations. */
const statementTexts = { text: z.string(), language: language.nullable(), translations };
const dateTime = z.string().describe("ISO 8601 date and time");
const tid = z.number().int().min(0);
const count = z.number().int().min(0);
const state = z.enum(["upcoming", "open", "closed"]);
const image = z.object({ url: z.string(), alt: localized }).nullable();
const progress = z.object({ voted: count, total: count });
/** Issued with a resident's first act, for embeds that cannot keep the cookie. */
const residentToken = z.string().optional();

// Staff

export const staffConversationSchema = z.object({
  id: z.string(),
  publicId: z.string(),
  title: localized,
  description: localized,
  allowStatements: z.boolean(),
  moderationMode: z.enum(MODERATION_MODES),
  statementMaxLength: count,
  opensAt: dateTime.nullable(),
  closesAt: dateTime.nullable(),
  visibility: z.enum(VISIBILITIES),
  resultsPublic: z.boolean(),
  imported: z.boolean(),
  state,
  segments: z.array(z.object({ id: z.string(), key: z.string(), name: localized })),
  links: z.array(
    z.object({ segmentKey: z.string().nullable(), name: localized.nullable(), url: z.string() }),
  ),
  image,
  createdAt: dateTime,
});
export type StaffConversationView = z.infer<typeof staffConversationSchema>;

export const staffConversationListSchema = z.object({
  conversations: z.array(staffConversationSchema),
});

export const staffStatementSchema = z.object({
  tid,
  ...statementTexts,
  /** The text before a moderator corrected it; null when never corrected. */
  originalText: z.string().nullable(),
  status: z.enum(STATEMENT_STATUSES),
  isMeta: z.boolean(),
  isSeed: z.boolean(),
  rejectReason: z.string().nullable(),
  flags: z.array(z.enum(STATEMENT_FLAGS)),
  createdAt: dateTime,
  moderatedAt: dateTime.nullable(),
});
export type StaffStatementView = z.infer<typeof staffStatementSchema>;

export const staffStatementListSchema = z.object({ statements: z.array(staffStatementSchema) });

export const seededSchema = z.object({ tids: z.array(tid) });

export const participationDaySchema = z.object({
  /** ISO date. */
  day: z.string(),
  newParticipants: count,
  votes: count,
  statements: count,
  participants: count,
  totalVotes: count,
  totalStatements: count,
});

export const staffResultsSchema = z.object({
  computedAt: dateTime.nullable(),
  /** null until the math has run. */
  results: conversationResultsSchema.nullable(),
  /** The headline agreement among the statements listed below (null until the math has run). */
  commonGround: commonGroundSchema.nullable(),
  /** Approved statements only, unless the member may moderate (visibility.ts). */
  statements: z.array(
    z.object({
      tid,
      ...statementTexts,
      status: z.enum(STATEMENT_STATUSES),
      isMeta: z.boolean(),
    }),
  ),
  segments: z.array(z.object({ key: z.string(), name: localized })),
  /** The events of the channel comparison: key "event:<kiosk session id>" and the event's name. */
  events: z.array(z.object({ key: z.string(), eventName: z.string() })),
  participation: z.array(participationDaySchema),
});

const translationItem = z.object({
  kind: z.enum(["title", "description", "statement"]),
  tid: tid.nullable(),
  /** The language of the original text. */
  language,
  texts: translations,
  /** The organization's languages without a text. */
  missing: z.array(language),
});

export const translationQueueSchema = z.object({
  languages: z.array(language),
  items: z.array(translationItem),
  /** Texts missing, each language counted once. */
  missing: count,
});

export const translationCountsSchema = z.object({
  conversations: z.array(z.object({ id: z.string(), title: localized, missing: count })),
});

export const importedSchema = z.object({ id: z.string(), publicId: z.string() });

// Residents

export const residentConversationSchema = z.object({
  publicId: z.string(),
  organization: z.object({
    slug: z.string(),
    name: localized,
    languages: z.array(z.enum(LANGUAGES)),
    defaultLanguage: language,
    themeColor: z.string(),
  }),
  title: localized,
  description: localized,
  state,
  allowStatements: z.boolean(),
  moderationMode: z.enum(MODERATION_MODES),
  statementMaxLength: count,
  resultsPublic: z.boolean(),
  closesAt: dateTime.nullable(),
  /**
   * The resident's link: none, valid, or invalid (forged, cut short, or naming a segment that
   * no longer exists) — then the resident takes part under no segment and the page says so.
   */
  invitation: z.enum(["none", "valid", "invalid"]),
  image,
  progress,
});

export const nextStatementSchema = z.object({
  statement: z.object({ tid, ...statementTexts }).nullable(),
  progress,
});

export const residentStatementListSchema = z.object({
  statements: z.array(
    z.object({
      tid,
      ...statementTexts,
      isMeta: z.boolean(),
      myVote: z.enum(["agree", "disagree", "pass"]).nullable(),
    }),
  ),
});

export const voteRecordedSchema = z.object({
  /** false when the same requestId was stored before (a retry). */
  recorded: z.boolean(),
  progress,
  residentToken,
});

export const statementSubmittedSchema = z.object({
  tid,
  status: z.enum(STATEMENT_STATUSES),
  residentToken,
});

const results = conversationResultsSchema.shape;

export const residentResultsSchema = z.discriminatedUnion("available", [
  z.object({
    available: z.literal(false),
    reason: z.enum(["not_public", "not_computed"]),
    progress,
  }),
  z.object({
    available: z.literal(true),
    computedAt: dateTime,
    progress,
    /** "You are here" on the map, when the resident has been placed. */
    me: z.object({ x: z.number(), y: z.number(), group: z.number().int() }).nullable(),
    participants: results.participants,
    /** Participants on the map (who voted on enough statements); the groups are made of them. */
    clustered: results.clustered,
    groups: results.groups,
    commonGround: commonGroundSchema,
    divisive: results.divisive,
    map: results.map,
    statements: z.array(z.object({ tid, ...statementTexts })),
    segments: segmentComparisonSchema.nullable(),
    segmentNames: z.array(z.object({ key: z.string(), name: localized })),
  }),
]);
