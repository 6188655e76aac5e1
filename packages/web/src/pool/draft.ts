import type { JoinInput, PoolForm } from "./api.js";

export const GENDERS = ["woman", "man", "other", "undisclosed"] as const;
export const MOTHER_TONGUES = ["fi", "sv", "se", "other"] as const;
export const PURPOSES = ["invitations", "surveys", "panels", "research"] as const;
export const CHANNELS = ["email", "sms", "phone", "letter"] as const;
export type Purpose = (typeof PURPOSES)[number];
export type Channel = (typeof CHANNELS)[number];

/** What the join form holds while it is filled in (numbers as typed). */
export interface MemberDraft {
  email: string;
  phone: string;
  municipality: string;
  birthYear: string;
  gender: string;
  motherTongue: string;
  answers: Record<string, string>;
  interests: string[];
  channels: Channel[];
  purposes: Purpose[];
  consentChannels: Channel[];
  /** Partner organizations (ids) of a shared pool that may invite the member. */
  partners: string[];
}

export const EMPTY_DRAFT: MemberDraft = {
  email: "",
  phone: "",
  municipality: "",
  birthYear: "",
  gender: "",
  motherTongue: "",
  answers: {},
  interests: [],
  channels: [],
  purposes: [],
  consentChannels: [],
  partners: [],
};

/** The draft as the API takes it; the server checks every rule and names the fields. */
export function toJoinInput(draft: MemberDraft, language: JoinInput["language"]): JoinInput {
  const year = Number(draft.birthYear.trim());
  return {
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    municipality: draft.municipality,
    birthYear: Number.isInteger(year) && draft.birthYear.trim() ? year : 0,
    gender: (draft.gender || "undisclosed") as JoinInput["gender"],
    motherTongue: (draft.motherTongue || "other") as JoinInput["motherTongue"],
    language,
    answers: Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== "")),
    interests: draft.interests,
    channels: draft.channels,
    consents: { purposes: draft.purposes, channels: draft.consentChannels },
    partners: draft.partners,
  };
}

/** The input id of the field an API error path names (for the error summary's links). */
export function fieldOf(rawPath: string): string | undefined {
  // The client may give the path with or without its "body." (api/problem.ts).
  const path = rawPath.startsWith("body.") ? rawPath : `body.${rawPath}`;
  const simple: Record<string, string> = {
    "body.email": "pool-email",
    "body.phone": "pool-phone",
    "body.municipality": "pool-municipality",
    "body.birthYear": "pool-birth-year",
    "body.gender": "pool-gender",
    "body.motherTongue": "pool-mother-tongue",
    "body.consents.purposes": "pool-purposes",
    "body.consents.channels": "pool-consent-channels",
    "body.channels": "pool-channels",
  };
  if (simple[path]) return simple[path];
  if (path.startsWith("body.interests")) return "pool-interests";
  if (path.startsWith("body.partners")) return "pool-partners";
  const answer = /^body\.answers\.(\w+)$/.exec(path);
  return answer ? `pool-q-${answer[1]}` : undefined;
}

export type Question = PoolForm["questions"][number];

/**
 * The fields the browser can check before sending (the server checks every rule again):
 * a contact, a municipality, a four-digit birth year, gender and mother tongue.
 */
export function missingFields(draft: MemberDraft): string[] {
  const missing: string[] = [];
  if (!draft.email.trim() && !draft.phone.trim()) missing.push("pool-email");
  if (!draft.municipality) missing.push("pool-municipality");
  if (!/^\d{4}$/.test(draft.birthYear.trim())) missing.push("pool-birth-year");
  if (!draft.gender) missing.push("pool-gender");
  if (!draft.motherTongue) missing.push("pool-mother-tongue");
  return missing;
}
