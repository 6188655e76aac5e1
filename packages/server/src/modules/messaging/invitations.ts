import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { instanceSecret } from "../../db/secrets.js";
import { AppError } from "../../errors.js";
import type { Channel } from "./contacts.js";
import { advanceInvitation } from "./invitation-status.js";
import { queueMail } from "./queue.js";
import { type Invitation, invitations } from "./schema.js";
import { queueSms } from "./sms.js";
import { unsubscribeToken } from "./suppression.js";

/**
 * Tracked invitations, for any module that invites residents (pool draws, panels, phone
 * calls): each has a link that records "opened" and leads on; the inviting module marks "took
 * part"; reminders go only to those who have not taken part, up to a limit. Mail goes through
 * the mail queue and SMS through the SMS queue; both skip suppressed addresses.
 */

const LINK_SECRET = "invitation-links";

export interface InvitationTarget {
  organizationId: string;
  /** What the invitation is to, e.g. "pool_draw" and the draw's id. */
  subjectType: string;
  subjectId: string;
  /** Who, in the inviting module's terms (e.g. a pool member's id). */
  recipientRef: string;
  channel: Channel;
}

/** What a message says, given its tracked link and (for mail) its unsubscribe link. */
export type InvitationComposer = (links: {
  link: string;
  unsubscribeUrl: string;
  reminder: boolean;
}) =>
  | { channel: "sms"; text: string }
  | { channel: "email"; subject: string; text: string; html: string };

function sign(secret: string, id: string): string {
  return createHmac("sha256", secret).update(`invitation:${id}`).digest("base64url").slice(0, 32);
}

/** The invitation's tracked link: the same every time, so reminders carry the same link. */
export async function invitationLink(db: Db, publicUrl: string, id: string): Promise<string> {
  return `${publicUrl}/api/i/${id}.${sign(await instanceSecret(db, LINK_SECRET), id)}`;
}

function checkTargetPath(path: string): void {
  // Only a path on Kuulo's own site: never an open redirect.
  if (!/^\/(?![/\\])[^\s]*$/.test(path)) {
    throw new AppError("validation.failed", "The target must be a path on this site.", {
      errors: [{ path: "targetPath", code: "invalid_format", message: "a path such as /fi/pooli" }],
    });
  }
}

async function queueMessage(
  db: Db,
  invitation: Invitation,
  options: {
    sealer: Sealer;
    to: string;
    publicUrl: string;
    compose: InvitationComposer;
    reminder: boolean;
  },
): Promise<void> {
  const link = await invitationLink(db, options.publicUrl, invitation.id);
  const token = await unsubscribeToken(db, {
    organizationId: invitation.organizationId,
    channel: invitation.channel,
    address: options.to,
  });
  const unsubscribeUrl = `${options.publicUrl}/api/unsubscribe/${token}`;
  const message = options.compose({ link, unsubscribeUrl, reminder: options.reminder });
  if (message.channel !== invitation.channel) {
    throw new Error(`composer wrote ${message.channel} for an ${invitation.channel} invitation`);
  }
  if (message.channel === "sms") {
    await queueSms(db, {
      sealer: options.sealer,
      organizationId: invitation.organizationId,
      to: options.to,
      text: message.text,
      kind: options.reminder ? "reminder" : "invitation",
      subjectType: invitation.subjectType,
      subjectId: invitation.subjectId,
      invitationId: invitation.id,
    });
  } else {
    await queueMail(db, {
      organizationId: invitation.organizationId,
      to: options.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      suppressible: true,
      invitationId: invitation.id,
      // RFC 8058 one-click unsubscribe: mail clients POST to the URL.
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
  }
}

/**
 * Invites one recipient: records the invitation and queues its message. Call it inside the
 * inviting act's transaction. Inviting the same recipient to the same subject on the same
 * channel again is refused (use `remindInvitations`).
 */
export async function sendInvitation(
  db: Db,
  options: InvitationTarget & {
    /** Seals an SMS recipient's number in the queue. */
    sealer: Sealer;
    to: string;
    targetPath: string;
    publicUrl: string;
    compose: InvitationComposer;
  },
): Promise<Invitation> {
  checkTargetPath(options.targetPath);
  const [invitation] = await db
    .insert(invitations)
    .values({
      organizationId: options.organizationId,
      subjectType: options.subjectType,
      subjectId: options.subjectId,
      recipientRef: options.recipientRef,
      channel: options.channel,
      targetPath: options.targetPath,
    })
    .onConflictDoNothing()
    .returning();
  if (!invitation) throw new AppError("conflict", "This recipient has already been invited.");
  await queueMessage(db, invitation, { ...options, reminder: false });
  return invitation;
}

/**
 * Follows a tracked link: records "opened" (once) and answers where to go; null when the token
 * is not a valid link.
 */
export async function openInvitation(db: Db, token: string): Promise<string | null> {
  const invitation = await readInvitation(db, token);
  if (!invitation) return null;
  await advanceInvitation(db, invitation.id, "opened");
  // A target may carry the link's own token (e.g. a survey binding the answer to the invitation).
  return invitation.targetPath.replaceAll(INVITATION_PLACEHOLDER, encodeURIComponent(token));
}

/** In a target path, stands for the invitation link's token (see `openInvitation`). */
export const INVITATION_PLACEHOLDER = "{invitation}";

/** The invitation behind a link's token, or null when the token is not validly signed. */
export async function readInvitation(db: Db, token: string): Promise<Invitation | null> {
  const [id, signature] = token.split(".");
  if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(sign(await instanceSecret(db, LINK_SECRET), id));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [invitation] = await db.select().from(invitations).where(eq(invitations.id, id));
  return invitation ?? null;
}

/** Marks that a recipient took part (on every channel they were invited through). */
export async function markTookPart(
  db: Db,
  options: Omit<InvitationTarget, "channel">,
): Promise<number> {
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, options.organizationId),
        eq(invitations.subjectType, options.subjectType),
        eq(invitations.subjectId, options.subjectId),
        eq(invitations.recipientRef, options.recipientRef),
      ),
    );
  let changed = 0;
  for (const row of rows) if (await advanceInvitation(db, row.id, "took_part")) changed++;
  return changed;
}

/**
 * Sends a reminder to everyone invited to the subject who has not taken part (nor opted out,
 * nor failed), at most `maxReminders` per invitation. `contact` gives the address again (the
 * invitation keeps none); null skips that recipient. Returns how many reminders were queued.
 */
export async function remindInvitations(
  db: Db,
  options: {
    organizationId: string;
    subjectType: string;
    subjectId: string;
    maxReminders: number;
    publicUrl: string;
    sealer: Sealer;
    contact: (invitation: Invitation) => Promise<string | null>;
    compose: (invitation: Invitation) => InvitationComposer;
  },
): Promise<number> {
  const due = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, options.organizationId),
        eq(invitations.subjectType, options.subjectType),
        eq(invitations.subjectId, options.subjectId),
        inArray(invitations.status, ["queued", "sent", "delivered", "opened"]),
        lt(invitations.reminders, options.maxReminders),
      ),
    );
  let queued = 0;
  for (const invitation of due) {
    const to = await options.contact(invitation);
    if (!to) continue;
    await queueMessage(db, invitation, {
      sealer: options.sealer,
      to,
      publicUrl: options.publicUrl,
      compose: options.compose(invitation),
      reminder: true,
    });
    await db
      .update(invitations)
      .set({ reminders: sql`${invitations.reminders} + 1`, lastRemindedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    queued++;
  }
  return queued;
}

/** The invitations to a subject, for the inviting module's tracking view. */
export async function listInvitations(
  db: Db,
  options: { organizationId: string; subjectType: string; subjectId: string },
): Promise<Invitation[]> {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, options.organizationId),
        eq(invitations.subjectType, options.subjectType),
        eq(invitations.subjectId, options.subjectId),
      ),
    )
    .orderBy(invitations.createdAt);
}

/** One invitation by its id (for the inviting module marking who took part). */
export async function findInvitation(db: Db, id: string): Promise<Invitation | null> {
  const [invitation] = await db.select().from(invitations).where(eq(invitations.id, id));
  return invitation ?? null;
}
