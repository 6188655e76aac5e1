import { Route, Routes } from "react-router";
import "../conversations.css";
import { ConversationDetailPage } from "./DetailPage.js";
import { ConversationFormPage } from "./FormPage.js";
import { ImportPage } from "./ImportPage.js";
import { ConversationListPage } from "./ListPage.js";
import { ModerationPage } from "./ModerationPage.js";
import { StaffResultsPage } from "./ResultsPage.js";

/** `/:slug/staff/conversations/*`, inside the staff area (StaffLayout). */
export function ConversationsStaffRoutes() {
  return (
    <Routes>
      <Route index element={<ConversationListPage />} />
      <Route path="new" element={<ConversationFormPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":id" element={<ConversationDetailPage />} />
      <Route path=":id/edit" element={<ConversationFormPage />} />
      <Route path=":id/moderation" element={<ModerationPage />} />
      <Route path=":id/results" element={<StaffResultsPage />} />
    </Routes>
  );
}
