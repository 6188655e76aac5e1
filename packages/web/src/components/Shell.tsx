import { useMutation } from "@tanstack/react-query";
import { type CSSProperties, type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigationType } from "react-router";
import { endpoints } from "../api/endpoints.js";
import { useMe } from "../api/hooks.js";
import type { PublicOrg } from "../api/types.js";
import i18n, { languageFor } from "../i18n/index.js";
import { themeFor } from "../lib/contrast.js";
import { localized } from "../lib/language.js";
import { legalPath, staffPath } from "../lib/paths.js";
import { LanguageSwitcher } from "./LanguageSwitcher.js";

interface ShellProps {
  /** The organization whose pages these are, when known. */
  org?: PublicOrg | undefined;
  children: ReactNode;
}

/** Keeps the language within the allowed ones (an organization's enabled languages). */
function useLanguageScope(org: PublicOrg | undefined): void {
  const allowed = org?.languages;
  const fallback = org?.defaultLanguage;
  const { i18n: instance } = useTranslation();
  const current = instance.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check whenever the language changes
  useEffect(() => {
    const wanted = languageFor(allowed, fallback);
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
  }, [allowed?.join(","), fallback, current]);
}

/**
 * After the user follows a link inside the app (a PUSH navigation), move focus to the new
 * page's heading (or main), so that screen reader and keyboard users start at the new
 * content. The first page, back/forward and redirects (REPLACE) keep the browser's focus.
 * A page whose code is still on its way (each page is its own chunk) gets its heading a
 * moment later: focus then moves on to it, unless the user has moved it meanwhile.
 */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    if (navigationType !== "PUSH") return;
    const main = document.getElementById("main");
    const heading = () => document.querySelector<HTMLElement>("#main h1");
    const found = heading();
    (found ?? main)?.focus({ preventScroll: false });
    if (found || !main) return;
    const observer = new MutationObserver(() => {
      const late = heading();
      if (!late) return;
      observer.disconnect();
      if (document.activeElement === main || document.activeElement === document.body) {
        late.focus({ preventScroll: false });
      }
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);
}

function SignOutButton({ slug }: { slug?: string | undefined }) {
  const { t } = useTranslation();
  const signOut = useMutation({
    mutationFn: endpoints.signOut,
    // A full page load, whatever the answer: nothing of the staff session stays in memory, and
    // no staff page gets to react to the user vanishing (it would redirect to the sign-in page).
    onSettled: () => window.location.assign(slug ? `/${encodeURIComponent(slug)}` : "/"),
  });
  return (
    <button type="button" className="button button--quiet" onClick={() => signOut.mutate()}>
      {t("layout.signOut")}
    </button>
  );
}

/** The privacy notice and accessibility statement, linked from every page of an organization. */
export function LegalLinks({ slug, newWindow }: { slug: string; newWindow?: boolean }) {
  const { t } = useTranslation();
  const target = newWindow ? { target: "_blank", rel: "noopener" } : {};
  const hint = newWindow ? <span className="visually-hidden"> {t("layout.newWindow")}</span> : null;
  return (
    <nav className="legal-links" aria-label={t("layout.legalNav")}>
      <ul>
        <li>
          <Link to={legalPath(slug, "privacy")} {...target}>
            {t("layout.privacy")}
            {hint}
          </Link>
        </li>
        <li>
          <Link to={legalPath(slug, "accessibility")} {...target}>
            {t("layout.accessibility")}
            {hint}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The frame of every page: skip link, header, navigation, main, footer. */
export function Shell({ org, children }: ShellProps) {
  const { t, i18n: instance } = useTranslation();
  const me = useMe();
  useLanguageScope(org);
  useFocusOnNavigation();

  const theme = themeFor(org?.themeColor);
  const style = { "--brand": theme.background, "--on-brand": theme.text } as CSSProperties;
  const orgName = org ? localized(org.name, instance.language) : null;
  const signedIn = me.data != null;
  const member = org && me.data?.memberships.find((m) => m.org.slug === org.slug);

  return (
    <div className="shell" style={style}>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link; the handler only makes sure focus lands in main */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById("main");
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t("layout.skipToMain")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" to={org ? `/${org.slug}` : "/"}>
            {org?.logoUrl ? <img className="brand__logo" src={org.logoUrl} alt="" /> : null}
            <span className="brand__name">{orgName ?? "Kuulo"}</span>
          </Link>
          <nav className="site-nav" aria-label={t("layout.mainNav")}>
            <ul>
              {org ? (
                <li>
                  <Link to={`/${org.slug}`}>{t("layout.nav.home")}</Link>
                </li>
              ) : (
                <li>
                  <Link to="/">{t("layout.nav.organizations")}</Link>
                </li>
              )}
              {org && member ? (
                <li>
                  <Link to={staffPath(org.slug)}>{t("layout.nav.staff")}</Link>
                </li>
              ) : null}
              {org && !signedIn ? (
                <li>
                  <Link to={`/${org.slug}/sign-in`}>{t("layout.nav.signIn")}</Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitcher languages={org?.languages} />
            {signedIn ? (
              <div className="account">
                <span className="account__who">
                  <span className="visually-hidden">{t("layout.signedInAs")} </span>
                  {member?.displayName || me.data?.user.displayName || me.data?.user.email}
                </span>
                <SignOutButton slug={org?.slug} />
              </div>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {org ? <LegalLinks slug={org.slug} /> : null}
        <p>
          {t("layout.footer")}{" "}
          <a href="https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12">
            EUPL-1.2
          </a>
        </p>
      </footer>
    </div>
  );
}
