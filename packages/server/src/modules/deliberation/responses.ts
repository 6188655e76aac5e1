import { z } from "zod";
import {
  AMENDMENT_STATUSES,
  DELIBERATION_STATUSES,
  OWNER_KINDS,
  STATEMENT_KINDS,
  SUPPORT_SCALES,
} from "./schema.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const statementSummaryResponse = z.object({
  id: z.string(),
  ownerKind: z.enum(OWNER_KINDS),
  ownerId: z.string(),
  kind: z.enum(STATEMENT_KINDS),
  title: z.string(),
  preamble: localized,
  supportScale: z.enum(SUPPORT_SCALES),
  status: z.enum(DELIBERATION_STATUSES),
  adoptedAt: z.string().nullable(),
  adoptedHow: z.string(),
  handedOverOn: z.string().nullable(),
  handedOverTo: z.string(),
  handoverNote: z.string(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const statementListResponse = z.object({ statements: z.array(statementSummaryResponse) });

const scaleResponse = z.array(z.object({ level: z.number(), label: localized }));
const counts = z.array(z.object({ level: z.number(), count: z.number() }));

export const supportResultResponse = z.object({
  recommendationId: z.string(),
  version: z.number(),
  counts,
  answered: z.number(),
  eligible: z.number(),
  acceptableShare: z.number().nullable(),
  notAnswered: z.array(z.string()),
});

export const statementDetailResponse = statementSummaryResponse.extend({
  scale: scaleResponse,
  participants: z.array(
    z.object({
      ref: z.string(),
      label: z.string(),
      role: z.enum(["panelist", "juror", "facilitator"]),
    }),
  ),
  proposals: z.array(
    z.object({
      id: z.string(),
      sourceLabel: z.string(),
      text: z.string(),
      recommendationId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  recommendations: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      position: z.number(),
      title: z.string(),
      text: z.string(),
      rationale: z.string(),
      status: z.enum(["draft", "withdrawn"]),
      version: z.number(),
      versions: z.array(
        z.object({
          version: z.number(),
          text: z.string(),
          cause: z.string(),
          amendmentId: z.string().nullable(),
          createdAt: z.string(),
        }),
      ),
      amendments: z.array(
        z.object({
          id: z.string(),
          participant: z.string(),
          baseVersion: z.number(),
          proposedText: z.string().nullable(),
          comment: z.string(),
          status: z.enum(AMENDMENT_STATUSES),
          reason: z.string(),
          createdAt: z.string(),
        }),
      ),
      support: supportResultResponse,
    }),
  ),
  minorityOpinions: z.array(
    z.object({
      id: z.string(),
      recommendationId: z.string().nullable(),
      text: z.string(),
      supporters: z.number(),
    }),
  ),
});

/** What came of a recommendation: a published action table's measures and its latest update. */
const outcomeResponse = z.object({
  table: z.object({ title: z.string(), slug: z.string() }),
  measures: z.array(
    z.object({
      number: z.string(),
      text: z.string(),
      status: z.string(),
      statusLabel: localized,
      statusReason: z.string(),
      updatedAt: z.string(),
    }),
  ),
  latestUpdate: z
    .object({ at: z.string(), measureNumber: z.string(), field: z.string(), newValue: z.string() })
    .nullable(),
});

export const publicStatementResponse = z.object({
  id: z.string(),
  kind: z.enum(STATEMENT_KINDS),
  ownerKind: z.enum(OWNER_KINDS),
  title: z.string(),
  preamble: localized,
  supportScale: z.enum(SUPPORT_SCALES),
  scale: scaleResponse,
  adoptedAt: z.string().nullable(),
  adoptedHow: z.string(),
  handedOverOn: z.string().nullable(),
  handedOverTo: z.string(),
  handoverNote: z.string(),
  publishedAt: z.string().nullable(),
  recommendations: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      title: z.string(),
      text: z.string(),
      rationale: z.string(),
      support: z.object({
        counts,
        answered: z.number(),
        eligible: z.number(),
        acceptableShare: z.number().nullable(),
      }),
      outcomes: z.array(outcomeResponse),
    }),
  ),
  minorityOpinions: z.array(
    z.object({
      id: z.string(),
      recommendationId: z.string().nullable(),
      text: z.string(),
      supporters: z.number(),
    }),
  ),
});

export const actionTableCreatedResponse = z.object({ id: z.string(), slug: z.string() });

/** The draft as a participant sees it (the owner module's participant routes answer this). */
export const participantDraftResponse = z.object({
  statement: z.object({
    id: z.string(),
    title: z.string(),
    preamble: z.object({
      fi: z.string().optional(),
      sv: z.string().optional(),
      en: z.string().optional(),
    }),
    status: z.enum(["drafting", "amending", "support_check", "adopted", "published"]),
    supportScale: z.enum(["gradients", "consent"]),
  }),
  participant: z.object({ label: z.string(), role: z.string() }),
  scale: scaleResponse,
  recommendations: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      title: z.string(),
      text: z.string(),
      rationale: z.string(),
      version: z.number(),
      myLevel: z.number().nullable(),
      myAmendments: z.array(
        z.object({
          id: z.string(),
          proposedText: z.string().nullable(),
          comment: z.string(),
          status: z.enum(["proposed", "accepted", "rejected"]),
          reason: z.string(),
        }),
      ),
    }),
  ),
});
