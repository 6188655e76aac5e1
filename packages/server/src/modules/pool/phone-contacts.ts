import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { poolConsents, poolMembers } from "./schema.js";

/** A pool member the phone module may call: the number still SEALED, and the language. */
export interface PhoneContact {
  memberId: string;
  phoneSealed: string;
  /** The language the member uses Kuulo in (fi, sv, en). */
  language: string;
}

/**
 * Active members of the organization with a standing consent to be contacted BY PHONE for
 * SURVEYS (purpose "surveys", channel "phone", not withdrawn) and a phone number on file.
 */
export async function phoneConsentingMembers(
  db: Db,
  options: { organizationId: string },
): Promise<PhoneContact[]> {
  const consented = db
    .select({ memberId: poolConsents.memberId })
    .from(poolConsents)
    .where(
      and(
        eq(poolConsents.organizationId, options.organizationId),
        eq(poolConsents.purpose, "surveys"),
        eq(poolConsents.channel, "phone"),
        isNull(poolConsents.withdrawnAt),
      ),
    );
  const rows = await db
    .select({
      memberId: poolMembers.id,
      phoneSealed: poolMembers.phoneSealed,
      language: poolMembers.language,
    })
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.organizationId, options.organizationId),
        eq(poolMembers.status, "active"),
        sql`${poolMembers.phoneSealed} is not null`,
        sql`${poolMembers.id} in ${consented}`,
      ),
    )
    .orderBy(asc(poolMembers.id));
  return rows.map((r) => ({ ...r, phoneSealed: r.phoneSealed! }));
}
