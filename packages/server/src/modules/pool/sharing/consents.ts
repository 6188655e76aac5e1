import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { recordAudit } from "../../audit/index.js";
import { poolPartnerConsents } from "../schema.js";
import { MEMBER_ACTOR, memberOfSession } from "../self-service.js";
import { partnersByIds } from "./partner-consents.js";

/**
 * Self-service: the member's standing partner consents become exactly `partnerIds`; removed
 * ones are withdrawn (the partner loses sight of the member at once), new ones given (audit:
 * pool.partner_consent_changed, with the partners given and withdrawn).
 */
export async function setPartnerConsents(
  db: Db,
  options: { organizationId: string; session: string; partnerIds: string[]; now?: Date },
): Promise<{ given: string[]; withdrawn: string[] }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const member = await memberOfSession(tx, options);
    const wanted = await partnersByIds(tx, options.organizationId, [
      ...new Set(options.partnerIds),
    ]);
    const standing = await tx
      .select()
      .from(poolPartnerConsents)
      .where(
        and(eq(poolPartnerConsents.memberId, member.id), isNull(poolPartnerConsents.withdrawnAt)),
      );
    const wantedIds = new Set(wanted.map((p) => p.id));
    const standingIds = new Set(standing.map((c) => c.partnerOrganizationId));
    const withdraw = standing.filter((c) => !wantedIds.has(c.partnerOrganizationId));
    const give = wanted.filter((p) => !standingIds.has(p.id));
    if (withdraw.length > 0) {
      await tx
        .update(poolPartnerConsents)
        .set({ withdrawnAt: now })
        .where(
          inArray(
            poolPartnerConsents.id,
            withdraw.map((c) => c.id),
          ),
        );
    }
    if (give.length > 0) {
      await tx.insert(poolPartnerConsents).values(
        give.map((p) => ({
          organizationId: options.organizationId,
          memberId: member.id,
          partnerOrganizationId: p.id,
          agreementId: p.agreementId,
          givenAt: now,
          givenVia: "web" as const,
        })),
      );
    }
    const result = {
      given: give.map((p) => p.id),
      withdrawn: withdraw.map((c) => c.partnerOrganizationId),
    };
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: MEMBER_ACTOR,
      action: "pool.partner_consent_changed",
      targetType: "pool_member",
      targetId: member.id,
      detail: result,
    });
    return result;
  });
}
