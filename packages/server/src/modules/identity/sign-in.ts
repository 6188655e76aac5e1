import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { recordAudit } from "../audit/index.js";
import { type MailComposer, queueComposedMail } from "../messaging/index.js";
import type { Organization } from "../organizations/index.js";
import { LANGUAGES, type Language } from "../organizations/index.js";
import { memberships, signInLinks } from "./schema.js";
import { createSession, type NewSession } from "./sessions.js";
import { signInMail } from "./sign-in-mail.js";
import { findStaffByEmail, membershipsOf } from "./staff.js";
import { hashToken, newToken, normalizeEmail } from "./tokens.js";

export const SIGN_IN_LINK_MAIL = "sign_in_link";

export interface RequestSignInLinkOptions {
  email: string;
  organization: Organization | undefined;
  returnTo: string | undefined;
  language: Language;
}

/**
 * Asks for a one-time sign-in link to be mailed. The request only queues the ask (one insert,
 * the same for every address): whether the address belongs to staff is decided by the mail
 * worker when it composes the mail (`signInLinkComposer`). So the answer, its timing and its
 * failure modes (e.g. an unreachable SMTP server) say nothing about which addresses are known.
 */
export async function requestSignInLink(db: Db, options: RequestSignInLinkOptions): Promise<void> {
  await queueComposedMail(db, {
    kind: SIGN_IN_LINK_MAIL,
    to: normalizeEmail(options.email),
    organizationId: options.organization?.id ?? null,
    payload: { returnTo: options.returnTo ?? null, language: options.language },
  });
}

/**
 * Composes a queued sign-in mail in the mail worker: for a staff member, a new one-time link
 * (into the organization asked for when they are its member); for anyone else, no mail.
 */
export function signInLinkComposer(options: { publicUrl: string; minutes: number }): MailComposer {
  return async (db, queued) => {
    const user = await findStaffByEmail(db, queued.to);
    if (!user) return null;
    const member = await membershipsOf(db, user.id);
    if (member.length === 0) return null;
    const org = member.find((m) => m.organizationId === queued.organizationId);
    const language = (LANGUAGES as readonly string[]).includes(String(queued.payload.language))
      ? (queued.payload.language as Language)
      : "fi";
    const returnTo = typeof queued.payload.returnTo === "string" ? queued.payload.returnTo : null;
    const { token, link } = newLink(options.publicUrl);
    await db.insert(signInLinks).values({
      tokenHash: hashToken(token),
      userId: user.id,
      organizationId: org?.organizationId ?? null,
      returnTo,
      expiresAt: new Date(Date.now() + options.minutes * 60_000),
    });
    return signInMail({ language, link, minutes: options.minutes, organizationName: org?.name });
  };
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
  const orgIds = options.organizationId
    ? [options.organizationId]
    : (await membershipsOf(db, options.userId)).map((m) => m.organizationId);
  // The last sign-in is kept per membership, for the organizations that the sign-in was into
  // (the same ones whose audit log records it below).
  await db
    .update(memberships)
    .set({ lastSignInAt: new Date() })
    .where(
      and(eq(memberships.userId, options.userId), inArray(memberships.organizationId, orgIds)),
    );
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
