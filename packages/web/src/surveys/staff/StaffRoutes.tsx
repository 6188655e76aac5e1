import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../surveys.css";

const SurveysPage = lazyNamed(() => import("./SurveysPage.js"), "SurveysPage");
const SurveyPage = lazyNamed(() => import("./SurveyPage.js"), "SurveyPage");
const EntryPage = lazyNamed(() => import("./EntryPage.js"), "EntryPage");
const ResultsPage = lazyNamed(() => import("./results/ResultsPage.js"), "ResultsPage");
const ImportPage = lazyNamed(() => import("./results/ImportPage.js"), "ImportPage");
const ThemesOverview = lazyNamed(() => import("./themes/OverviewPage.js"), "OverviewPage");
const ThemesPage = lazyNamed(() => import("./themes/ThemesPage.js"), "ThemesPage");

/** `/:slug/staff/surveys/*`: the surveys, one survey's builder, and paper entry. */
export function SurveyStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<SurveysPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path=":surveyId" element={<SurveyPage />} />
        <Route path=":surveyId/entry" element={<EntryPage />} />
        <Route path=":surveyId/results" element={<ResultsPage />} />
        <Route path=":surveyId/themes" element={<ThemesOverview />} />
        <Route path=":surveyId/themes/:questionId" element={<ThemesPage />} />
      </Routes>
    </PageSuspense>
  );
}
