import { createHash } from "node:crypto";
import { safeReturnTo } from "@kuulo/paths";
import type { Db } from "../../db/client.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import type { OutboundPolicy } from "../../net/outbound.js";
import { recordRead } from "../audit/index.js";
import {
  findOrganizationById,
  findOrganizationBySlug,
  type Language,
} from "../organizations/index.js";
import { finishOidcSignIn, startOidcSignIn } from "./oidc.js";
import { endSession, sessionMemberships } from "./sessions.js";
import { requestSignInLink, signInWithLink } from "./sign-in.js";
import type { MembershipView, StaffMember } from "./staff.js";
import { findStaffById, listStaff } from "./staff.js";

/**
 * The identity module's services, as the routes call them: each takes the database and one
 * options object, and knows nothing of HTTP (the routes set and clear the session cookie).
 * Staff accounts (staff.ts), sessions (sessions.ts), sign-in links (sign-in.ts) and OpenID
 * Connect (oidc.ts) are the aggregates below them.
 */

/** How many sign-in attempts an address may make, and in what window. */
export interface SignInLimits {
  /** Sign-in links per email address per window; ten times as many per client address. */
  perWindow: number;
  windowSeconds: number;
}

/** The signed-in person, as `GET /api/me` and the sign-in answer show them. */
export interface SignedInPerson {
  user: { id: string; email: string; displayName: string };
  memberships: MembershipView[];
  csrfToken: string;
}

function hashForKey(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}

/**
 * The signed-in person. A session opened through an organization's identity provider lists
 * that organization only. Names are per organization: each membership carries the name that
 * organization gave the person, and `user.displayName` is the name in the organization they
 * last signed in to (or, before any, the first by slug).
 */
export async function signedInPerson(
  db: Db,
  options: {
    user: { id: string; email: string };
    organizationId: string | null;
    csrfToken: string;
  },
): Promise<SignedInPerson> {
  const memberships = await sessionMemberships(db, {
    userId: options.user.id,
    organizationId: options.organizationId,
  });
  const latest = [...memberships].sort(
    (a, b) => (b.lastSignInAt?.getTime() ?? 0) - (a.lastSignInAt?.getTime() ?? 0),
  )[0];
  return {
    user: {
      id: options.user.id,
      email: options.user.email,
      displayName: latest?.displayName ?? "",
    },
    memberships,
    csrfToken: options.csrfToken,
  };
}

/**
 * Mails a one-time sign-in link (queued; the same answer whether or not the address is known).
 * Limited per address (stops mail bombing) and, more loosely, per client address (a school or
 * office behind one address must still be able to sign in).
 */
export async function askForSignInLink(
  db: Db,
  options: {
    email: string;
    /** The organization's slug, when the link is asked for from its sign-in page. */
    org: string | undefined;
    returnTo: string | undefined;
    language: Language | undefined;
    clientAddress: string;
    limits: SignInLimits;
  },
): Promise<void> {
  const { limits } = options;
  await enforceRateLimit(db, {
    key: `sign-in-link:email:${hashForKey(options.email.toLowerCase())}`,
    limit: limits.perWindow,
    windowSeconds: limits.windowSeconds,
  });
  await enforceRateLimit(db, {
    key: `sign-in-link:ip:${options.clientAddress}`,
    limit: limits.perWindow * 10,
    windowSeconds: limits.windowSeconds,
  });
  const organization = options.org ? await findOrganizationBySlug(db, options.org) : undefined;
  await requestSignInLink(db, {
    email: options.email,
    organization,
    returnTo: safeReturnTo(options.returnTo),
    language: options.language ?? organization?.defaultLanguage ?? "fi",
  });
}

/** Uses a sign-in link's token: opens a session for its person. */
export async function signInWithToken(
  db: Db,
  options: { token: string; sessionHours: number; clientAddress: string; limits: SignInLimits },
): Promise<{
  session: { token: string; expiresAt: Date };
  person: SignedInPerson;
  returnTo: string | null;
}> {
  await enforceRateLimit(db, {
    key: `sign-in:ip:${options.clientAddress}`,
    limit: options.limits.perWindow * 10,
    windowSeconds: options.limits.windowSeconds,
  });
  const result = await signInWithLink(db, {
    token: options.token,
    sessionHours: options.sessionHours,
  });
  const identity = await findStaffById(db, result.userId);
  return {
    session: { token: result.token, expiresAt: result.expiresAt },
    person: await signedInPerson(db, {
      user: identity,
      organizationId: null,
      csrfToken: result.csrfToken,
    }),
    returnTo: safeReturnTo(result.returnTo) ?? null,
  };
}

/** Ends the session behind a cookie token, if there is one. */
export async function signOut(db: Db, options: { token: string | undefined }): Promise<void> {
  if (options.token) await endSession(db, options.token);
}

/** Where to send the browser to sign in with the organization's OpenID Connect provider. */
export async function startSignOn(
  db: Db,
  options: {
    slug: string;
    returnTo: string | undefined;
    publicUrl: string;
    outbound: OutboundPolicy;
    clientAddress: string;
    limits: SignInLimits;
  },
): Promise<URL> {
  await enforceRateLimit(db, {
    key: `oidc-start:ip:${options.clientAddress}`,
    limit: options.limits.perWindow * 10,
    windowSeconds: options.limits.windowSeconds,
  });
  const organization = await findOrganizationBySlug(db, options.slug);
  return startOidcSignIn(db, {
    organization,
    returnTo: safeReturnTo(options.returnTo),
    publicUrl: options.publicUrl,
    outbound: options.outbound,
  });
}

/** Completes sign-on from the provider's answer: a session, and where to go next. */
export async function finishSignOn(
  db: Db,
  options: { callbackUrl: URL; sessionHours: number; outbound: OutboundPolicy },
): Promise<{ session: { token: string; expiresAt: Date }; next: string }> {
  const result = await finishOidcSignIn(db, {
    callbackUrl: options.callbackUrl,
    loadOrganization: (id) => findOrganizationById(db, id),
    sessionHours: options.sessionHours,
    outbound: options.outbound,
  });
  return {
    session: { token: result.token, expiresAt: result.expiresAt },
    next: result.returnTo ?? `/${result.organization.slug}/staff`,
  };
}

/** The organization's staff, the reading recorded in the audit log. */
export async function readStaff(
  db: Db,
  options: { organizationId: string; readerId: string },
): Promise<StaffMember[]> {
  const staff = await listStaff(db, { organizationId: options.organizationId });
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.readerId,
    action: "staff.list_read",
  });
  return staff;
}
