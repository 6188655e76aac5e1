import { Route, Routes } from "react-router";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";
import "../conversations.css";

// Each staff page of the module is its own chunk, loaded when first shown.
const ConversationListPage = lazyNamed(() => import("./ListPage.js"), "ConversationListPage");
const ConversationFormPage = lazyNamed(() => import("./FormPage.js"), "ConversationFormPage");
const ImportPage = lazyNamed(() => import("./ImportPage.js"), "ImportPage");
const ConversationDetailPage = lazyNamed(() => import("./DetailPage.js"), "ConversationDetailPage");
const ModerationPage = lazyNamed(() => import("./ModerationPage.js"), "ModerationPage");
const StaffResultsPage = lazyNamed(() => import("./ResultsPage.js"), "StaffResultsPage");
const TranslationsPage = lazyNamed(() => import("./TranslationsPage.js"), "TranslationsPage");

/** `/:slug/staff/conversations/*`, inside the staff area (StaffLayout). */
export function ConversationsStaffRoutes() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<ConversationListPage />} />
        <Route path="new" element={<ConversationFormPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path=":id" element={<ConversationDetailPage />} />
        <Route path=":id/edit" element={<ConversationFormPage />} />
        <Route path=":id/moderation" element={<ModerationPage />} />
        <Route path=":id/results" element={<StaffResultsPage />} />
        <Route path=":id/translations" element={<TranslationsPage />} />
      </Routes>
    </PageSuspense>
  );
}
