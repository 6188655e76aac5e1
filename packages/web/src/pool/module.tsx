import { Route } from "react-router";
import { lazyNamed } from "../components/lazy.js";
import { defineWebModule } from "../lib/module.js";

const JoinPage = lazyNamed(() => import("./JoinPage.js"), "JoinPage");
const ConfirmPage = lazyNamed(() => import("./ConfirmPage.js"), "ConfirmPage");
const MePage = lazyNamed(() => import("./MePage.js"), "MePage");
const SignUpPage = lazyNamed(() => import("./recruitment/SignUpPage.js"), "SignUpPage");
/** Staff code stays out of the residents' chunks (build/residentChunks.ts). */
const PoolStaffRoutes = lazyNamed(() => import("./staff/StaffRoutes.js"), "PoolStaffRoutes");
const PoolHomeCard = lazyNamed(() => import("./staff/HomeCard.js"), "PoolHomeCard");

/** The resident pool: joining, confirming, self-service, and the staff pages. */
export const poolWebModule = defineWebModule({
  name: "pool",
  namespaces: [
    { namespace: "pool", load: async () => (await import("./i18n/resources.js")).poolResources },
    {
      namespace: "poolRecruitment",
      load: async () => (await import("./recruitment/i18n/resources.js")).poolRecruitmentResources,
    },
  ],
  orgRoutes: (
    <>
      <Route path="pool" element={<JoinPage />} />
      <Route path="pool/confirm" element={<ConfirmPage />} />
      <Route path="pool/me" element={<MePage />} />
      <Route path="pool/signup" element={<SignUpPage />} />
    </>
  ),
  staffRoutes: <Route path="pool/*" element={<PoolStaffRoutes />} />,
  StaffHomeCard: PoolHomeCard,
});
