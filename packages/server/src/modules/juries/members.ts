import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { type JuryMember, juryMembers } from "./schema.js";
import { findJury } from "./setup.js";
import { fieldError, type JurorInput } from "./validation.js";

type Scope = { organizationId: string; juryId: string };

/** A member's contact data, sealed at rest. */
export interface MemberContact {
  name?: string;
  email?: string;
  phone?: string;
}
/** A guardian's name, contact and the consent (when confirmed: the day and how it was given). */
export interface GuardianRecord extends MemberContact {
  consentGivenOn?: string;
  how?: string;
}

export const jurorLabel = (n: number) => `Raatilainen ${n}`;

export async function membersOf(db: Db, options: Scope): Promise<JuryMember[]> {
  return db
    .select()
    .from(juryMembers)
    .where(
      and(
        eq(juryMembers.juryId, options.juryId),
        eq(juryMembers.organizationId, options.organizationId),
      ),
    )
    .orderBy(asc(juryMembers.createdAt), asc(juryMembers.label));
}

export async function findMember(
  db: Db,
  options: Scope & { memberId: string },
): Promise<JuryMember> {
  const [member] = await db
    .select()
    .from(juryMembers)
    .where(
      and(
        eq(juryMembers.id, options.memberId),
        eq(juryMembers.juryId, options.juryId),
        eq(juryMembers.organizationId, options.organizationId),
      ),
    );
  if (!member) throw new AppError("not_found", "No such member of the jury.");
  return member;
}

/**
 * Adds a juror. Below the jury's minimum age a guardian (name and an email or phone) is
 * required and the juror stays inactive (no link, no posts) until the guardian's consent is
 * confirmed. Contact data sealed. Audited juries.juror_added.
 */
export async function addJuror(
  db: Db,
  sealer: Sealer,
  options: Scope & { input: JurorInput; actor: Actor },
): Promise<JuryMember> {
  const { input } = options;
  if (!input.contact.email && !input.contact.phone)
    throw fieldError("body.contact.email", "give an email address or a phone number", "required");
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    if (jury.status === "finished") throw new AppError("conflict", "The jury has finished.");
    if (input.age === null && jury.minimumAge > 0)
      throw fieldError(
        "body.age",
        `give the juror's age (the minimum is ${jury.minimumAge})`,
        "required",
      );
    const minor = input.age !== null && input.age < jury.minimumAge;
    if (minor && !input.guardian)
      throw fieldError(
        "body.guardian",
        `a juror under ${jury.minimumAge} takes part with a guardian's consent: give the guardian`,
        "required",
      );
    if (minor && !input.guardian?.email && !input.guardian?.phone)
      throw fieldError("body.guardian.email", "give the guardian's email or phone", "required");
    const jurors = (await membersOf(tx, options)).filter((m) => m.kind === "juror");
    const [member] = await tx
      .insert(juryMembers)
      .values({
        organizationId: options.organizationId,
        juryId: jury.id,
        kind: "juror",
        label: jurorLabel(jurors.length + 1),
        contactSealed: sealer.seal(JSON.stringify(input.contact)),
        language: input.language,
        plainLanguage: input.plainLanguage,
        age: input.age,
        guardianSealed: minor ? sealer.seal(JSON.stringify(input.guardian)) : null,
        active: !minor,
        digest: input.digest,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.juror_added",
      targetType: "jury_member",
      targetId: member!.id,
      detail: { juryId: jury.id, guardianConsentNeeded: minor },
    });
    return member!;
  });
}

/** Adds an invited expert (an expert account: no staff rights). Audited juries.expert_added. */
export async function addExpert(
  db: Db,
  sealer: Sealer,
  options: Scope & {
    input: { name: string; title: string; email: string; language: "fi" | "sv" | "en" };
    actor: Actor;
  },
): Promise<JuryMember> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const { name, title, email, language } = options.input;
    const [member] = await tx
      .insert(juryMembers)
      .values({
        organizationId: options.organizationId,
        juryId: jury.id,
        kind: "expert",
        label: title ? `${name}, ${title}` : name,
        contactSealed: sealer.seal(JSON.stringify({ name, email })),
        language,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.expert_added",
      targetType: "jury_member",
      targetId: member!.id,
      detail: { juryId: jury.id },
    });
    return member!;
  });
}

/**
 * Records the guardian's consent (the day and how it was given) and makes the juror active.
 * Audited juries.guardian_consent.
 */
export async function confirmGuardianConsent(
  db: Db,
  sealer: Sealer,
  options: Scope & { memberId: string; consentGivenOn: string; how: string; actor: Actor },
): Promise<JuryMember> {
  return db.transaction(async (tx) => {
    const member = await findMember(tx, options);
    if (!member.guardianSealed)
      throw new AppError("conflict", "This juror needs no guardian's consent.");
    const guardian: GuardianRecord = JSON.parse(sealer.open(member.guardianSealed));
    const record = { ...guardian, consentGivenOn: options.consentGivenOn, how: options.how };
    const [saved] = await tx
      .update(juryMembers)
      .set({
        guardianSealed: sealer.seal(JSON.stringify(record)),
        guardianConsentAt: new Date(),
        active: true,
      })
      .where(eq(juryMembers.id, member.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.guardian_consent",
      targetType: "jury_member",
      targetId: member.id,
      detail: { consentGivenOn: options.consentGivenOn },
    });
    return saved!;
  });
}

/** A member's (and a guardian's) contact data for staff; every read audited juries.contact_read. */
export async function memberContact(
  db: Db,
  sealer: Sealer,
  options: Scope & { memberId: string; userId: string },
): Promise<{ contact: MemberContact; guardian: GuardianRecord | null }> {
  const member = await findMember(db, options);
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: { userId: options.userId },
    action: "juries.contact_read",
    targetType: "jury_member",
    targetId: member.id,
  });
  return {
    contact: member.contactSealed ? JSON.parse(sealer.open(member.contactSealed)) : {},
    guardian: member.guardianSealed ? JSON.parse(sealer.open(member.guardianSealed)) : null,
  };
}

/** A member's own choices: digests (email / SMS / none), plain language, language. */
export async function setPreferences(
  db: Db,
  member: JuryMember,
  prefs: {
    digest?: JuryMember["digest"];
    plainLanguage?: boolean;
    language?: JuryMember["language"];
  },
): Promise<JuryMember> {
  const [saved] = await db
    .update(juryMembers)
    .set({
      ...(prefs.digest ? { digest: prefs.digest } : {}),
      ...(prefs.plainLanguage !== undefined ? { plainLanguage: prefs.plainLanguage } : {}),
      ...(prefs.language ? { language: prefs.language } : {}),
    })
    .where(
      and(eq(juryMembers.id, member.id), eq(juryMembers.organizationId, member.organizationId)),
    )
    .returning();
  return saved!;
}
