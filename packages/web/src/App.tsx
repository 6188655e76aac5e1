import { QueryClientProvider } from "@tanstack/react-query";
import { Fragment } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { queryClient } from "./api/hooks.js";
import { lazyNamed, PageSuspense } from "./components/lazy.js";
import { Shell } from "./components/Shell.js";
import { webModules } from "./modules.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OrgShell } from "./pages/OrgShell.js";

// Every page is its own chunk, loaded when it is first shown: a resident opening a
// conversation loads the voting page's code and none of the staff area's (the build checks it,
// src/build/residentChunks.ts).
const OrgPickerPage = lazyNamed(() => import("./pages/OrgPickerPage.js"), "OrgPickerPage");
const VerifyPage = lazyNamed(() => import("./pages/VerifyPage.js"), "VerifyPage");
const SignInErrorPage = lazyNamed(() => import("./pages/SignInErrorPage.js"), "SignInErrorPage");
const OutboxPage = lazyNamed(() => import("./pages/OutboxPage.js"), "OutboxPage");
const LandingPage = lazyNamed(() => import("./pages/LandingPage.js"), "LandingPage");
const SignInPage = lazyNamed(() => import("./pages/SignInPage.js"), "SignInPage");
const StaffLayout = lazyNamed(() => import("./pages/StaffLayout.js"), "StaffLayout");
const StaffHomePage = lazyNamed(() => import("./pages/StaffHomePage.js"), "StaffHomePage");
const SettingsPage = lazyNamed(() => import("./pages/SettingsPage.js"), "SettingsPage");
const UsersPage = lazyNamed(() => import("./pages/UsersPage.js"), "UsersPage");
const AuditPage = lazyNamed(() => import("./pages/AuditPage.js"), "AuditPage");

function SiteShell() {
  return (
    <Shell>
      <PageSuspense>
        <Outlet />
      </PageSuspense>
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
          {webModules.map((m) => (
            <Fragment key={m.name}>{m.siteRoutes}</Fragment>
          ))}
          <Route path=":slug" element={<OrgShell />}>
            <Route index element={<LandingPage />} />
            <Route path="sign-in" element={<SignInPage />} />
            {webModules.map((m) => (
              <Fragment key={m.name}>{m.orgRoutes}</Fragment>
            ))}
            <Route path="staff" element={<StaffLayout />}>
              <Route index element={<StaffHomePage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="audit" element={<AuditPage />} />
              {webModules.map((m) => (
                <Fragment key={m.name}>{m.staffRoutes}</Fragment>
              ))}
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
