import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const PanelsPage = lazyNamed(() => import("./PanelsPage.js"), "PanelsPage");
const PanelPage = lazyNamed(() => import("./PanelPage.js"), "PanelPage");
const AttendancePage = lazyNamed(() => import("./AttendancePage.js"), "AttendancePage");
const TablesPage = lazyNamed(() => import("./TablesPage.js"), "TablesPage");
const FeesPage = lazyNamed(() => import("./FeesPage.js"), "FeesPage");
const TrackerPage = lazyNamed(() => import("./TrackerPage.js"), "TrackerPage");

/** `/:slug/staff/panels/*`: the panels, setting one up, the candidates, the draw. */
export function PanelStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<PanelsPage />} />
        <Route path=":panelId" element={<PanelPage />} />
        <Route path=":panelId/attendance/:sessionId" element={<AttendancePage />} />
        <Route path=":panelId/tables/:sessionId" element={<TablesPage />} />
        <Route path=":panelId/fees" element={<FeesPage />} />
        <Route path="incomes-register" element={<TrackerPage />} />
      </Routes>
    </PageSuspense>
  );
}
