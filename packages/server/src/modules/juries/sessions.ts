import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { hashToken } from "../identity/index.js";
import { queueMail, queueSms } from "../messaging/index.js";
import {
  findOrganizationBySlug,
  type Organization,
  organizations,
} from "../organizations/index.js";
import { invitationMail, invitationSms, juryUrl } from "./mails.js";
import type { MemberContact } from "./members.js";
import { type Jury, type JuryMember, juries, juryMembers, juryTokens } from "./schema.js";
import { findJury } from "./setup.js";

const HOUR = 3_600_000;
/** A member's session lasts this long after the link was used (a jury runs for weeks). */
export const SESSION_HOURS = 24 * 7;

/**
 * Sends the one-time links: every active member not yet invited gets a mail (or, with a phone
 * only, a text message) with a link holding until `expiresAt`. Only hashes are stored. Jurors
 * waiting for a guardian's consent get none. Audited juries.invited.
 */
export async function inviteMembers(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    orgSlug: string;
    juryId: string;
    expiresAt: Date;
    publicUrl: string;
    actor: Actor;
  },
): Promise<{ invited: number; waitingForConsent: number }> {
  if (options.expiresAt <= new Date())
    throw new AppError("validation.failed", "body.expiresOn: must be in the future", {
      errors: [{ path: "body.expiresOn", message: "must be in the future", code: "invalid" }],
    });
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const due = await tx
      .select()
      .from(juryMembers)
      .where(and(eq(juryMembers.juryId, jury.id), isNull(juryMembers.invitedAt)))
      .for("update");
    let invited = 0;
    let waitingForConsent = 0;
    for (const member of due) {
      if (!member.active) {
        waitingForConsent++;
        continue;
      }
      const contact: MemberContact = member.contactSealed
        ? JSON.parse(sealer.open(member.contactSealed))
        : {};
      const token = randomBytes(32).toString("base64url");
      const url = juryUrl(options.publicUrl, options.orgSlug, member.language, token);
      const words = { title: jury.title, kind: member.kind, language: member.language, url };
      if (contact.email)
        await queueMail(tx, {
          organizationId: jury.organizationId,
          to: contact.email,
          ...invitationMail(words),
        });
      else if (contact.phone)
        await queueSms(tx, {
          sealer,
          organizationId: jury.organizationId,
          to: contact.phone,
          text: invitationSms(words),
          kind: "juries.invitation",
          suppressible: false,
        });
      else continue;
      await tx.insert(juryTokens).values({
        organizationId: jury.organizationId,
        memberId: member.id,
        purpose: "link",
        tokenHash: hashToken(token),
        expiresAt: options.expiresAt,
      });
      await tx
        .update(juryMembers)
        .set({ invitedAt: new Date() })
        .where(eq(juryMembers.id, member.id));
      invited++;
    }
    await recordAudit(tx, {
      organizationId: jury.organizationId,
      actor: options.actor,
      action: "juries.invited",
      targetType: "jury",
      targetId: jury.id,
      detail: { invited, waitingForConsent },
    });
    return { invited, waitingForConsent };
  });
}

/** Spends a one-time link and opens a session (its hash stored). 400/410 when unknown, used or expired. */
export async function signInWithLink(
  db: Db,
  options: { organizationId: string; token: string; now?: Date },
): Promise<{ session: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(juryTokens)
      .where(
        and(
          eq(juryTokens.tokenHash, hashToken(options.token)),
          eq(juryTokens.organizationId, options.organizationId),
          eq(juryTokens.purpose, "link"),
        ),
      )
      .for("update");
    if (!row) throw new AppError("auth.link_invalid", "The link is not valid.");
    if (row.usedAt) throw new AppError("auth.link_used", "The link has already been used.");
    if (row.expiresAt <= now) throw new AppError("auth.link_expired", "The link has expired.");
    await tx.update(juryTokens).set({ usedAt: now }).where(eq(juryTokens.id, row.id));
    const session = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR);
    await tx.insert(juryTokens).values({
      organizationId: row.organizationId,
      memberId: row.memberId,
      purpose: "session",
      tokenHash: hashToken(session),
      expiresAt,
    });
    return { session, expiresAt };
  });
}

/** Opens a session for a member directly (tests, the demo, the bench). */
export async function openSession(db: Db, member: JuryMember): Promise<string> {
  const session = randomBytes(32).toString("base64url");
  await db.insert(juryTokens).values({
    organizationId: member.organizationId,
    memberId: member.id,
    purpose: "session",
    tokenHash: hashToken(session),
    expiresAt: new Date(Date.now() + SESSION_HOURS * HOUR),
  });
  return session;
}

/** The member (and their jury) behind a session; 400 unknown, 410 expired, 403 inactive. */
export async function memberOf(
  db: Db,
  options: { slug: string; session: string | undefined; now?: Date },
): Promise<{ organization: Organization; member: JuryMember; jury: Jury }> {
  // One query for the organization (by its address), the session, the member and the jury: every
  // request of the jury space starts here.
  const [row] = options.session
    ? await db
        .select({
          organization: organizations,
          member: juryMembers,
          jury: juries,
          expiresAt: juryTokens.expiresAt,
        })
        .from(juryTokens)
        .innerJoin(organizations, eq(organizations.id, juryTokens.organizationId))
        .innerJoin(juryMembers, eq(juryMembers.id, juryTokens.memberId))
        .innerJoin(juries, eq(juries.id, juryMembers.juryId))
        .where(
          and(
            eq(juryTokens.tokenHash, hashToken(options.session)),
            eq(organizations.slug, options.slug),
            eq(juryTokens.purpose, "session"),
          ),
        )
    : [];
  if (!row) {
    // An unknown address says so (404) before a missing or wrong session does.
    await findOrganizationBySlug(db, options.slug);
    throw new AppError("auth.link_invalid", "Open the link of your invitation.");
  }
  if (row.expiresAt <= (options.now ?? new Date()))
    throw new AppError("auth.link_expired", "Your session has ended. Open the link again.");
  if (!row.member.active)
    throw new AppError("auth.forbidden", "Your guardian's consent has not been confirmed yet.");
  return { organization: row.organization, member: row.member, jury: row.jury };
}
