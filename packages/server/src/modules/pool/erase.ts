import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { recordAudit } from "../audit/index.js";
import { erasedContact } from "./contact.js";
import { poolConsents, poolMembers, poolTokens } from "./schema.js";
import { MEMBER_ACTOR, memberOfSession } from "./self-service.js";
import { withdrawAllPartnerConsents } from "./sharing/partner-consents.js";

/**
 * Erases a member's contact data and answers and keeps the pseudonymous record; every open
 * consent is withdrawn and every token removed. Used when a member leaves and by retention.
 */
export async function eraseMember(
  tx: Db,
  options: { memberId: string; reason: "left" | "retention"; now: Date },
): Promise<void> {
  await tx
    .update(poolMembers)
    .set({ ...erasedContact(), status: "left", leftAt: options.now, leftReason: options.reason })
    .where(eq(poolMembers.id, options.memberId));
  await tx
    .update(poolConsents)
    .set({ withdrawnAt: options.now })
    .where(and(eq(poolConsents.memberId, options.memberId), isNull(poolConsents.withdrawnAt)));
  await withdrawAllPartnerConsents(tx, options);
  await tx.delete(poolTokens).where(eq(poolTokens.memberId, options.memberId));
}

/** The member leaves the pool: contact data deleted at once (audit: pool.member_left). */
export async function leavePool(
  db: Db,
  options: { organizationId: string; session: string; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const member = await memberOfSession(tx, options);
    await eraseMember(tx, { memberId: member.id, reason: "left", now });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: MEMBER_ACTOR,
      action: "pool.member_left",
      targetType: "pool_member",
      targetId: member.id,
    });
  });
}
