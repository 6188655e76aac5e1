import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../roundtables.css";

const RoundTablesPage = lazyNamed(() => import("./RoundTablesPage.js"), "RoundTablesPage");
const RoundTableEditor = lazyNamed(() => import("./RoundTableEditor.js"), "RoundTableEditor");

/** `/:slug/staff/roundtables/*`: the processes and one process's meetings and statement. */
export function RoundTableStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<RoundTablesPage />} />
        <Route path=":roundTableId" element={<RoundTableEditor />} />
      </Routes>
    </PageSuspense>
  );
}
