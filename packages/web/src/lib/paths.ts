import { safeReturnTo } from "@kuulo/paths";
import type { SignedIn } from "../api/types.js";

/** First path segments that belong to the platform and are never organization slugs. */
export const RESERVED_SEGMENTS: readonly string[] = [
  "api",
  "dev",
  "sign-in",
  "assets",
  "docs",
  // The server refuses these as slugs too.
  "staff",
  "static",
  "embed",
  "favicon.ico",
  "robots.txt",
];

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SEGMENTS.includes(slug.toLowerCase());
}

/** An organization's privacy notice or accessibility statement (linked from every page). */
export function legalPath(slug: string, kind: "privacy" | "accessibility"): string {
  return `/${encodeURIComponent(slug)}/${kind}`;
}

/** The staff area of an organization. */
export function staffPath(slug: string): string {
  return `/${encodeURIComponent(slug)}/staff`;
}

/**
 * Where to go after signing in: the path the link was asked from (the server returns it),
 * else the verify page's own returnTo, else the staff area of the first organization. Both
 * return paths pass `safeReturnTo` (@kuulo/paths), the check the server runs too.
 */
export function signInDestination(me: SignedIn, returnTo: string | undefined): string {
  const fromLink = safeReturnTo(me.returnTo);
  if (fromLink) return fromLink;
  const fromPage = safeReturnTo(returnTo);
  if (fromPage) return fromPage;
  const first = me.memberships[0];
  return first ? staffPath(first.org.slug) : "/";
}

const OIDC_ORG_KEY = "kuulo.oidcOrg";

/** Remembers which organization an OpenID Connect sign-in was started for (this tab only). */
export function rememberOidcOrg(slug: string): void {
  try {
    sessionStorage.setItem(OIDC_ORG_KEY, slug);
  } catch {
    // storage unavailable: the error page then offers the front page
  }
}

export function rememberedOidcOrg(): string | null {
  try {
    return sessionStorage.getItem(OIDC_ORG_KEY);
  } catch {
    return null;
  }
}
