import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import type { Organization } from "../../organizations/index.js";
import { normalizeEmail, normalizePhone } from "../contact.js";
import type { PoolDeps } from "../members.js";
import { type Gender, poolRecruitmentPeople, poolRecruitmentSignups } from "../schema.js";
import { openSignUpCode } from "./draw.js";
import { assertCanJoinPool, joinPoolFromSignUp, memberFromSignUp } from "./pool-join.js";

export interface SignUpInput {
  code: string;
  consentPurpose: boolean;
  consentResearch: boolean;
  language: "fi" | "sv";
  gender: Gender;
  availability: string[];
  email?: string | undefined;
  phone?: string | undefined;
  /** Also join the standing resident pool (its normal double opt-in). */
  joinPool?: boolean | undefined;
}

/**
 * A sampled person signs up with their code: consent to the round's purpose, the gender (the
 * register's may be corrected), availability for the session dates and an email and/or phone
 * (sealed). The person becomes `signed_up`; signing up twice is a conflict. With `joinPool`
 * the same transaction also makes them a pending pool member (`pool` gives what that needs).
 */
export async function signUp(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    input: SignUpInput;
    clientAddress: string;
    now?: Date;
    pool?: { deps: PoolDeps; organization: Organization };
  },
): Promise<{ roundId: string; personId: string; pool: "email" | "sms" | null }> {
  const { input } = options;
  const found = await openSignUpCode(db, sealer, {
    organizationId: options.organizationId,
    typed: input.code,
    clientAddress: options.clientAddress,
    ...(options.now ? { now: options.now } : {}),
  });
  const errors = [];
  if (!input.consentPurpose)
    errors.push({
      path: "body.consentPurpose",
      message: "consent is needed",
      code: "required" as const,
    });
  const typedEmail = input.email ? normalizeEmail(input.email) : undefined;
  const email =
    typedEmail && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typedEmail) ? typedEmail : undefined;
  const phone = input.phone ? normalizePhone(input.phone) : undefined;
  if (input.email && !email)
    errors.push({
      path: "body.email",
      message: "not an email address",
      code: "invalid_format" as const,
    });
  if (input.phone && !phone)
    errors.push({
      path: "body.phone",
      message: "not a mobile number",
      code: "invalid_format" as const,
    });
  if (!input.email && !input.phone)
    errors.push({
      path: "body.email",
      message: "give an email or a phone",
      code: "required" as const,
    });
  const unknown = input.availability.filter((d) => !found.round.sessionDates.includes(d));
  if (unknown.length > 0)
    errors.push({
      path: "body.availability",
      message: `not a session date: ${unknown.join(", ")}`,
      code: "invalid_value" as const,
    });
  if (errors.length > 0)
    throw new AppError("validation.failed", "Some answers need correcting.", { errors });
  if (found.person.status !== "responded")
    throw new AppError("conflict", "This code has already been used to sign up.");
  const now = options.now ?? new Date();
  const member =
    input.joinPool && options.pool
      ? memberFromSignUp(found.person, { ...input, email, phone })
      : undefined;
  if (member) await assertCanJoinPool(db, { organizationId: options.organizationId, member, now });
  const pool = await db.transaction(async (tx) => {
    await tx.insert(poolRecruitmentSignups).values({
      personId: found.person.id,
      organizationId: options.organizationId,
      roundId: found.round.id,
      consentPurpose: true,
      consentResearch: input.consentResearch,
      language: input.language,
      gender: input.gender,
      availability: input.availability,
      emailSealed: email ? sealer.seal(email) : null,
      phoneSealed: phone ? sealer.seal(phone) : null,
      createdAt: now,
    });
    await tx
      .update(poolRecruitmentPeople)
      .set({ status: "signed_up", signedUpAt: now })
      .where(eq(poolRecruitmentPeople.id, found.person.id));
    if (!member || !options.pool) return null;
    // Last in the transaction: the pool's SMS code goes out when its own part has been written.
    return joinPoolFromSignUp(tx, options.pool.deps, {
      organization: options.pool.organization,
      member,
      clientAddress: options.clientAddress,
      now,
    });
  });
  return { roundId: found.round.id, personId: found.person.id, pool };
}
