import { and, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import { type Actor, recordAudit } from "../audit/index.js";
import type { Organization } from "../organizations/index.js";
import { emailScope, normalizeEmail, normalizePhone, phoneScope, sealContact } from "./contact.js";
import { poolUrl, queuePoolMail, sendPoolSms } from "./notify.js";
import { assertMember } from "./rules.js";
import { type ConsentVia, poolConsents, poolMembers, type Source } from "./schema.js";
import { loadSettings } from "./settings.js";
import { givePartnerConsents } from "./sharing/partner-consents.js";
import type { SmsSender } from "./sms.js";
import { consumeSmsCode, consumeToken, issueSmsCode, issueToken } from "./tokens.js";
import type { MemberInput, StaffMemberInput } from "./validation.js";

/** Sign-ups from one client address to one organization's pool: at most this many an hour. */
export const JOINS_PER_HOUR = 10;

export interface PoolDeps {
  sealer: Sealer;
  sms: SmsSender;
  publicUrl: string;
}

/** The member with this email or phone in the organization, found by the blind indexes. */
export async function findMemberByContact(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; email?: string | undefined; phone?: string | undefined },
) {
  const conditions = [];
  if (options.email) {
    conditions.push(
      eq(
        poolMembers.emailIndex,
        sealer.blindIndex(emailScope(options.organizationId), normalizeEmail(options.email)),
      ),
    );
  }
  const phone = options.phone ? normalizePhone(options.phone) : undefined;
  if (phone) {
    conditions.push(
      eq(poolMembers.phoneIndex, sealer.blindIndex(phoneScope(options.organizationId), phone)),
    );
  }
  if (conditions.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(poolMembers)
    .where(and(eq(poolMembers.organizationId, options.organizationId), or(...conditions)))
    .limit(1);
  return row;
}

const VIA: Record<Source, ConsentVia> = {
  web: "web",
  paper: "paper",
  phone: "phone",
  event: "staff",
};

async function insertMember(
  tx: Db,
  deps: PoolDeps,
  options: {
    organization: Organization;
    input: MemberInput;
    source: Source;
    active: boolean;
    createdBy: string | null;
  },
) {
  const { organization, input } = options;
  const settings = await loadSettings(tx, organization.id);
  const [member] = await tx
    .insert(poolMembers)
    .values({
      organizationId: organization.id,
      status: options.active ? "active" : "pending",
      ...sealContact(deps.sealer, organization.id, input),
      municipality: input.municipality,
      birthYear: input.birthYear,
      gender: input.gender,
      motherTongue: input.motherTongue,
      language: input.language,
      answers: Object.fromEntries(Object.entries(input.answers).filter(([, v]) => v.trim() !== "")),
      interests: [...new Set(input.interests)],
      channels: [...new Set(input.channels)],
      source: options.source,
      createdBy: options.createdBy,
      confirmedAt: options.active ? new Date() : null,
      confirmedVia: options.active ? "signature" : null,
    })
    .returning();
  const purposes = [...new Set(input.consents.purposes)];
  const channels = [...new Set(input.consents.channels)];
  await tx.insert(poolConsents).values(
    purposes.flatMap((purpose) =>
      channels.map((channel) => ({
        organizationId: organization.id,
        memberId: member!.id,
        purpose,
        channel,
        textVersion: settings.consentTexts[purpose].version,
        givenVia: VIA[options.source],
      })),
    ),
  );
  await givePartnerConsents(tx, {
    organizationId: organization.id,
    memberId: member!.id,
    partnerIds: input.partners ?? [],
    via: VIA[options.source],
  });
  return member!;
}

/** Sends what confirms a pending member: the email link, or for phone-only members an SMS code. */
async function startOptIn(
  tx: Db,
  deps: PoolDeps,
  organization: Organization,
  member: typeof poolMembers.$inferSelect,
  input: MemberInput,
): Promise<(() => Promise<void>) | undefined> {
  if (input.email) {
    const token = await issueToken(tx, {
      organizationId: organization.id,
      memberId: member.id,
      purpose: "confirm",
    });
    await queuePoolMail(tx, {
      organization,
      kind: "confirm",
      to: normalizeEmail(input.email),
      language: input.language,
      url: poolUrl(deps.publicUrl, organization, "confirm", token, input.language),
    });
    return undefined;
  }
  const code = await issueSmsCode(tx, { organizationId: organization.id, memberId: member.id });
  // Sent after the commit: an SMS cannot be taken back with a rolled-back transaction.
  return () =>
    sendPoolSms(deps.sms, {
      organization,
      kind: "code",
      to: normalizePhone(input.phone!)!,
      language: input.language,
      code,
    });
}

/**
 * A resident joins through the web form. The answer is the same whether or not the address is
 * already in the pool (no enumeration): a known member gets a mail with a self-service link.
 */
export async function joinPool(
  db: Db,
  deps: PoolDeps,
  options: { organization: Organization; input: MemberInput; clientAddress: string; now?: Date },
): Promise<{ confirmBy: "email" | "sms" }> {
  const { organization, input } = options;
  const settings = await loadSettings(db, organization.id);
  assertMember(settings, input, { now: options.now ?? new Date(), partial: false });
  await enforceRateLimit(db, {
    key: `pool-join:${organization.id}:${options.clientAddress}`,
    limit: JOINS_PER_HOUR,
    windowSeconds: 3600,
  });
  const confirmBy = input.email ? "email" : "sms";
  const afterCommit = await db.transaction(async (tx) => {
    const known = await findMemberByContact(tx, deps.sealer, {
      organizationId: organization.id,
      email: input.email,
      phone: input.phone,
    });
    if (known) {
      if (input.email && known.emailSealed) {
        const token = await issueToken(tx, {
          organizationId: organization.id,
          memberId: known.id,
          purpose: "self_service",
        });
        await queuePoolMail(tx, {
          organization,
          kind: "already",
          to: deps.sealer.open(known.emailSealed),
          language: input.language,
          url: poolUrl(deps.publicUrl, organization, "me", token, input.language),
        });
      }
      return undefined;
    }
    const member = await insertMember(tx, deps, {
      organization,
      input,
      source: "web",
      active: false,
      createdBy: null,
    });
    return startOptIn(tx, deps, organization, member, input);
  });
  await afterCommit?.();
  return { confirmBy };
}

/**
 * Staff enter a sign-up from a paper form (active at once: the signature is the consent), a
 * phone call or an event (confirmed like a web sign-up). Audit: pool.member_created.
 */
export async function createMemberByStaff(
  db: Db,
  deps: PoolDeps,
  options: { organization: Organization; input: StaffMemberInput; actor: Actor; now?: Date },
): Promise<{ id: string; status: "pending" | "active" }> {
  const { organization, input } = options;
  const settings = await loadSettings(db, organization.id);
  assertMember(settings, input, { now: options.now ?? new Date(), partial: false });
  const { source, ...member } = input;
  const result = await db.transaction(async (tx) => {
    const known = await findMemberByContact(tx, deps.sealer, {
      organizationId: organization.id,
      email: input.email,
      phone: input.phone,
    });
    if (known) {
      throw new AppError("conflict", "This person is already in the pool.", {
        errors: [
          {
            path: input.email ? "body.email" : "body.phone",
            code: "invalid",
            message: "is already in the pool",
          },
        ],
      });
    }
    const active = source === "paper";
    const row = await insertMember(tx, deps, {
      organization,
      input: member,
      source,
      active,
      createdBy: "userId" in options.actor ? options.actor.userId : null,
    });
    const afterCommit = active ? undefined : await startOptIn(tx, deps, organization, row, member);
    await recordAudit(tx, {
      organizationId: organization.id,
      actor: options.actor,
      action: "pool.member_created",
      targetType: "pool_member",
      targetId: row.id,
      detail: { source, status: row.status },
    });
    return { id: row.id, status: row.status as "pending" | "active", afterCommit };
  });
  await result.afterCommit?.();
  return { id: result.id, status: result.status };
}

async function activate(db: Db, memberId: string, via: "email_link" | "sms_code", now: Date) {
  await db
    .update(poolMembers)
    .set({ status: "active", confirmedAt: now, confirmedVia: via, lastActiveAt: now })
    .where(and(eq(poolMembers.id, memberId), eq(poolMembers.status, "pending")));
}

/** The email link confirms the sign-up (double opt-in). */
export async function confirmByLink(
  db: Db,
  options: { organizationId: string; token: string; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const memberId = await consumeToken(tx, { ...options, purpose: "confirm", now });
    await activate(tx, memberId, "email_link", now);
  });
}

/** Wrong codes for one number: at most this many an hour. */
export const CODE_ATTEMPTS_PER_HOUR = 5;

/** A phone-only member confirms with the SMS code. */
export async function confirmByCode(
  db: Db,
  deps: Pick<PoolDeps, "sealer">,
  options: { organizationId: string; phone: string; code: string; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  const phone = normalizePhone(options.phone);
  await enforceRateLimit(db, {
    key: `pool-code:${options.organizationId}:${phone ?? options.phone}`,
    limit: CODE_ATTEMPTS_PER_HOUR,
    windowSeconds: 3600,
  });
  await db.transaction(async (tx) => {
    const member = await findMemberByContact(tx, deps.sealer, {
      organizationId: options.organizationId,
      phone: options.phone,
    });
    const ok =
      member?.status === "pending" &&
      (await consumeSmsCode(tx, { memberId: member.id, code: options.code, now }));
    if (!ok || !member) throw new AppError("auth.link_invalid", "The code is not valid.");
    await activate(tx, member.id, "sms_code", now);
  });
}
