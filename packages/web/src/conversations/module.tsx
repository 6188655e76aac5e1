import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";
import { KioskRoute } from "./kiosk/KioskRoute.js";
import { VotingRoute } from "./VotingRoute.js";

/** Staff code stays out of the residents' chunks: the home card loads with the staff pages. */
const ConversationsHomeCard = lazyNamed(
  () => import("./staff/HomeCard.js"),
  "ConversationsHomeCard",
);

const ConversationsStaffRoutes = lazyNamed(
  () => import("./staff/StaffRoutes.js"),
  "ConversationsStaffRoutes",
);

/** Opinion conversations: the residents' voting page and the staff's conversation pages. */
export const conversationsWebModule = defineWebModule({
  name: "conversations",
  namespaces: [
    {
      namespace: "conversations",
      load: async () => (await import("./i18n/resources.js")).conversationResources,
    },
  ],
  siteRoutes: (
    <>
      <Route path=":slug/c/:publicId" element={<VotingRoute />} />
      <Route path=":slug/c/:publicId/kiosk" element={<KioskRoute />} />
    </>
  ),
  staffRoutes: <Route path="conversations/*" element={<ConversationsStaffRoutes />} />,
  StaffHomeCard: ConversationsHomeCard,
});
