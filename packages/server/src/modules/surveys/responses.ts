import { municipality } from "@kuulo/dvv";
import { allQuestions, type Definition } from "@kuulo/survey";
import { z } from "zod";
import type { listSurveys } from "./building.js";
import type { listResponses } from "./entries.js";
import { sameDefinition } from "./problems.js";
import {
  ANONYMITY,
  RESPONSE_CHANNELS,
  RESPONSE_STATUSES,
  SURVEY_STATUSES,
  type Survey,
  type SurveyResponse,
  type SurveyVersion,
} from "./schema.js";

/** A definition as @kuulo/survey's model has it (declared loosely: its own schema checks it). */
const definition = z.record(z.string(), z.unknown());
const counts = z.object({ complete: z.number(), inProgress: z.number() });

export const surveySummaryResponse = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(SURVEY_STATUSES),
  anonymity: z.enum(ANONYMITY),
  /** The newest published version's number; null before publishing. */
  version: z.number().nullable(),
  responses: counts,
  createdAt: z.string(),
});
export const surveyListResponse = z.object({ items: z.array(surveySummaryResponse) });

export const surveyResponse = surveySummaryResponse.extend({
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  kioskAllowed: z.boolean(),
  /** Sites that may embed the answering page; empty: any site. */
  embedOrigins: z.array(z.string()),
  draft: definition,
  /** The draft differs from the newest version: publishing makes a new version. */
  unpublishedChanges: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSurveyList(rows: Awaited<ReturnType<typeof listSurveys>>) {
  return {
    items: rows.map(({ survey, version, counts: c }) => ({
      id: survey.id,
      slug: survey.slug,
      title: survey.title,
      status: survey.status,
      anonymity: survey.anonymity,
      version,
      responses: c,
      createdAt: survey.createdAt.toISOString(),
    })),
  };
}

export function toSurvey(
  survey: Survey,
  version: SurveyVersion | undefined,
  c: z.infer<typeof counts>,
): z.infer<typeof surveyResponse> {
  return {
    ...toSurveyList([{ survey, version: version?.number ?? null, counts: c }]).items[0]!,
    opensAt: iso(survey.opensAt),
    closesAt: iso(survey.closesAt),
    kioskAllowed: survey.kioskAllowed,
    embedOrigins: survey.embedOrigins,
    draft: survey.draft as Record<string, unknown>,
    unpublishedChanges: !version || !sameDefinition(version.definition, survey.draft),
    publishedAt: iso(version?.publishedAt ?? null),
    updatedAt: survey.updatedAt.toISOString(),
  };
}

export const publishedResponse = z.object({
  version: z.number(),
  /** False when the draft equalled the newest version (nothing new was published). */
  created: z.boolean(),
  publishedAt: z.string(),
});

/** What the answering page needs: the version's definition and how answers are kept. */
export const publicSurveyResponse = z.object({
  slug: z.string(),
  version: z.number(),
  open: z.boolean(),
  anonymity: z.enum(ANONYMITY),
  kioskAllowed: z.boolean(),
  definition,
  /** Names of the municipalities the survey's municipality questions offer, by code. */
  municipalities: z.record(z.string(), z.object({ fi: z.string(), sv: z.string() })),
});

export function toPublicSurvey(
  survey: Survey,
  version: SurveyVersion,
  parsed: Definition,
  open: boolean,
): z.infer<typeof publicSurveyResponse> {
  return {
    slug: survey.slug,
    version: version.number,
    open,
    anonymity: survey.anonymity,
    kioskAllowed: survey.kioskAllowed,
    definition: parsed as unknown as Record<string, unknown>,
    municipalities: municipalityNames(parsed),
  };
}

/** The fi/sv names of the municipalities the definition's municipality questions offer. */
export function municipalityNames(parsed: Definition): Record<string, { fi: string; sv: string }> {
  return Object.fromEntries(
    allQuestions(parsed)
      .flatMap(({ question }) => (question.type === "municipality" ? question.municipalities : []))
      .map((code) => [code, municipality(code)?.name ?? { fi: code, sv: code }]),
  );
}

/** Municipality codes → fi/sv names, as the web shows them. */
export const municipalityNamesResponse = z.record(
  z.string(),
  z.object({ fi: z.string(), sv: z.string() }),
);

/** A respondent's own response: its answers so far (the token only when just started). */
export const myResponseResponse = z.object({
  id: z.string(),
  status: z.enum(RESPONSE_STATUSES),
  answers: z.record(z.string(), z.unknown()),
  /**
   * Background questions pre-filled from the invited pool member's data (a linked survey's
   * personal invitation); the page says so, and the respondent may change them.
   */
  prefilled: z.array(z.string()),
  /** The save-and-continue token: given once, at the start (also set as an httpOnly cookie). */
  resumeToken: z.string().optional(),
  submittedAt: z.string().nullable(),
});

export function toMyResponse(
  response: Pick<SurveyResponse, "id" | "status" | "answers" | "prefilled" | "submittedAt">,
  token?: string,
) {
  return {
    id: response.id,
    status: response.status,
    answers: response.answers as Record<string, unknown>,
    prefilled: response.prefilled,
    ...(token ? { resumeToken: token } : {}),
    submittedAt: iso(response.submittedAt),
  };
}

export const enteredResponse = z.object({
  id: z.string(),
  channel: z.enum(RESPONSE_CHANNELS),
  sourceNote: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  submittedAt: z.string().nullable(),
});

export const responseListResponse = z.object({
  items: z.array(enteredResponse.extend({ version: z.number() })),
});

export function toEntered(response: SurveyResponse): z.infer<typeof enteredResponse> {
  return {
    id: response.id,
    channel: response.channel,
    sourceNote: response.sourceNote,
    answers: response.answers as Record<string, unknown>,
    submittedAt: iso(response.submittedAt),
  };
}

export function toResponseList(rows: Awaited<ReturnType<typeof listResponses>>) {
  return { items: rows.map((r) => ({ ...toEntered(r.response), version: r.version })) };
}
