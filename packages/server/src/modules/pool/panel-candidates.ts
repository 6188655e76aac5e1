import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { ageBandOf } from "./draws/draw.js";
import {
  poolConsents,
  poolMembers,
  poolRecruitmentPeople,
  poolRecruitmentRounds,
  poolRecruitmentSignups,
} from "./schema.js";

/**
 * A person the panels module may take as a candidate: the attributes quotas use, the language,
 * and the contact data still SEALED under the installation's data key (the caller opens it).
 */
export interface PanelSource {
  /** The pool's id of the person (a round's person id, or a member id). */
  ref: string;
  attributes: Record<string, string>;
  language: string;
  /** Sealed texts (db/sealed.ts): email, phone, and for round sign-ups the name JSON. */
  emailSealed: string | null;
  phoneSealed: string | null;
  nameSealed: string | null;
}

/**
 * Everyone who signed up in a recruitment round of the organization (in sign-up order), for a
 * panel's candidate list; undefined when the organization has no such round. The caller records
 * the audit event in its own transaction.
 */
export async function roundSignUpsForPanel(
  db: Db,
  options: { organizationId: string; roundId: string },
): Promise<PanelSource[] | undefined> {
  const [round] = await db
    .select({ id: poolRecruitmentRounds.id })
    .from(poolRecruitmentRounds)
    .where(
      and(
        eq(poolRecruitmentRounds.id, options.roundId),
        eq(poolRecruitmentRounds.organizationId, options.organizationId),
      ),
    );
  if (!round) return undefined;
  const rows = await db
    .select({
      ref: poolRecruitmentPeople.id,
      municipality: poolRecruitmentPeople.municipality,
      ageBand: poolRecruitmentPeople.ageBand,
      gender: poolRecruitmentSignups.gender,
      language: poolRecruitmentSignups.language,
      emailSealed: poolRecruitmentSignups.emailSealed,
      phoneSealed: poolRecruitmentSignups.phoneSealed,
      nameSealed: poolRecruitmentPeople.contactSealed,
    })
    .from(poolRecruitmentPeople)
    .innerJoin(
      poolRecruitmentSignups,
      eq(poolRecruitmentSignups.personId, poolRecruitmentPeople.id),
    )
    .where(
      and(
        eq(poolRecruitmentPeople.roundId, round.id),
        eq(poolRecruitmentPeople.organizationId, options.organizationId),
        inArray(poolRecruitmentPeople.status, ["signed_up", "selected", "attended"]),
      ),
    )
    .orderBy(asc(poolRecruitmentSignups.createdAt), asc(poolRecruitmentPeople.id));
  return rows.map((r) => ({
    ref: r.ref,
    attributes: {
      municipality: r.municipality,
      ageBand: r.ageBand ?? "",
      gender: r.gender,
      language: r.language,
    },
    language: r.language,
    emailSealed: r.emailSealed,
    phoneSealed: r.phoneSealed,
    nameSealed: r.nameSealed,
  }));
}

/**
 * Active pool members with a standing consent to the purpose "panels" (by id), with their
 * attributes (municipality, ageBand in `year`, gender, language = mother tongue, and the
 * answers to the pool's background questions).
 */
export async function panelConsentingMembers(
  db: Db,
  options: { organizationId: string; year: number },
): Promise<PanelSource[]> {
  const consented = db
    .select({ memberId: poolConsents.memberId })
    .from(poolConsents)
    .where(
      and(
        eq(poolConsents.organizationId, options.organizationId),
        eq(poolConsents.purpose, "panels"),
        isNull(poolConsents.withdrawnAt),
      ),
    );
  const rows = await db
    .select()
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.organizationId, options.organizationId),
        eq(poolMembers.status, "active"),
        sql`${poolMembers.id} in ${consented}`,
      ),
    )
    .orderBy(asc(poolMembers.id));
  return rows.map((m) => ({
    ref: m.id,
    attributes: {
      ...m.answers,
      municipality: m.municipality,
      ageBand: ageBandOf(m.birthYear, options.year),
      gender: m.gender,
      language: m.motherTongue,
    },
    language: m.language,
    emailSealed: m.emailSealed,
    phoneSealed: m.phoneSealed,
    nameSealed: null,
  }));
}
