import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../deliberation.css";

const StatementsPage = lazyNamed(() => import("./StatementsPage.js"), "StatementsPage");
const StatementEditor = lazyNamed(() => import("./StatementEditor.js"), "StatementEditor");

/** `/:slug/staff/statements/*`: the statements and the editor of one. */
export function DeliberationStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<StatementsPage />} />
        <Route path=":statementId" element={<StatementEditor />} />
      </Routes>
    </PageSuspense>
  );
}
