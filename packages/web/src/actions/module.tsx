import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const PublicTablePage = lazyNamed(() => import("./PublicTablePage.js"), "PublicTablePage");
const TrailPage = lazyNamed(() => import("./TrailPage.js"), "TrailPage");
const ConfirmSubscriptionPage = lazyNamed(
  () => import("./TokenPages.js"),
  "ConfirmSubscriptionPage",
);
const UnsubscribePage = lazyNamed(() => import("./TokenPages.js"), "UnsubscribePage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const ActionStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "ActionStaffRoutes");
const ActionsHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "ActionsHomeCard");

/** Action tables: the public table with its change log and subscription, and the staff pages. */
export const actionsWebModule = defineWebModule({
  name: "actions",
  namespaces: [
    {
      namespace: "actions",
      load: async () => (await import("./i18n/resources.js")).actionsResources,
    },
  ],
  orgRoutes: (
    <>
      <Route path="actions/unsubscribe" element={<UnsubscribePage />} />
      <Route path="actions/:table" element={<PublicTablePage />} />
      <Route path="actions/:table/confirm" element={<ConfirmSubscriptionPage />} />
      <Route path="actions/:table/:number" element={<TrailPage />} />
    </>
  ),
  staffRoutes: <Route path="actions/*" element={<ActionStaffRoutes />} />,
  StaffHomeCard: ActionsHomeCard,
});
