// The surveys module's public surface (see organizations/index.ts): its tables, for modules that
// will read answers (the phone channel, results).

/**
 * For decision-maker briefs (modules/reports) and the actions module's trail: figures, signed-off
 * themes as published, and whether the results are public.
 */
/** A feedback survey made from a template for an activity (panels' feedback after the panel). */
export { createSurvey, latestVersion, loadSurvey, publishSurvey } from "./building.js";
/** The phone channel (modules/phone): an answer stored as it is given, the response finished. */
export { finishPhoneResponse, savePhoneAnswer } from "./phone-answers.js";
export { MIN_PUBLIC_COUNT, publicResult } from "./publication/content.js";
export { loadPublication } from "./publication/publishing.js";
/** Respondents against the population (the brief's "who took part"). */
export { type RespondentComposition, respondentComposition } from "./results/composition.js";
export {
  surveyAnalyses,
  surveyPublications,
  surveyResponses,
  surveys,
  surveyVersions,
} from "./schema.js";
export { reportOf, themeQuotes } from "./themes/editing.js";
export { currentAnalyses, textQuestions } from "./themes/overview.js";
