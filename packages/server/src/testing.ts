// Test helpers for other packages and the benchmarks (`@kuulo/server/testing`).

// The surveys analysis bench (bench/surveys-analysis.bench.ts): a database, a survey, its
// responses and the analysis job as the module runs it.
export { openTestDatabase } from "./db/testing.js";
export { signInWithLink } from "./modules/identity/sign-in.js";
export { createOrganization } from "./modules/organizations/index.js";
// The panels bench (bench/panels.bench.ts): synthetic sign-ups and quotas around their shares.
export { shareQuotas, syntheticSignUps } from "./modules/panels/synthetic.js";
export { createSurvey, publishSurvey } from "./modules/surveys/building.js";
export { surveyResponses } from "./modules/surveys/schema.js";
export { loadAnalysis, startAnalysis } from "./modules/surveys/themes/analysis.js";
export { ThemeWorkers } from "./modules/surveys/themes/workers.js";
export { freePort, type ServeProcess, startServe } from "./serve-testing.js";
