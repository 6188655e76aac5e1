import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../legal.css";

const LegalEditPage = lazyNamed(() => import("./EditPage.js"), "LegalEditPage");
const FeedbackPage = lazyNamed(() => import("./FeedbackPage.js"), "FeedbackPage");

/** `/:slug/staff/legal/*`: editing the documents, and the accessibility feedback. */
export function LegalStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<LegalEditPage />} />
        <Route path="feedback" element={<FeedbackPage />} />
      </Routes>
    </PageSuspense>
  );
}
