import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

const JuriesPage = lazyNamed(() => import("./JuriesPage.js"), "JuriesPage");
const JuryPage = lazyNamed(() => import("./JuryPage.js"), "JuryPage");

/** `/:slug/staff/juries/*`: the juries, one jury's phases, members and moderation. */
export function JuryStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<JuriesPage />} />
        <Route path=":juryId" element={<JuryPage />} />
      </Routes>
    </PageSuspense>
  );
}
