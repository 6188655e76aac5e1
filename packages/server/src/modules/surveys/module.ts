import { defineModule } from "../define.js";
import { seedDemoSurvey } from "./demo.js";
import { surveyExchangeRoutes } from "./exchange/routes.js";
import { surveyPermissions } from "./permissions.js";
import { surveyPublicationRoutes } from "./publication/routes.js";
import { surveyResultRoutes } from "./results/routes.js";
import { surveyAnswerRoutes } from "./routes/answer.js";
import { surveyEmbedRoutes } from "./routes/embed.js";
import { surveyInvitationRoutes } from "./routes/invitations.js";
import { surveyShareRoutes } from "./routes/share.js";
import { surveyStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";
import { closeSurveyServices, surveyServices } from "./services.js";
import { surveyThemeRoutes } from "./themes/routes.js";

/**
 * Surveys: staff build a survey (@kuulo/survey's definition), publish frozen versions, open and
 * close it and enter paper and interview answers; residents answer on the web without signing
 * in, page by page with save-and-continue, or through a personal invitation from the pool.
 */
export const surveysModule = defineModule({
  name: "surveys",
  tables,
  permissions: surveyPermissions,
  auditActions: [
    "survey.created",
    "survey.published",
    "survey.closed",
    "survey.reopened",
    "survey.response_entered",
    "survey.responses_read",
    "survey.kiosk_started",
    "survey.results_read",
    "survey.responses_exported",
    "survey.responses_imported",
    "survey.analysis_started",
    "survey.themes_edited",
    "survey.themes_signed_off",
    "survey.open_answers_read",
    "survey.results_published",
    "survey.results_unpublished",
    "survey.llm_summarised",
  ],
  services: surveyServices,
  close: closeSurveyServices,
  routes: [
    surveyAnswerRoutes,
    surveyEmbedRoutes,
    surveyStaffRoutes,
    surveyInvitationRoutes,
    surveyShareRoutes,
    surveyResultRoutes,
    surveyExchangeRoutes,
    surveyThemeRoutes,
    surveyPublicationRoutes,
  ],
  demoSeeder: seedDemoSurvey,
});
