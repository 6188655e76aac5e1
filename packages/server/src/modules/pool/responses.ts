import { municipality } from "@kuulo/dvv";
import { z } from "zod";
import {
  CONSENT_VIA,
  CONTACT_CHANNELS,
  GENDERS,
  MEMBER_STATUSES,
  MOTHER_TONGUES,
  PURPOSES,
  QUESTION_TYPES,
  SOURCES,
} from "./schema.js";
import type { MyData } from "./self-service.js";
import type { PoolSettings } from "./settings.js";
import { formPartnersResponse, partnerConsentResponse } from "./sharing/responses.js";
import type { searchMembers } from "./staff-list.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

const question = z.object({
  key: z.string(),
  label: localized,
  why: localized,
  type: z.enum(QUESTION_TYPES),
  required: z.boolean(),
  options: z.array(z.object({ key: z.string(), label: localized })),
});

const consentTexts = z.object(
  Object.fromEntries(
    PURPOSES.map((p) => [p, z.object({ text: localized, version: z.number() })]),
  ) as Record<
    (typeof PURPOSES)[number],
    z.ZodObject<{ text: typeof localized; version: z.ZodNumber }>
  >,
);

/** What the join page needs: the organization's municipalities, questions, themes, consent texts. */
export const poolFormResponse = z.object({
  open: z.boolean(),
  municipalities: z.array(
    z.object({ code: z.string(), name: z.object({ fi: z.string(), sv: z.string() }) }),
  ),
  questions: z.array(question),
  themes: z.array(z.object({ key: z.string(), label: localized })),
  consentTexts,
});

/** The join page's form: with the partner organizations the pool is shared with. */
export const joinFormResponse = poolFormResponse.extend({ partners: formPartnersResponse });

export const poolSettingsResponse = poolFormResponse.extend({
  inactiveRetentionMonths: z.number(),
  leftRetentionMonths: z.number(),
  updatedAt: z.string().nullable(),
});

function municipalitiesOf(codes: string[]) {
  return codes.map((code) => {
    const m = municipality(code);
    return { code, name: m ? m.name : { fi: code, sv: code } };
  });
}

export function toPoolForm(s: PoolSettings): z.infer<typeof poolFormResponse> {
  return {
    open: s.municipalities.length > 0,
    municipalities: municipalitiesOf(s.municipalities),
    questions: s.questions,
    themes: s.themes,
    consentTexts: s.consentTexts,
  };
}

export function toPoolSettings(s: PoolSettings): z.infer<typeof poolSettingsResponse> {
  return {
    ...toPoolForm(s),
    inactiveRetentionMonths: s.inactiveRetentionMonths,
    leftRetentionMonths: s.leftRetentionMonths,
    updatedAt: s.updatedAt.getTime() === 0 ? null : s.updatedAt.toISOString(),
  };
}

export const joinReceipt = z.object({ confirmBy: z.enum(["email", "sms"]) });

export const sessionResponse = z.object({ session: z.string(), expiresAt: z.string() });

export const myDataResponse = z.object({
  member: z.object({
    id: z.string(),
    status: z.enum(MEMBER_STATUSES),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    municipality: z.string(),
    birthYear: z.number(),
    gender: z.enum(GENDERS),
    motherTongue: z.enum(MOTHER_TONGUES),
    language: z.string(),
    answers: z.record(z.string(), z.string()),
    interests: z.array(z.string()),
    channels: z.array(z.enum(CONTACT_CHANNELS)),
    source: z.enum(SOURCES),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
    confirmedVia: z.string().nullable(),
  }),
  consents: z.array(
    z.object({
      id: z.number(),
      purpose: z.enum(PURPOSES),
      channel: z.enum(CONTACT_CHANNELS),
      textVersion: z.number(),
      givenAt: z.string(),
      givenVia: z.enum(CONSENT_VIA),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  /** Which partner organizations the member let invite them, and when (shared pools). */
  partnerConsents: z.array(partnerConsentResponse),
});

export function toMyData(data: MyData): z.infer<typeof myDataResponse> {
  const m = data.member;
  return {
    member: {
      id: m.id,
      status: m.status,
      email: m.email,
      phone: m.phone,
      municipality: m.municipality,
      birthYear: m.birthYear,
      gender: m.gender,
      motherTongue: m.motherTongue,
      language: m.language,
      answers: m.answers,
      interests: m.interests,
      channels: m.channels,
      source: m.source,
      createdAt: m.createdAt.toISOString(),
      confirmedAt: m.confirmedAt?.toISOString() ?? null,
      confirmedVia: m.confirmedVia,
    },
    consents: data.consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      channel: c.channel,
      textVersion: c.textVersion,
      givenAt: c.givenAt.toISOString(),
      givenVia: c.givenVia,
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
    partnerConsents: data.partnerConsents.map((c) => ({
      id: c.id,
      partner: { id: c.partnerOrganizationId, slug: c.partnerSlug, name: c.partnerName },
      agreementId: c.agreementId,
      givenAt: c.givenAt.toISOString(),
      givenVia: c.givenVia,
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
  };
}

export const withdrawResponse = z.object({ withdrawn: z.number() });

export const createdMemberResponse = z.object({
  id: z.string(),
  status: z.enum(["pending", "active"]),
});

export const summaryResponse = z.object({
  size: z.number(),
  byStatus: z.object({ pending: z.number(), active: z.number(), left: z.number() }),
  growth: z.array(z.object({ month: z.string(), joined: z.number(), left: z.number() })),
});

export const memberListResponse = z.object({
  total: z.number(),
  members: z.array(
    z.object({
      id: z.string(),
      status: z.enum(MEMBER_STATUSES),
      municipality: z.string(),
      birthYear: z.number(),
      gender: z.enum(GENDERS),
      motherTongue: z.enum(MOTHER_TONGUES),
      source: z.enum(SOURCES),
      interests: z.array(z.string()),
      channels: z.array(z.enum(CONTACT_CHANNELS)),
      createdAt: z.string(),
    }),
  ),
});

export function toMemberList(
  list: Awaited<ReturnType<typeof searchMembers>>,
): z.infer<typeof memberListResponse> {
  return {
    total: list.total,
    members: list.members.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}

export const contactsResponse = z.object({
  contacts: z.array(
    z.object({ id: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  ),
});
