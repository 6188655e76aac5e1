import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const ReportStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "ReportStaffRoutes");

/** Reports: decision-maker briefs of activities for staff (web page and PDF). */
export const reportsWebModule = defineWebModule({
  name: "reports",
  namespaces: [
    {
      namespace: "reports",
      load: async () => (await import("./i18n/resources.js")).reportsResources,
    },
  ],
  staffRoutes: <Route path="reports/*" element={<ReportStaffRoutes />} />,
});
