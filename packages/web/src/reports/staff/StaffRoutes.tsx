import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const BriefPage = lazyNamed(() => import("./BriefPage.js"), "BriefPage");
const PeriodPage = lazyNamed(() => import("./PeriodPage.js"), "PeriodPage");

/** `/:slug/staff/reports/*`: decision-maker briefs of conversations and surveys, and the period report. */
export function ReportStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route path="conversations/:id" element={<BriefPage kind="conversations" />} />
        <Route path="surveys/:id" element={<BriefPage kind="surveys" />} />
        <Route path="period" element={<PeriodPage />} />
      </Routes>
    </PageSuspense>
  );
}
