// The surveys module's public surface (see organizations/index.ts): its tables, for modules that
// will read answers (the phone channel, results).
// The actions module's trail reads a signed-off theme and whether the results are public.
export {
  surveyAnalyses,
  surveyPublications,
  surveyResponses,
  surveys,
  surveyVersions,
} from "./schema.js";
