import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import { BRIEF_KINDS } from "../api.js";

const BriefPage = lazyNamed(() => import("./BriefPage.js"), "BriefPage");
const PeriodPage = lazyNamed(() => import("./PeriodPage.js"), "PeriodPage");
const MetricsPage = lazyNamed(() => import("./MetricsPage.js"), "MetricsPage");

/** `/:slug/staff/reports/*`: decision-maker briefs of every activity kind, the period report and the metrics. */
export function ReportStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        {BRIEF_KINDS.map((kind) => (
          <Route key={kind} path={`${kind}/:id`} element={<BriefPage kind={kind} />} />
        ))}
        <Route path="period" element={<PeriodPage />} />
        <Route path="metrics" element={<MetricsPage />} />
      </Routes>
    </PageSuspense>
  );
}
