import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const CampaignsPage = lazyNamed(() => import("./CampaignsPage.js"), "CampaignsPage");
const CampaignPage = lazyNamed(() => import("./CampaignPage.js"), "CampaignPage");

/** `/:slug/staff/phone/*`: the campaigns and one campaign. */
export function PhoneStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<CampaignsPage />} />
        <Route path=":campaignId" element={<CampaignPage />} />
      </Routes>
    </PageSuspense>
  );
}
