// Pure helpers of the answering page: which pages a respondent sees, problems by question,
// the saved link. Conditions come from @kuulo/survey, as the server applies them.
import { type Answers, type Definition, type Lang, pickText, visibleSurvey } from "@kuulo/survey";
import type { FieldProblem } from "../api/problem.js";

/** The pages the respondent sees with these answers, each with its visible questions. */
export function visiblePages(definition: Definition, answers: Answers) {
  return visibleSurvey(definition, answers).pages;
}

/** Field problems of a save or submit, by question id (`body.answers.<id>`). */
export function problemsByQuestion(errors: readonly FieldProblem[]): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  for (const e of errors) {
    const match = /^(?:body\.)?answers\.([a-z][a-z0-9_]*)/.exec(e.path);
    if (match && !out[match[1]!]) out[match[1]!] = e;
  }
  return out;
}

/** The link that continues this response in any browser (the token in the fragment, never logged). */
export function saveLink(origin: string, slug: string, surveySlug: string, token: string): string {
  return `${origin}/${slug}/surveys/${surveySlug}#resume=${encodeURIComponent(token)}`;
}

/** `#resume=…`, `#kiosk=…` or `?invitation=…` of the address, read once. */
export function linkTokens(location: { hash: string; search: string }) {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  const query = new URLSearchParams(location.search);
  return {
    resume: hash.get("resume") ?? undefined,
    kiosk: hash.get("kiosk") ?? undefined,
    invitation: query.get("invitation") ?? undefined,
  };
}

/** A survey text in the page's language; `fallback` when another language had to be shown. */
export function surveyText(
  text: Parameters<typeof pickText>[0],
  lang: string,
  languages: readonly Lang[],
): { text: string; fallback: boolean } {
  const want = (["fi", "sv", "en"].includes(lang) ? lang : "fi") as Lang;
  const picked = pickText(text, want, languages);
  return picked ? { text: picked.text, fallback: picked.fallback } : { text: "", fallback: false };
}

/** Drops empty answers (an emptied field clears the answer: null for the server). */
export function withCleared(answers: Answers, ids: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...answers };
  for (const id of ids) if (!(id in answers)) out[id] = null;
  return out;
}

/** A kiosk's link (staff open it on the shared tablet; the token stays in the fragment). */
export function kioskLink(origin: string, slug: string, surveySlug: string, token: string): string {
  return `${origin}/${slug}/surveys/${surveySlug}#kiosk=${encodeURIComponent(token)}`;
}
