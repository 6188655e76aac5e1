import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { recordAudit } from "../audit/service.js";
import type { Mailer } from "../messaging/service.js";
import type { Language } from "../organizations/schema.js";
import type { Organization } from "../organizations/service.js";
import { signInLinks, staffUsers } from "./schema.js";
import { createSession, type NewSession } from "./sessions.js";
import { signInMail } from "./sign-in-mail.js";
import { findStaffByEmail, membershipsOf } from "./staff.js";
import { hashToken, newToken } from "./tokens.js";

export interface RequestSignInLinkOptions {
  email: string;
  organization: Organization | undefined;
  returnTo: string | undefined;
  language: Language;
  mailer: Mailer;
  publicUrl: string;
  minutes: number;
}

/**
 * Mails a one-time sign-in link to a staff member. Says nothing about whether the address is
 * known: the caller answers the same either way, so accounts cannot be probed.
 * Returns whether a mail was sent (for logs and tests only).
 */
export async function requestSignInLink(
  db: Db,
  options: RequestSignInLinkOptions,
): Promise<boolean> {
  const user = await findStaffByEmail(db, options.email);
  if (!user) return false;
  const member = await membershipsOf(db, user.id);
  if (member.length === 0) return false;
  const org =
    options.organization && member.some((m) => m.organizationId === options.organization!.id)
      ? options.organization
      : undefined;
  const { token, link } = newLink(options.publicUrl);
  const mail = signInMail({
    language: options.language,
    link,
    minutes: options.minutes,
    organizationName: org?.name,
  });
  await db.transaction(async (tx) => {
    await tx.insert(signInLinks).values({
      tokenHash: hashToken(token),
      userId: user.id,
      organizationId: org?.id ?? null,
      returnTo: options.returnTo ?? null,
      expiresAt: new Date(Date.now() + options.minutes * 60_000),
    });
    await options.mailer.send(tx, { to: user.email, ...mail, organizationId: org?.id ?? null });
  });
  return true;
}

function newLink(publicUrl: string): { token: string; link: string } {
  const token = newToken();
  return { token, link: `${publicUrl}/sign-in/verify?token=${encodeURIComponent(token)}` };
}

/**
 * A sign-in link handed out directly rather than mailed: printed by `kuulo user add` and at
 * start-up for the demo admin. The caller records in the audit log why it was issued.
 */
export async function issueSignInLink(
  db: Db,
  options: { userId: string; organizationId: string | null; publicUrl: string; minutes: number },
): Promise<string> {
  const { token, link } = newLink(options.publicUrl);
  await db.insert(signInLinks).values({
    tokenHash: hashToken(token),
    userId: options.userId,
    organizationId: options.organizationId,
    returnTo: null,
    expiresAt: new Date(Date.now() + options.minutes * 60_000),
  });
  return link;
}

export interface SignInResult extends NewSession {
  userId: string;
  organizationId: string | null;
  returnTo: string | null;
}

/** Uses a sign-in link once: the first use wins, even under concurrent clicks. */
export async function signInWithLink(
  db: Db,
  options: { token: string; sessionHours: number },
): Promise<SignInResult> {
  const tokenHash = hashToken(options.token);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(signInLinks)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(signInLinks.tokenHash, tokenHash),
          isNull(signInLinks.usedAt),
          gt(signInLinks.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!used) {
      const [link] = await tx
        .select()
        .from(signInLinks)
        .where(eq(signInLinks.tokenHash, tokenHash));
      if (!link)
        throw new AppError(
          "auth.link_invalid",
          "This sign-in link is not valid. Ask for a new one.",
        );
      if (link.usedAt)
        throw new AppError(
          "auth.link_used",
          "This sign-in link has already been used. Ask for a new one.",
        );
      throw new AppError("auth.link_expired", "This sign-in link has expired. Ask for a new one.");
    }
    return completeSignIn(tx, {
      userId: used.userId,
      organizationId: used.organizationId,
      returnTo: used.returnTo,
      sessionHours: options.sessionHours,
      method: "email_link",
    });
  });
}

/** Opens a session and writes the sign-in into the audit log of the organizations concerned. */
export async function completeSignIn(
  db: Db,
  options: {
    userId: string;
    organizationId: string | null;
    returnTo: string | null;
    sessionHours: number;
    method: "email_link" | "oidc";
  },
): Promise<SignInResult> {
  const session = await createSession(db, {
    userId: options.userId,
    hours: options.sessionHours,
    // An identity provider vouches only for its own organization's staff.
    organizationId: options.method === "oidc" ? options.organizationId : null,
  });
  await db
    .update(staffUsers)
    .set({ lastSignInAt: new Date() })
    .where(eq(staffUsers.id, options.userId));
  const orgIds = options.organizationId
    ? [options.organizationId]
    : (await membershipsOf(db, options.userId)).map((m) => m.organizationId);
  for (const organizationId of orgIds) {
    await recordAudit(db, {
      organizationId,
      actor: { userId: options.userId },
      action: "staff.signed_in",
      targetType: "staff_user",
      targetId: options.userId,
      detail: { method: options.method },
    });
  }
  return {
    ...session,
    userId: options.userId,
    organizationId: options.organizationId,
    returnTo: options.returnTo,
  };
}
