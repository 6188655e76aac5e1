import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const PanelsPage = lazyNamed(() => import("./PanelsPage.js"), "PanelsPage");
const PanelPage = lazyNamed(() => import("./PanelPage.js"), "PanelPage");

/** `/:slug/staff/panels/*`: the panels, setting one up, the candidates, the draw. */
export function PanelStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<PanelsPage />} />
        <Route path=":panelId" element={<PanelPage />} />
      </Routes>
    </PageSuspense>
  );
}
