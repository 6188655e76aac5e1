import type { Me } from "../api/types.js";

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

/**
 * A return path is accepted only when it stays inside this site: it must start with a
 * single "/" (not "//" or "/\", which browsers treat as another host) and not lead to the API.
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return null;
  }
  if (value === "/api" || value.startsWith("/api/")) return null;
  return value;
}

/** The staff area of an organization. */
export function staffPath(slug: string): string {
  return `/${encodeURIComponent(slug)}/staff`;
}

/**
 * Where to go after signing in: the path the link was asked from (the server returns it),
 * else the verify page's own returnTo, else the staff area of the first organization.
 */
export function signInDestination(me: Me, returnTo: string | null): string {
  const fromLink = safeReturnTo(me.returnTo);
  if (fromLink) return fromLink;
  if (returnTo) return returnTo;
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
