import { ThemeWorkers } from "./themes/workers.js";

/** The surveys module's own state: the text workers of analyses being edited. */
export interface SurveyServices {
  themeWorkers: ThemeWorkers;
}

export const surveyServices = (): SurveyServices => ({ themeWorkers: new ThemeWorkers() });
export const closeSurveyServices = (s: SurveyServices) => s.themeWorkers.close();
