// Test helpers for other packages and the benchmarks (`@kuulo/server/testing`).

// The surveys analysis bench (bench/surveys-analysis.bench.ts): a database, a survey, its
// responses and the analysis job as the module runs it.
export { openTestDatabase } from "./db/testing.js";
// The statements bench (bench/deliberation.bench.ts): a statement with participants and
// recommendations, moved to the support check, and participants answering through the services.
export { advance, participant, sampleStatement } from "./modules/deliberation/testing.js";
export { signInWithLink } from "./modules/identity/sign-in.js";
export { createOrganization } from "./modules/organizations/index.js";
export { createSurvey, publishSurvey } from "./modules/surveys/building.js";
export { surveyResponses } from "./modules/surveys/schema.js";
export { loadAnalysis, startAnalysis } from "./modules/surveys/themes/analysis.js";
export { ThemeWorkers } from "./modules/surveys/themes/workers.js";
export { freePort, type ServeProcess, startServe } from "./serve-testing.js";
