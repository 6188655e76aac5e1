import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

/** Staff code only: the phone module has no resident pages (residents answer by phone). */
const PhoneStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "PhoneStaffRoutes");
const PhoneHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "PhoneHomeCard");

/** Robot phone calls: campaigns, numbers, prompts to listen to, the dashboard. */
export const phoneWebModule = defineWebModule({
  name: "phone",
  namespaces: [
    {
      namespace: "phone",
      load: async () => (await import("./i18n/resources.js")).phoneResources,
    },
  ],
  staffRoutes: <Route path="phone/*" element={<PhoneStaffRoutes />} />,
  StaffHomeCard: PhoneHomeCard,
});
