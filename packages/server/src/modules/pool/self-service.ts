import { writeCsv } from "@kuulo/csv";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import { recordAudit } from "../audit/index.js";
import type { Language, Organization } from "../organizations/index.js";
import { normalizePhone, openContact, sealContact } from "./contact.js";
import { findMemberByContact, type PoolDeps } from "./members.js";
import { poolUrl, queuePoolMail, sendPoolSms } from "./notify.js";
import { assertMember } from "./rules.js";
import { type ContactChannel, type Purpose, poolConsents, poolMembers } from "./schema.js";
import { loadSettings } from "./settings.js";
import { partnerConsentHistory } from "./sharing/partner-consents.js";
import { consumeToken, issueToken, sessionMember, TOKEN_MINUTES } from "./tokens.js";
import type { CorrectionInput } from "./validation.js";

/** Self-service link requests from one client address: at most this many an hour. */
export const LINK_REQUESTS_PER_HOUR = 5;

/** What self-service calls a member's actions in the audit log (no person is named). */
export const MEMBER_ACTOR = { label: "pool member (self-service)" };

/**
 * Sends a one-time self-service link to a member's email or phone. The answer is the same
 * whether or not the address is in the pool.
 */
export async function requestSelfServiceLink(
  db: Db,
  deps: PoolDeps,
  options: {
    organization: Organization;
    email?: string | undefined;
    phone?: string | undefined;
    language: Language;
    clientAddress: string;
  },
): Promise<void> {
  const { organization } = options;
  if (!options.email && !options.phone) {
    throw new AppError("validation.failed", "Give an email address or a mobile number.", {
      errors: [{ path: "body.email", code: "required", message: "give an email or a phone" }],
    });
  }
  await enforceRateLimit(db, {
    key: `pool-link:${organization.id}:${options.clientAddress}`,
    limit: LINK_REQUESTS_PER_HOUR,
    windowSeconds: 3600,
  });
  const send = await db.transaction(async (tx) => {
    const member = await findMemberByContact(tx, deps.sealer, {
      organizationId: organization.id,
      email: options.email,
      phone: options.phone,
    });
    if (!member || member.status === "left") return undefined;
    const token = await issueToken(tx, {
      organizationId: organization.id,
      memberId: member.id,
      purpose: "self_service",
    });
    const url = poolUrl(deps.publicUrl, organization, "me", token, options.language);
    const contact = openContact(deps.sealer, member);
    if (options.email && contact.email) {
      await queuePoolMail(tx, {
        organization,
        kind: "self_service",
        to: contact.email,
        language: options.language,
        url,
      });
      return undefined;
    }
    return () =>
      sendPoolSms(deps.sms, {
        organization,
        kind: "link",
        to: contact.phone!,
        language: options.language,
        url,
      });
  });
  await send?.();
}

/** Opens a self-service session with the one-time link: a token that holds 30 minutes. */
export async function openSelfService(
  db: Db,
  options: { organizationId: string; token: string; now?: Date },
): Promise<{ session: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const memberId = await consumeToken(tx, { ...options, purpose: "self_service", now });
    await tx.update(poolMembers).set({ lastActiveAt: now }).where(eq(poolMembers.id, memberId));
    const session = await issueToken(tx, {
      organizationId: options.organizationId,
      memberId,
      purpose: "session",
      now,
    });
    return { session, expiresAt: new Date(now.getTime() + TOKEN_MINUTES.session * 60_000) };
  });
}

export async function memberOfSession(
  db: Db,
  options: { organizationId: string; session: string },
) {
  const memberId = await sessionMember(db, {
    organizationId: options.organizationId,
    token: options.session,
  });
  const [member] = await db
    .select()
    .from(poolMembers)
    .where(
      and(eq(poolMembers.id, memberId), eq(poolMembers.organizationId, options.organizationId)),
    );
  if (!member || member.status === "left") {
    throw new AppError("auth.link_expired", "The self-service session has ended.");
  }
  return member;
}

/** Everything stored about the member: the record, the contact data opened, the consent history. */
export async function myData(
  db: Db,
  deps: Pick<PoolDeps, "sealer">,
  options: { organizationId: string; session: string },
) {
  const member = await memberOfSession(db, options);
  const consents = await db
    .select()
    .from(poolConsents)
    .where(eq(poolConsents.memberId, member.id))
    .orderBy(poolConsents.givenAt, poolConsents.id);
  const partnerConsents = await partnerConsentHistory(db, { memberId: member.id });
  const { emailSealed: _e, emailIndex: _ei, phoneSealed: _p, phoneIndex: _pi, ...record } = member;
  return { member: { ...record, ...openContact(deps.sealer, member) }, consents, partnerConsents };
}
export type MyData = Awaited<ReturnType<typeof myData>>;

/** The member's data as CSV: one field a row, then the consent history. */
export function myDataCsv(data: MyData): string {
  const m = data.member;
  const rows: (string | number | null)[][] = [
    ["field", "value"],
    ["status", m.status],
    ["email", m.email],
    ["phone", m.phone],
    ["municipality", m.municipality],
    ["birth_year", m.birthYear],
    ["gender", m.gender],
    ["mother_tongue", m.motherTongue],
    ["language", m.language],
    ...Object.entries(m.answers).map(([k, v]) => [`answer.${k}`, v]),
    ["interests", m.interests.join(" ")],
    ["channels", m.channels.join(" ")],
    ["source", m.source],
    ["joined_at", m.createdAt.toISOString()],
    ["confirmed_at", m.confirmedAt?.toISOString() ?? null],
    ["confirmed_via", m.confirmedVia],
    [],
    ["consent_purpose", "consent_channel", "text_version", "given_at", "given_via", "withdrawn_at"],
    ...data.consents.map((c) => [
      c.purpose,
      c.channel,
      c.textVersion,
      c.givenAt.toISOString(),
      c.givenVia,
      c.withdrawnAt?.toISOString() ?? null,
    ]),
    [],
    ["partner_organization", "agreement", "given_at", "given_via", "withdrawn_at"],
    ...data.partnerConsents.map((c) => [
      c.partnerSlug,
      c.agreementId,
      c.givenAt.toISOString(),
      c.givenVia,
      c.withdrawnAt?.toISOString() ?? null,
    ]),
  ];
  return `\uFEFF${writeCsv(rows, { numbersInText: true })}`;
}

/** The member corrects their data (audit: pool.member_corrected, naming the fields only). */
export async function correctMyData(
  db: Db,
  deps: PoolDeps,
  options: { organizationId: string; session: string; input: CorrectionInput; now?: Date },
): Promise<void> {
  const { input } = options;
  await db.transaction(async (tx) => {
    const member = await memberOfSession(tx, options);
    const settings = await loadSettings(tx, options.organizationId);
    const contact = openContact(deps.sealer, member);
    // Contact checks see the result: the member must keep an email or a phone.
    const email = "email" in input ? input.email || undefined : (contact.email ?? undefined);
    const phone = "phone" in input ? input.phone || undefined : (contact.phone ?? undefined);
    assertMember(
      settings,
      { ...input, email, phone },
      { now: options.now ?? new Date(), partial: true },
    );
    const changes: Partial<typeof poolMembers.$inferInsert> = {};
    if ("email" in input || "phone" in input) {
      const other = await findMemberByContact(tx, deps.sealer, {
        organizationId: options.organizationId,
        email: email !== contact.email ? email : undefined,
        phone: phone && normalizePhone(phone) !== contact.phone ? phone : undefined,
      });
      if (other && other.id !== member.id) {
        throw new AppError("conflict", "Another member has this address.", {
          errors: [{ path: "body.email", code: "invalid", message: "is in use" }],
        });
      }
      Object.assign(changes, sealContact(deps.sealer, options.organizationId, { email, phone }));
    }
    for (const key of [
      "municipality",
      "birthYear",
      "gender",
      "motherTongue",
      "language",
      "answers",
      "interests",
      "channels",
    ] as const) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
    }
    await tx
      .update(poolMembers)
      .set({ ...changes, lastActiveAt: options.now ?? new Date() })
      .where(eq(poolMembers.id, member.id));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: MEMBER_ACTOR,
      action: "pool.member_corrected",
      targetType: "pool_member",
      targetId: member.id,
      detail: { fields: Object.keys(input).sort() },
    });
  });
}

/** Withdraws the member's open consents of a purpose, a channel, or one purpose on one channel. */
export async function withdrawConsent(
  db: Db,
  options: {
    organizationId: string;
    session: string;
    purpose?: Purpose | undefined;
    channel?: ContactChannel | undefined;
    now?: Date;
  },
): Promise<number> {
  return db.transaction(async (tx) => {
    const member = await memberOfSession(tx, options);
    const withdrawn = await tx
      .update(poolConsents)
      .set({ withdrawnAt: options.now ?? new Date() })
      .where(
        and(
          eq(poolConsents.memberId, member.id),
          isNull(poolConsents.withdrawnAt),
          options.purpose ? eq(poolConsents.purpose, options.purpose) : undefined,
          options.channel ? eq(poolConsents.channel, options.channel) : undefined,
        ),
      )
      .returning({ id: poolConsents.id });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: MEMBER_ACTOR,
      action: "pool.consent_withdrawn",
      targetType: "pool_member",
      targetId: member.id,
      detail: {
        purpose: options.purpose ?? null,
        channel: options.channel ?? null,
        count: withdrawn.length,
      },
    });
    return withdrawn.length;
  });
}
