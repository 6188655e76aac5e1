import { z } from "zod";
import type { FeedbackItem } from "./feedback.js";
import { CONFORMANCE, LEGAL_DOCUMENTS } from "./schema.js";
import type { LegalDocument } from "./service.js";
import type { LegalFacts } from "./templates.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const publicDocumentResponse = z.object({
  kind: z.enum(LEGAL_DOCUMENTS),
  body: localized,
  edited: z.boolean(),
  updatedAt: z.string(),
});

const staffDocument = publicDocumentResponse.extend({
  updatedBy: z.string().nullable(),
  template: localized,
});

const factsResponse = z.object({
  controllerContact: z.string(),
  dpoContact: z.string(),
  supervisoryAuthority: z.string(),
  defaultAuthority: z.string(),
  conformance: z.enum(CONFORMANCE),
  evaluatedOn: z.string().nullable(),
  evaluator: z.string(),
  nonConformities: z.array(localized),
});

export const staffLegalResponse = z.object({
  documents: z.array(staffDocument),
  facts: factsResponse,
});

export const feedbackReceipt = z.object({ receivedAt: z.string(), dueAt: z.string() });

export const feedbackListResponse = z.object({
  open: z.number(),
  overdue: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      receivedAt: z.string(),
      dueAt: z.string(),
      message: z.string(),
      concerns: z.string().nullable(),
      email: z.string().nullable(),
      language: z.string(),
      status: z.enum(["open", "answered"]),
      overdue: z.boolean(),
      answeredAt: z.string().nullable(),
      answeredBy: z.string().nullable(),
      answerNote: z.string().nullable(),
    }),
  ),
});

export const feedbackSummaryResponse = z.object({ open: z.number(), overdue: z.number() });

export function toPublicDocument(doc: LegalDocument): z.infer<typeof publicDocumentResponse> {
  return {
    kind: doc.kind,
    body: doc.body,
    edited: doc.edited,
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function toStaffLegal(
  documents: LegalDocument[],
  facts: LegalFacts,
  defaultAuthority: string,
): z.infer<typeof staffLegalResponse> {
  return {
    documents: documents.map((d) => ({
      ...toPublicDocument(d),
      updatedBy: d.updatedBy,
      template: d.template,
    })),
    facts: { ...facts, defaultAuthority },
  };
}

export function toFeedbackItem(
  item: FeedbackItem,
): z.infer<typeof feedbackListResponse>["items"][number] {
  return {
    id: item.id,
    receivedAt: item.receivedAt.toISOString(),
    dueAt: item.dueAt.toISOString(),
    message: item.message,
    concerns: item.concerns,
    email: item.email,
    language: item.language,
    status: item.answeredAt ? "answered" : "open",
    overdue: item.overdue,
    answeredAt: item.answeredAt?.toISOString() ?? null,
    answeredBy: item.answeredBy,
    answerNote: item.answerNote,
  };
}
