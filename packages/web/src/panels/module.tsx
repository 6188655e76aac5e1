import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const ReportPage = lazyNamed(() => import("./ReportPage.js"), "ReportPage");
const PanelistPage = lazyNamed(() => import("./PanelistPage.js"), "PanelistPage");
const SignUpPage = lazyNamed(() => import("./SignUpPage.js"), "SignUpPage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const PanelStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "PanelStaffRoutes");
const PanelsHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "PanelsHomeCard");

/** Resident panels: the public selection report, the panelists' space, the staff pages. */
export const panelsWebModule = defineWebModule({
  name: "panels",
  namespaces: [
    {
      namespace: "panels",
      load: async () => (await import("./i18n/resources.js")).panelsResources,
    },
  ],
  orgRoutes: (
    <>
      <Route path="panels/report/:panelId" element={<ReportPage />} />
      <Route path="panels/me" element={<PanelistPage />} />
      <Route path="panels/:panelId/sign-up" element={<SignUpPage />} />
    </>
  ),
  staffRoutes: <Route path="panels/*" element={<PanelStaffRoutes />} />,
  StaffHomeCard: PanelsHomeCard,
});
