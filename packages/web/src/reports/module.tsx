import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";
import { BRIEF_KINDS } from "./kinds.js";

const PublicBriefPage = lazyNamed(() => import("./PublicBriefPage.js"), "PublicBriefPage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const ReportsHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "ReportsHomeCard");
const ReportStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "ReportStaffRoutes");

/** Reports: decision-maker briefs of activities, for staff and (results public) for anyone. */
export const reportsWebModule = defineWebModule({
  name: "reports",
  namespaces: [
    {
      namespace: "reports",
      load: async () => (await import("./i18n/resources.js")).reportsResources,
    },
  ],
  orgRoutes: (
    <>
      {BRIEF_KINDS.map((kind) => (
        <Route key={kind} path={`reports/${kind}/:id`} element={<PublicBriefPage kind={kind} />} />
      ))}
    </>
  ),
  staffRoutes: <Route path="reports/*" element={<ReportStaffRoutes />} />,
  StaffHomeCard: ReportsHomeCard,
});
