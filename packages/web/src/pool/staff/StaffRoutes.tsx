import { Route, Routes, useParams } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../pool.css";
import { PoolChoice } from "./poolChoice.js";

const PoolOverview = lazyNamed(() => import("./Overview.js"), "PoolOverview");
const SignUpEntry = lazyNamed(() => import("./SignUpEntry.js"), "SignUpEntry");
const PoolSettingsPage = lazyNamed(() => import("./SettingsPage.js"), "PoolSettingsPage");
const CompositionPage = lazyNamed(() => import("./CompositionPage.js"), "CompositionPage");
const DrawsPage = lazyNamed(() => import("./DrawsPage.js"), "DrawsPage");
const DrawPage = lazyNamed(() => import("./DrawPage.js"), "DrawPage");
const RoundsPage = lazyNamed(() => import("./RoundsPage.js"), "RoundsPage");
const RoundPage = lazyNamed(() => import("./RoundPage.js"), "RoundPage");
const SharingPage = lazyNamed(() => import("./SharingPage.js"), "SharingPage");

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
        <Route path="rounds" element={<RoundsPage />} />
        <Route path="rounds/:roundId" element={<RoundPage />} />
        <Route path="sharing" element={<SharingPage />} />
        <Route path="shared/:host/*" element={<SharedPoolRoutes />} />
      </Routes>
    </PageSuspense>
  );
}

/** Another organization's pool shared with this one: the same pages, limited by the server. */
function SharedPoolRoutes() {
  const host = useParams().host;
  return (
    <PoolChoice.Provider value={host}>
      <Routes>
        <Route index element={<PoolOverview />} />
        <Route path="composition" element={<CompositionPage />} />
        <Route path="draws" element={<DrawsPage />} />
        <Route path="draws/:drawId" element={<DrawPage />} />
      </Routes>
    </PoolChoice.Provider>
  );
}
