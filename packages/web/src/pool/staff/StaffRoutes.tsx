import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../pool.css";

const PoolOverview = lazyNamed(() => import("./Overview.js"), "PoolOverview");
const SignUpEntry = lazyNamed(() => import("./SignUpEntry.js"), "SignUpEntry");
const PoolSettingsPage = lazyNamed(() => import("./SettingsPage.js"), "PoolSettingsPage");

/** `/:slug/staff/pool/*`: the pool's size and members, and entering paper and phone sign-ups. */
export function PoolStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<PoolOverview />} />
        <Route path="new" element={<SignUpEntry />} />
        <Route path="settings" element={<PoolSettingsPage />} />
      </Routes>
    </PageSuspense>
  );
}
