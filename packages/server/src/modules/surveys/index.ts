// The surveys module's public surface (see organizations/index.ts): its tables, for modules that
// will read answers (the phone channel, results).

/** For decision-maker briefs (modules/reports): figures and signed-off themes as published. */
export { latestVersion, loadSurvey } from "./building.js";
export { MIN_PUBLIC_COUNT, publicResult } from "./publication/content.js";
export { loadPublication } from "./publication/publishing.js";
export { surveyResponses, surveys, surveyVersions } from "./schema.js";
export { reportOf, themeQuotes } from "./themes/editing.js";
export { currentAnalyses, textQuestions } from "./themes/overview.js";
