// Test helpers for other packages and the benchmarks (`@kuulo/server/testing`).

// The surveys analysis bench (bench/surveys-analysis.bench.ts): a database, a survey, its
// responses and the analysis job as the module runs it.
export { type Db, openDatabase } from "./db/client.js";
export { createSealer } from "./db/sealed.js";
export { openTestDatabase } from "./db/testing.js";
// The reports bench (bench/reports.bench.ts): activities straight into their tables, and the
// period report with its PDF and Word writers.
export { importActionTable } from "./modules/actions/index.js";
export { conversations, participants } from "./modules/conversations/index.js";
// The statements bench (bench/deliberation.bench.ts): a statement with participants and
// recommendations, moved to the support check, and participants answering through the services.
export { advance, participant, sampleStatement } from "./modules/deliberation/testing.js";
export { signInWithLink } from "./modules/identity/sign-in.js";
// The juries bench (bench/juries.bench.ts): a running jury with its jurors and their sessions.
export { memberSession, runningJury } from "./modules/juries/testing.js";
export { createOrganization } from "./modules/organizations/index.js";
// The panel fees bench (bench/panel-fees.bench.ts): a batch and its pain.001 through the module.
export { feeBatchBench } from "./modules/panels/fees/bench-testing.js";
// The panels bench (bench/panels.bench.ts): synthetic sign-ups and quotas around their shares.
export { shareQuotas, syntheticSignUps } from "./modules/panels/synthetic.js";
/** Robot calls (bench/phone.bench.ts): a campaign, its numbers, its calls. */
export { createCampaign, setCampaignStatus } from "./modules/phone/campaigns.js";
export { uploadNumbers } from "./modules/phone/numbers.js";
export { phoneCalls, phoneNumbers } from "./modules/phone/schema.js";
export { publishedPhoneSurvey } from "./modules/phone/testing.js";
export { briefDocx } from "./modules/reports/docx.js";
export { briefPdf } from "./modules/reports/pdf.js";
export { periodReport } from "./modules/reports/period/report.js";
export { createSurvey, publishSurvey } from "./modules/surveys/building.js";
export { surveyResponses } from "./modules/surveys/schema.js";
export { loadAnalysis, startAnalysis } from "./modules/surveys/themes/analysis.js";
export { ThemeWorkers } from "./modules/surveys/themes/workers.js";
export { freePort, type ServeProcess, startServe } from "./serve-testing.js";
