import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const BriefPage = lazyNamed(() => import("./BriefPage.js"), "BriefPage");

/** `/:slug/staff/reports/*`: decision-maker briefs of conversations and surveys. */
export function ReportStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route path="conversations/:id" element={<BriefPage kind="conversations" />} />
        <Route path="surveys/:id" element={<BriefPage kind="surveys" />} />
      </Routes>
    </PageSuspense>
  );
}
