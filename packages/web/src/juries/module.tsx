import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const JurySpacePage = lazyNamed(() => import("./JurySpacePage.js"), "JurySpacePage");
const PublicJuryPage = lazyNamed(() => import("./PublicJuryPage.js"), "PublicJuryPage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const JuryStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "JuryStaffRoutes");
const JuriesHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "JuriesHomeCard");

/** Online juries: the jurors' and experts' space, the public jury page, the staff pages. */
export const juriesWebModule = defineWebModule({
  name: "juries",
  namespaces: [
    {
      namespace: "juries",
      load: async () => (await import("./i18n/resources.js")).juriesResources,
    },
  ],
  orgRoutes: (
    <>
      <Route path="jury" element={<JurySpacePage />} />
      <Route path="juries/:juryId" element={<PublicJuryPage />} />
    </>
  ),
  staffRoutes: <Route path="juries/*" element={<JuryStaffRoutes />} />,
  StaffHomeCard: JuriesHomeCard,
});
