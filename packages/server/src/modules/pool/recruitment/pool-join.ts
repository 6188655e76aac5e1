import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import type { Organization } from "../../organizations/index.js";
import { joinPool, type PoolDeps } from "../members.js";
import { memberProblems } from "../rules.js";
import { type Gender, MOTHER_TONGUES, type poolRecruitmentPeople } from "../schema.js";
import { loadSettings } from "../settings.js";
import type { MemberInput } from "../validation.js";

type Person = typeof poolRecruitmentPeople.$inferSelect;

/** What a sign-up gives the standing pool: contact from the form, strata from the register. */
export function memberFromSignUp(
  person: Person,
  input: {
    language: "fi" | "sv";
    gender: Gender;
    consentResearch: boolean;
    email?: string | undefined;
    phone?: string | undefined;
  },
): MemberInput {
  const tongue = (MOTHER_TONGUES as readonly string[]).includes(person.language)
    ? (person.language as MemberInput["motherTongue"])
    : "other";
  return {
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    municipality: person.municipality,
    birthYear: Number(person.birthDate.slice(0, 4)),
    gender: input.gender,
    motherTongue: tongue,
    language: input.language,
    answers: {},
    interests: [],
    partners: [],
    channels: [
      ...(input.email ? ["email" as const] : []),
      ...(input.phone ? ["sms" as const] : []),
    ],
    consents: {
      purposes: [
        "invitations",
        "surveys",
        "panels",
        ...(input.consentResearch ? ["research" as const] : []),
      ],
      channels: [
        ...(input.email ? ["email" as const] : []),
        ...(input.phone ? ["sms" as const] : []),
      ],
    },
  };
}

/**
 * Refuses (at body.joinPool) a pool join the sign-up cannot make: the pool does not cover the
 * person's municipality, or asks required questions the sign-up form does not. Checked before
 * anything is written, so that the resident can untick the box and sign up.
 */
export async function assertCanJoinPool(
  db: Db,
  options: { organizationId: string; member: MemberInput; now: Date },
): Promise<void> {
  const settings = await loadSettings(db, options.organizationId);
  const problems = memberProblems(settings, options.member, { now: options.now, partial: false });
  if (problems.length === 0) return;
  throw new AppError("validation.failed", "The resident pool cannot be joined from this form.", {
    errors: [
      {
        path: "body.joinPool",
        code: "invalid",
        message: `the pool asks more: ${problems.map((p) => p.path.replace(/^body\./, "")).join(", ")}`,
      },
    ],
  });
}

/** Joins the pool (pending until the email link or SMS code confirms it), inside the sign-up. */
export async function joinPoolFromSignUp(
  tx: Db,
  deps: PoolDeps,
  options: { organization: Organization; member: MemberInput; clientAddress: string; now: Date },
): Promise<"email" | "sms"> {
  const receipt = await joinPool(tx, deps, {
    organization: options.organization,
    input: options.member,
    clientAddress: options.clientAddress,
    now: options.now,
  });
  return receipt.confirmBy;
}
