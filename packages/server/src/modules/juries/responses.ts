import { z } from "zod";
import type { hearingsOf } from "./materials.js";
import {
  DIGEST_CHANNELS,
  JURY_MODERATION_MODES,
  JURY_PHASES,
  JURY_STATUSES,
  type Jury,
  type JuryMaterial,
  type JuryMember,
  MATERIAL_KINDS,
  MEMBER_KINDS,
  POST_STATUSES,
  REACTIONS,
  RECRUITMENT_SOURCES,
} from "./schema.js";
import type { threadOf } from "./threads.js";

const localized = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});
const phasePlan = z.object({
  prompt: localized,
  plainPrompt: localized,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
});
const decisionResponse = z.object({ body: z.string(), date: z.string(), text: localized });

export const juryResponse = z.object({
  id: z.string(),
  title: z.string(),
  question: localized,
  recruitment: z.enum(RECRUITMENT_SOURCES),
  recruitmentRef: z.string(),
  audience: z.string(),
  minimumAge: z.number().int(),
  moderation: z.enum(JURY_MODERATION_MODES),
  phase: z.enum(JURY_PHASES),
  phases: z.partialRecord(z.enum(JURY_PHASES), phasePlan),
  status: z.enum(JURY_STATUSES),
  decisionResponse: decisionResponse.nullable(),
  createdAt: z.string(),
});
export const juryListResponse = z.object({ juries: z.array(juryResponse) });
export function toJury(j: Jury): z.infer<typeof juryResponse> {
  return {
    id: j.id,
    title: j.title,
    question: j.question,
    recruitment: j.recruitment,
    recruitmentRef: j.recruitmentRef,
    audience: j.audience,
    minimumAge: j.minimumAge,
    moderation: j.moderation,
    phase: j.phase,
    phases: j.phases,
    status: j.status,
    decisionResponse: j.decisionResponse ?? null,
    createdAt: j.createdAt.toISOString(),
  };
}

/** A member for staff: no contact data (that is a separate, audited read). */
export const memberResponse = z.object({
  id: z.string(),
  kind: z.enum(MEMBER_KINDS),
  label: z.string(),
  language: z.enum(["fi", "sv", "en"]),
  plainLanguage: z.boolean(),
  age: z.number().int().nullable(),
  guardianConsentNeeded: z.boolean(),
  guardianConsentAt: z.string().nullable(),
  active: z.boolean(),
  digest: z.enum(DIGEST_CHANNELS),
  invited: z.boolean(),
});
export const memberListResponse = z.object({ members: z.array(memberResponse) });
export function toMember(m: JuryMember): z.infer<typeof memberResponse> {
  return {
    id: m.id,
    kind: m.kind,
    label: m.label,
    language: m.language,
    plainLanguage: m.plainLanguage,
    age: m.age,
    guardianConsentNeeded: m.guardianSealed !== null,
    guardianConsentAt: m.guardianConsentAt?.toISOString() ?? null,
    active: m.active,
    digest: m.digest,
    invited: m.invitedAt !== null,
  };
}
const contact = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export const contactResponse = z.object({
  contact,
  guardian: contact
    .extend({ consentGivenOn: z.string().optional(), how: z.string().optional() })
    .nullable(),
});

export const materialResponse = z.object({
  id: z.string(),
  phase: z.enum(JURY_PHASES),
  kind: z.enum(MATERIAL_KINDS),
  title: localized,
  body: localized,
  plainBody: localized,
  url: z.string().nullable(),
  altText: localized,
  captionsUrl: z.string().nullable(),
  position: z.number().int(),
});
export function toMaterial(m: JuryMaterial): z.infer<typeof materialResponse> {
  const { id, phase, kind, title, body, plainBody, url, altText, captionsUrl, position } = m;
  return { id, phase, kind, title, body, plainBody, url, altText, captionsUrl, position };
}

export const hearingResponse = z.object({
  id: z.string(),
  expertId: z.string(),
  expert: z.string(),
  subject: localized,
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      askedBy: z.string(),
      answer: z.string(),
      answerVideoUrl: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});
export function toHearing(
  h: Awaited<ReturnType<typeof hearingsOf>>[number],
): z.infer<typeof hearingResponse> {
  return {
    id: h.id,
    expertId: h.expertId,
    expert: h.expert,
    subject: h.subject,
    questions: h.questions.map((q) => ({
      id: q.id,
      question: q.question,
      askedBy: q.askedByLabel,
      answer: q.answer,
      answerVideoUrl: q.answerVideoUrl,
      answeredAt: q.answeredAt?.toISOString() ?? null,
    })),
  };
}

export const postResponse = z.object({
  id: z.string(),
  phase: z.enum(JURY_PHASES),
  parentId: z.string().nullable(),
  author: z.string(),
  mine: z.boolean(),
  summary: z.boolean(),
  body: z.string(),
  status: z.enum(POST_STATUSES),
  pinned: z.boolean(),
  flags: z.array(z.string()),
  moderationReason: z.string(),
  reactions: z.record(z.enum(REACTIONS), z.number().int()),
  myReactions: z.array(z.enum(REACTIONS)),
  createdAt: z.string(),
});
export const threadResponse = z.object({ posts: z.array(postResponse) });
export function toPost(
  p: Awaited<ReturnType<typeof threadOf>>[number],
): z.infer<typeof postResponse> {
  return {
    id: p.id,
    phase: p.phase,
    parentId: p.parentId,
    author: p.author,
    mine: p.mine,
    summary: p.summary,
    body: p.body,
    status: p.status,
    pinned: p.pinned,
    flags: p.flags,
    moderationReason: p.moderationReason,
    reactions: p.reactions,
    myReactions: p.myReactions,
    createdAt: p.createdAt.toISOString(),
  };
}

/** What a juror or an expert sees of their jury. */
export const spaceResponse = z.object({
  jury: juryResponse.omit({ recruitmentRef: true, createdAt: true }),
  me: z.object({
    kind: z.enum(MEMBER_KINDS),
    label: z.string(),
    language: z.enum(["fi", "sv", "en"]),
    plainLanguage: z.boolean(),
    digest: z.enum(DIGEST_CHANNELS),
  }),
  materials: z.array(materialResponse),
  hearings: z.array(hearingResponse),
  hasStatement: z.boolean(),
});

/** The public page: the jury, its published statement's id, and the decision-makers' response. */
export const publicJuryResponse = z.object({
  title: z.string(),
  question: localized,
  audience: z.string(),
  phase: z.enum(JURY_PHASES),
  status: z.enum(JURY_STATUSES),
  jurors: z.number().int(),
  statementId: z.string().nullable(),
  decisionResponse: decisionResponse.nullable(),
});
