import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const BriefPage = lazyNamed(() => import("./BriefPage.js"), "BriefPage");
const PeriodPage = lazyNamed(() => import("./PeriodPage.js"), "PeriodPage");
const MetricsPage = lazyNamed(() => import("./MetricsPage.js"), "MetricsPage");

/** `/:slug/staff/reports/*`: decision-maker briefs of conversations and surveys, the period report and the metrics. */
export function ReportStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route path="conversations/:id" element={<BriefPage kind="conversations" />} />
        <Route path="surveys/:id" element={<BriefPage kind="surveys" />} />
        <Route path="panels/:id" element={<BriefPage kind="panels" />} />
        <Route path="period" element={<PeriodPage />} />
        <Route path="metrics" element={<MetricsPage />} />
      </Routes>
    </PageSuspense>
  );
}
