import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staffSessions, staffUsers } from "./schema.js";
import type { StaffIdentity } from "./staff.js";
import { hashToken, newToken } from "./tokens.js";

export interface NewSession {
  /** Goes into the cookie; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  options: { userId: string; hours: number },
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + options.hours * 3_600_000);
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, new Date()));
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId: options.userId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  user: StaffIdentity;
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
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt,
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}
