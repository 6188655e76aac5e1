import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { poolMembers, poolPartnerConsents, poolSharingAgreements } from "../schema.js";

/**
 * Whose pool a staff request works on. `organizationId` is the pool's own organization (every
 * member row is scoped by it); `partnerId` is set when a partner organization works on a pool
 * shared with it, and then only members who consented to that partner are in view.
 */
export interface PoolScope {
  organizationId: string;
  partnerId?: string | undefined;
}

/** The organization that acts: the partner when set, else the pool's own organization. */
export const actingOrganization = (scope: PoolScope) => scope.partnerId ?? scope.organizationId;

/**
 * For a partner: members with a standing consent to the partner under an accepted agreement.
 * Undefined for the host (all its members). Every partner query adds this condition, so an
 * ended agreement or a withdrawn consent takes the member out of view at once.
 */
export function partnerCondition(scope: PoolScope): SQL | undefined {
  if (!scope.partnerId) return undefined;
  const consenting = sql`(select ${poolPartnerConsents.memberId} from ${poolPartnerConsents}
    join ${poolSharingAgreements} on ${poolSharingAgreements.id} = ${poolPartnerConsents.agreementId}
    where ${poolPartnerConsents.organizationId} = ${scope.organizationId}
      and ${poolPartnerConsents.partnerOrganizationId} = ${scope.partnerId}
      and ${poolPartnerConsents.withdrawnAt} is null
      and ${poolSharingAgreements.status} = 'accepted')`;
  return sql`${poolMembers.id} in ${consenting}`;
}

/** The accepted agreement by which the partner may use the host's pool, or undefined. */
export async function acceptedAgreement(
  db: Db,
  options: { organizationId: string; partnerId: string },
) {
  const [agreement] = await db
    .select()
    .from(poolSharingAgreements)
    .where(
      and(
        eq(poolSharingAgreements.organizationId, options.organizationId),
        eq(poolSharingAgreements.partnerOrganizationId, options.partnerId),
        eq(poolSharingAgreements.status, "accepted"),
        isNull(poolSharingAgreements.endedAt),
      ),
    );
  return agreement;
}

/**
 * The pool a staff member works on: their own organization's, or, when `poolSlug` names
 * another organization's pool, that one if an accepted agreement shares it with them. Their
 * permission in THEIR organization (the URL's `:slug`) the route declares, and the member
 * check has found them holding it (`request.member`).
 */
export async function requirePoolScope(
  db: Db,
  request: FastifyRequest,
  options: { poolSlug?: string | undefined },
) {
  const member = request.member;
  if (!options.poolSlug || options.poolSlug === member.organization.slug) {
    return { ...member, scope: { organizationId: member.organization.id } as PoolScope };
  }
  const host = await findOrganizationBySlug(db, options.poolSlug);
  const agreement = await acceptedAgreement(db, {
    organizationId: host.id,
    partnerId: member.organization.id,
  });
  if (!agreement) {
    throw new AppError(
      "auth.forbidden",
      `The pool of "${options.poolSlug}" is not shared with this organization.`,
    );
  }
  return {
    ...member,
    scope: { organizationId: host.id, partnerId: member.organization.id } as PoolScope,
  };
}

/**
 * Records an audit event of a staff action on a pool: in the acting organization's log, and
 * for a partner also in the host's, each with both organizations named (`pool`, `by`).
 */
export async function recordPoolAudit(
  db: Db,
  scope: PoolScope,
  event: Omit<Parameters<typeof recordAudit>[1], "organizationId">,
): Promise<void> {
  const detail = {
    ...event.detail,
    pool: scope.organizationId,
    by: actingOrganization(scope),
  };
  await recordAudit(db, { ...event, organizationId: actingOrganization(scope), detail });
  if (scope.partnerId) {
    await recordAudit(db, { ...event, organizationId: scope.organizationId, detail });
  }
}
