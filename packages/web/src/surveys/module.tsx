import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";
import { AnswerRoute } from "./AnswerRoute.js";

const ResultsPage = lazyNamed(() => import("./results/ResultsPage.js"), "ResultsPage");
/** Staff code stays out of the residents' chunks. */
const SurveyStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "SurveyStaffRoutes");
const SurveyHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "SurveyHomeCard");

/** Surveys: the residents' answering page and the staff's surveys, builder and paper entry. */
export const surveysWebModule = defineWebModule({
  name: "surveys",
  namespaces: [
    {
      namespace: "surveys",
      load: async () => (await import("./i18n/resources.js")).surveyResources,
    },
    {
      namespace: "surveyResults",
      load: async () => (await import("./staff/results/i18n/resources.js")).surveyResultResources,
    },
    {
      namespace: "surveyThemes",
      load: async () => (await import("./results/i18n/resources.js")).surveyThemeResources,
    },
  ],
  orgRoutes: <Route path="surveys/:surveySlug/results" element={<ResultsPage />} />,
  /** The answering page also runs embedded in other sites (?embed=1), without the site shell. */
  siteRoutes: <Route path=":slug/surveys/:surveySlug" element={<AnswerRoute />} />,
  staffRoutes: <Route path="surveys/*" element={<SurveyStaffRoutes />} />,
  StaffHomeCard: SurveyHomeCard,
});
