import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../pool.css";

const PoolOverview = lazyNamed(() => import("./Overview.js"), "PoolOverview");
const SignUpEntry = lazyNamed(() => import("./SignUpEntry.js"), "SignUpEntry");
const PoolSettingsPage = lazyNamed(() => import("./SettingsPage.js"), "PoolSettingsPage");
const CompositionPage = lazyNamed(() => import("./CompositionPage.js"), "CompositionPage");
const DrawsPage = lazyNamed(() => import("./DrawsPage.js"), "DrawsPage");
const DrawPage = lazyNamed(() => import("./DrawPage.js"), "DrawPage");

/** `/:slug/staff/pool/*`: the pool's size and members, and entering paper and phone sign-ups. */
export function PoolStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<PoolOverview />} />
        <Route path="new" element={<SignUpEntry />} />
        <Route path="settings" element={<PoolSettingsPage />} />
        <Route path="composition" element={<CompositionPage />} />
        <Route path="draws" element={<DrawsPage />} />
        <Route path="draws/:drawId" element={<DrawPage />} />
      </Routes>
    </PageSuspense>
  );
}
