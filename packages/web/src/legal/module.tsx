import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const LegalPage = lazyNamed(() => import("./LegalPage.js"), "LegalPage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const LegalStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "LegalStaffRoutes");
const LegalHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "LegalHomeCard");

/** The privacy notice and the accessibility statement (with its feedback form), and their staff pages. */
export const legalWebModule = defineWebModule({
  name: "legal",
  namespaces: [
    { namespace: "legal", load: async () => (await import("./i18n/resources.js")).legalResources },
  ],
  orgRoutes: (
    <>
      <Route path="privacy" element={<LegalPage kind="privacy" />} />
      <Route path="accessibility" element={<LegalPage kind="accessibility" />} />
    </>
  ),
  staffRoutes: <Route path="legal/*" element={<LegalStaffRoutes />} />,
  StaffHomeCard: LegalHomeCard,
});
