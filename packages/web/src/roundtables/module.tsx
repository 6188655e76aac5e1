import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const PublicRoundTablePage = lazyNamed(
  () => import("./PublicRoundTablePage.js"),
  "PublicRoundTablePage",
);
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const RoundTableStaffRoutes = lazyNamed(
  () => import("./staff/StaffRoutes.js"),
  "RoundTableStaffRoutes",
);
const RoundTableHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "RoundTableHomeCard");

/** Round tables and workshops: the public page per process and the staff pages. */
export const roundTablesWebModule = defineWebModule({
  name: "roundtables",
  namespaces: [
    {
      namespace: "roundtables",
      load: async () => (await import("./i18n/resources.js")).roundTableResources,
    },
  ],
  orgRoutes: <Route path="roundtables/:roundTableId" element={<PublicRoundTablePage />} />,
  staffRoutes: <Route path="roundtables/*" element={<RoundTableStaffRoutes />} />,
  StaffHomeCard: RoundTableHomeCard,
});
