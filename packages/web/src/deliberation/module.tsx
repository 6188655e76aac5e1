import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const PublicStatementPage = lazyNamed(
  () => import("./PublicStatementPage.js"),
  "PublicStatementPage",
);
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const DeliberationStaffRoutes = lazyNamed(
  () => import("./staff/StaffRoutes.js"),
  "DeliberationStaffRoutes",
);
const DeliberationHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "DeliberationHomeCard");

/** Statements of panels, juries and round tables: the public page and the staff editor. */
export const deliberationWebModule = defineWebModule({
  name: "deliberation",
  namespaces: [
    {
      namespace: "deliberation",
      load: async () => (await import("./i18n/resources.js")).deliberationResources,
    },
  ],
  orgRoutes: <Route path="statements/:statementId" element={<PublicStatementPage />} />,
  staffRoutes: <Route path="statements/*" element={<DeliberationStaffRoutes />} />,
  StaffHomeCard: DeliberationHomeCard,
});
