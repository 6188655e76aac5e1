import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { queryClient } from "./api/hooks.js";
import { Shell } from "./components/Shell.js";
import { ConversationsStaffRoutes } from "./conversations/staff/StaffRoutes.js";
import { VotingRoute } from "./conversations/VotingRoute.js";
import { AuditPage } from "./pages/AuditPage.js";
import { LandingPage } from "./pages/LandingPage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OrgPickerPage } from "./pages/OrgPickerPage.js";
import { OrgShell } from "./pages/OrgShell.js";
import { OutboxPage } from "./pages/OutboxPage.js";
import { SettingsPage } from "./pages/SettingsPage.js";
import { SignInErrorPage } from "./pages/SignInErrorPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { StaffHomePage } from "./pages/StaffHomePage.js";
import { StaffLayout } from "./pages/StaffLayout.js";
import { UsersPage } from "./pages/UsersPage.js";
import { VerifyPage } from "./pages/VerifyPage.js";

function SiteShell() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<SiteShell />}>
            <Route index element={<OrgPickerPage />} />
            <Route path="sign-in/verify" element={<VerifyPage />} />
            <Route path="sign-in/error" element={<SignInErrorPage />} />
            <Route path="dev/outbox" element={<OutboxPage />} />
          </Route>
          <Route path=":slug/c/:publicId" element={<VotingRoute />} />
          <Route path=":slug" element={<OrgShell />}>
            <Route index element={<LandingPage />} />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="staff" element={<StaffLayout />}>
              <Route index element={<StaffHomePage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="conversations/*" element={<ConversationsStaffRoutes />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route element={<SiteShell />}>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
