// The surveys module's public surface (see organizations/index.ts): its tables, for modules that
// will read answers (the phone channel, results).
export { surveyResponses, surveys, surveyVersions } from "./schema.js";
