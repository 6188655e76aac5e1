import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { organizations } from "../../organizations/index.js";
import { type ConsentVia, poolPartnerConsents } from "../schema.js";
import { acceptedPartners } from "./agreements.js";

/** The accepted partners of the host by organization id; refuses ids that are not one (4xx). */
export async function partnersByIds(tx: Db, organizationId: string, ids: readonly string[]) {
  const partners = new Map((await acceptedPartners(tx, { organizationId })).map((p) => [p.id, p]));
  const errors = ids.flatMap((id, i) =>
    partners.has(id)
      ? []
      : [
          {
            path: `body.partners.${i}`,
            code: "invalid_value" as const,
            message: "is not a partner of this pool",
          },
        ],
  );
  if (errors.length > 0) {
    throw new AppError("validation.failed", "The pool is not shared with that organization.", {
      errors,
    });
  }
  return ids.map((id) => partners.get(id)!);
}

/** Records a new member's consents to partner organizations (accepted agreements only). */
export async function givePartnerConsents(
  tx: Db,
  options: { organizationId: string; memberId: string; partnerIds: string[]; via: ConsentVia },
): Promise<void> {
  const partners = await partnersByIds(tx, options.organizationId, [
    ...new Set(options.partnerIds),
  ]);
  if (partners.length === 0) return;
  await tx.insert(poolPartnerConsents).values(
    partners.map((p) => ({
      organizationId: options.organizationId,
      memberId: options.memberId,
      partnerOrganizationId: p.id,
      agreementId: p.agreementId,
      givenVia: options.via,
    })),
  );
}

/** A member's partner consent history, oldest first, with the partner's address and name. */
export async function partnerConsentHistory(db: Db, options: { memberId: string }) {
  return db
    .select({
      id: poolPartnerConsents.id,
      partnerOrganizationId: poolPartnerConsents.partnerOrganizationId,
      partnerSlug: organizations.slug,
      partnerName: organizations.name,
      agreementId: poolPartnerConsents.agreementId,
      givenAt: poolPartnerConsents.givenAt,
      givenVia: poolPartnerConsents.givenVia,
      withdrawnAt: poolPartnerConsents.withdrawnAt,
    })
    .from(poolPartnerConsents)
    .innerJoin(organizations, eq(organizations.id, poolPartnerConsents.partnerOrganizationId))
    .where(eq(poolPartnerConsents.memberId, options.memberId))
    .orderBy(poolPartnerConsents.givenAt, poolPartnerConsents.id);
}

/** Withdraws every standing partner consent of a member (leaving, retention). */
export async function withdrawAllPartnerConsents(
  tx: Db,
  options: { memberId: string; now: Date },
): Promise<void> {
  await tx
    .update(poolPartnerConsents)
    .set({ withdrawnAt: options.now })
    .where(
      and(
        eq(poolPartnerConsents.memberId, options.memberId),
        isNull(poolPartnerConsents.withdrawnAt),
      ),
    );
}
