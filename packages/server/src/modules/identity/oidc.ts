import { safeReturnTo } from "@kuulo/paths";
import { and, eq, gt } from "drizzle-orm";
import * as oidc from "openid-client";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { checkOutboundUrl, type OutboundPolicy, outboundFetch } from "../../net/outbound.js";
import type { Organization } from "../organizations/index.js";
import { memberships, oidcLogins } from "./schema.js";
import { completeSignIn, type SignInResult } from "./sign-in.js";
import { findStaffByEmail } from "./staff.js";

/**
 * OpenID Connect sign-in for staff, configured per organization (e.g. the county's Entra ID).
 * The provider must return a verified email address of someone on the organization's staff.
 * The session it opens carries that organization's membership only: the organization's admin
 * chooses the provider, so it cannot vouch for anyone's standing elsewhere.
 * The provider's discovery document is cached per process; login state lives in the database
 * so the callback may land on any server process.
 */

const discovered = new Map<string, { config: oidc.Configuration; at: number }>();
const CACHE_MS = 10 * 60_000;

/** The one answer for anything that went wrong with the provider; the details go to the log. */
function providerUnusable(cause: unknown): AppError {
  return new AppError("auth.oidc_failed", "The sign-on provider could not be used.", { cause });
}

async function configurationFor(
  org: Organization,
  outbound: OutboundPolicy,
): Promise<oidc.Configuration> {
  if (!org.oidcEnabled || !org.oidcIssuer || !org.oidcClientId) {
    throw new AppError("not_found", "Single sign-on is not enabled for this organization.");
  }
  const key = `${org.id}|${org.oidcIssuer}|${org.oidcClientId}|${org.oidcClientSecret ?? ""}`;
  const cached = discovered.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.config;
  try {
    // Every request openid-client makes (discovery, token, userinfo, keys) goes through the
    // outbound policy, so a discovery document cannot point Kuulo at an internal address.
    const issuer = await checkOutboundUrl(org.oidcIssuer, outbound);
    const config = await oidc.discovery(
      issuer,
      org.oidcClientId,
      org.oidcClientSecret ?? undefined,
      undefined,
      {
        [oidc.customFetch]: outboundFetch(outbound),
        // Plain http only for an origin that OUTBOUND_URL_ALLOW lists (development and tests).
        ...(issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : {}),
      },
    );
    discovered.set(key, { config, at: Date.now() });
    return config;
  } catch (error) {
    throw providerUnusable(error);
  }
}

export function oidcRedirectUri(publicUrl: string): string {
  return `${publicUrl}/api/auth/oidc/callback`;
}

export async function startOidcSignIn(
  db: Db,
  options: {
    organization: Organization;
    returnTo: string | undefined;
    publicUrl: string;
    outbound: OutboundPolicy;
  },
): Promise<URL> {
  const config = await configurationFor(options.organization, options.outbound);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await db.insert(oidcLogins).values({
    state,
    organizationId: options.organization.id,
    codeVerifier,
    nonce,
    returnTo: safeReturnTo(options.returnTo) ?? null,
  });
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(options.publicUrl),
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
}

export async function finishOidcSignIn(
  db: Db,
  options: {
    callbackUrl: URL;
    loadOrganization: (id: string) => Promise<Organization>;
    sessionHours: number;
    outbound: OutboundPolicy;
  },
): Promise<SignInResult & { organization: Organization }> {
  const state = options.callbackUrl.searchParams.get("state");
  if (!state) throw new AppError("auth.oidc_failed", "The sign-on answer has no state parameter.");
  const [login] = await db
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.state, state), gt(oidcLogins.expiresAt, new Date())))
    .returning();
  if (!login) {
    throw new AppError(
      "auth.oidc_failed",
      "The sign-on attempt is unknown or took too long. Try again.",
    );
  }
  const organization = await options.loadOrganization(login.organizationId);
  const config = await configurationFor(organization, options.outbound);
  let claims: oidc.IDToken | undefined;
  let userinfoEmail: { email?: string; email_verified?: boolean } | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, options.callbackUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
    });
    claims = tokens.claims();
    if (claims && typeof claims.email !== "string") {
      userinfoEmail = (await oidc.fetchUserInfo(
        config,
        tokens.access_token,
        claims.sub,
      )) as typeof userinfoEmail;
    }
  } catch (error) {
    throw providerUnusable(error);
  }
  const email =
    (typeof claims?.email === "string" ? claims.email : userinfoEmail?.email) ?? undefined;
  const verified =
    typeof claims?.email === "string" ? claims.email_verified : userinfoEmail?.email_verified;
  if (!email)
    throw new AppError("auth.oidc_failed", "The sign-on provider did not tell the email address.");
  if (verified === false) {
    throw new AppError(
      "auth.oidc_failed",
      "The sign-on provider says the email address is not verified.",
    );
  }
  const user = await findStaffByEmail(db, email);
  const [membership] = user
    ? await db
        .select()
        .from(memberships)
        .where(
          and(eq(memberships.userId, user.id), eq(memberships.organizationId, organization.id)),
        )
    : [];
  if (!user || !membership) {
    throw new AppError(
      "auth.forbidden",
      `${email} is not on the staff of ${organization.name.en}.`,
    );
  }
  // Checked again before the session exists: a stored value that is no longer acceptable is
  // dropped (the user lands on the staff area) rather than failing after the session is made.
  const returnTo = safeReturnTo(login.returnTo) ?? null;
  const result = await db.transaction((tx) =>
    completeSignIn(tx, {
      userId: user.id,
      organizationId: organization.id,
      returnTo,
      sessionHours: options.sessionHours,
      method: "oidc",
    }),
  );
  return { ...result, organization };
}
