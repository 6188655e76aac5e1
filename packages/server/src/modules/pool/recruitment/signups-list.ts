import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { type Gender, poolRecruitmentPeople, poolRecruitmentSignups } from "../schema.js";
import { loadRound } from "./rounds.js";

export interface SignedUpPerson {
  personId: string;
  status: "signed_up" | "selected" | "attended";
  municipality: string;
  ageBand: string | null;
  gender: Gender;
  language: string;
  availability: string[];
  signedUpAt: Date;
}

/**
 * Everyone of a round who signed up, pseudonymously (no names, addresses, email or phone):
 * their step, strata and available dates, for choosing the panel. Audited pool.signups_read.
 */
export async function listSignUps(
  db: Db,
  options: { organizationId: string; roundId: string; actor: Actor },
): Promise<SignedUpPerson[]> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  const rows = await db
    .select({
      personId: poolRecruitmentPeople.id,
      status: poolRecruitmentPeople.status,
      municipality: poolRecruitmentPeople.municipality,
      ageBand: poolRecruitmentPeople.ageBand,
      gender: poolRecruitmentSignups.gender,
      language: poolRecruitmentSignups.language,
      availability: poolRecruitmentSignups.availability,
      signedUpAt: poolRecruitmentSignups.createdAt,
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
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "pool.signups_read",
    targetType: "pool_recruitment_round",
    targetId: round.id,
    detail: { people: rows.length },
  });
  return rows as SignedUpPerson[];
}
