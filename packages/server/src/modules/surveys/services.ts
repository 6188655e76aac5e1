import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { ThemeWorkers } from "./themes/workers.js";

/**
 * The surveys module's own state: the text workers of analyses being edited, and the sealer
 * that opens pool members' contact data when the survey invites a pool draw (as the pool's).
 */
export interface SurveyServices {
  themeWorkers: ThemeWorkers;
  sealer: Sealer;
}

export const surveyServices = ({ config }: ModuleSetup): SurveyServices => ({
  themeWorkers: new ThemeWorkers(),
  sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
});
export const closeSurveyServices = (s: SurveyServices) => s.themeWorkers.close();
