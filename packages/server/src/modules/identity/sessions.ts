import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staffSessions, staffUsers } from "./schema.js";
import { type MembershipView, membershipsOf, type StaffIdentity } from "./staff.js";
import { hashToken, newToken } from "./tokens.js";

export interface NewSession {
  /** Goes into the cookie; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  options: {
    userId: string;
    hours: number;
    /** The organization whose identity provider vouched for the user; null for an email link. */
    organizationId: string | null;
  },
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + options.hours * 3_600_000);
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, new Date()));
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId: options.userId,
    organizationId: options.organizationId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  user: StaffIdentity;
  /**
   * Set when the session was opened through this organization's identity provider: it then
   * carries this organization's membership only. Null for an email-link session.
   */
  organizationId: string | null;
  csrfToken: string;
  expiresAt: Date;
}

/** The session behind a cookie token, or undefined when unknown or expired. */
export async function findSession(db: Db, token: string): Promise<ActiveSession | undefined> {
  const [row] = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(eq(staffSessions.tokenHash, hashToken(token)), gt(staffSessions.expiresAt, new Date())),
    );
  if (!row) return undefined;
  return {
    user: { id: row.user.id, email: row.user.email },
    organizationId: row.session.organizationId,
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt,
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}

/**
 * The memberships a session carries: every membership of its user for an email-link session,
 * only the authenticating organization's for a session opened through an identity provider.
 */
export async function sessionMemberships(
  db: Db,
  session: { userId: string; organizationId: string | null },
): Promise<MembershipView[]> {
  const all = await membershipsOf(db, session.userId);
  return session.organizationId === null
    ? all
    : all.filter((m) => m.organizationId === session.organizationId);
}
