import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../actions.css";

const TablesPage = lazyNamed(() => import("./TablesPage.js"), "TablesPage");
const TablePage = lazyNamed(() => import("./TablePage.js"), "TablePage");

/** `/:slug/staff/actions/*`: the action tables, importing one, editing rows, the history. */
export function ActionStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<TablesPage />} />
        <Route path=":tableId" element={<TablePage />} />
      </Routes>
    </PageSuspense>
  );
}
