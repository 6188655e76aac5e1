import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { createOpenSurveyCache, type OpenSurveyCache } from "./open-cache.js";
import { ThemeWorkers } from "./themes/workers.js";

/** How long another process may answer from a survey's old state (status, version). */
export const OPEN_SURVEY_TTL_MS = 3000;

/**
 * The surveys module's own state: the text workers of analyses being edited, the sealer that
 * opens pool members' contact data when the survey invites a pool draw (as the pool's), and
 * the published surveys cached for the answering path.
 */
export interface SurveyServices {
  themeWorkers: ThemeWorkers;
  sealer: Sealer;
  openSurveys: OpenSurveyCache;
}

export const surveyServices = ({ config }: ModuleSetup): SurveyServices => ({
  themeWorkers: new ThemeWorkers(),
  sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
  openSurveys: createOpenSurveyCache({ ttlMs: OPEN_SURVEY_TTL_MS }),
});
export const closeSurveyServices = (s: SurveyServices) => s.themeWorkers.close();
