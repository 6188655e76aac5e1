import { and, desc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { findOrganizationBySlug, organizations } from "../../organizations/index.js";
import { poolPartnerConsents, poolSharingAgreements } from "../schema.js";

export type SharingAgreement = typeof poolSharingAgreements.$inferSelect;

const hosts = alias(organizations, "host");
const partners = alias(organizations, "partner");

/** Agreements where the organization is the host or the partner, newest first, with both parties. */
export async function listAgreements(db: Db, options: { organizationId: string }) {
  const rows = await db
    .select({
      agreement: poolSharingAgreements,
      host: { id: hosts.id, slug: hosts.slug, name: hosts.name },
      partner: { id: partners.id, slug: partners.slug, name: partners.name },
    })
    .from(poolSharingAgreements)
    .innerJoin(hosts, eq(hosts.id, poolSharingAgreements.organizationId))
    .innerJoin(partners, eq(partners.id, poolSharingAgreements.partnerOrganizationId))
    .where(
      or(
        eq(poolSharingAgreements.organizationId, options.organizationId),
        eq(poolSharingAgreements.partnerOrganizationId, options.organizationId),
      ),
    )
    .orderBy(desc(poolSharingAgreements.proposedAt));
  return rows.map((r) => ({
    ...r,
    role: r.agreement.organizationId === options.organizationId ? "host" : "partner",
  })) as ((typeof rows)[number] & { role: "host" | "partner" })[];
}

/** The partners the host's pool is shared with now (accepted agreements), for the join page. */
export async function acceptedPartners(db: Db, options: { organizationId: string }) {
  return db
    .select({
      agreementId: poolSharingAgreements.id,
      id: partners.id,
      slug: partners.slug,
      name: partners.name,
    })
    .from(poolSharingAgreements)
    .innerJoin(partners, eq(partners.id, poolSharingAgreements.partnerOrganizationId))
    .where(
      and(
        eq(poolSharingAgreements.organizationId, options.organizationId),
        eq(poolSharingAgreements.status, "accepted"),
      ),
    )
    .orderBy(partners.slug);
}

/**
 * The host proposes sharing its pool with the partner named by its address (audit:
 * pool.sharing_proposed in both organizations' logs).
 */
export async function proposeAgreement(
  db: Db,
  options: { organizationId: string; partnerSlug: string; reference: string; userId: string },
): Promise<SharingAgreement> {
  const partner = await findOrganizationBySlug(db, options.partnerSlug).catch(() => {
    throw new AppError(
      "validation.failed",
      `No organization has the address "${options.partnerSlug}".`,
      {
        errors: [
          {
            path: "body.partner",
            code: "invalid_value",
            message: "no organization has this address",
          },
        ],
      },
    );
  });
  if (partner.id === options.organizationId) {
    throw new AppError(
      "validation.failed",
      "The pool cannot be shared with its own organization.",
      {
        errors: [{ path: "body.partner", code: "invalid", message: "is this organization" }],
      },
    );
  }
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: poolSharingAgreements.id })
      .from(poolSharingAgreements)
      .where(
        and(
          eq(poolSharingAgreements.organizationId, options.organizationId),
          eq(poolSharingAgreements.partnerOrganizationId, partner.id),
          or(
            eq(poolSharingAgreements.status, "proposed"),
            eq(poolSharingAgreements.status, "accepted"),
          ),
        ),
      );
    if (open) {
      throw new AppError("conflict", "An agreement with this organization is already open.", {
        errors: [
          { path: "body.partner", code: "invalid", message: "already has an open agreement" },
        ],
      });
    }
    const [agreement] = await tx
      .insert(poolSharingAgreements)
      .values({
        organizationId: options.organizationId,
        partnerOrganizationId: partner.id,
        reference: options.reference,
        proposedBy: options.userId,
      })
      .returning();
    await auditBoth(tx, agreement!, options.userId, "pool.sharing_proposed");
    return agreement!;
  });
}

async function auditBoth(tx: Db, agreement: SharingAgreement, userId: string, action: string) {
  for (const organizationId of [agreement.organizationId, agreement.partnerOrganizationId]) {
    await recordAudit(tx, {
      organizationId,
      actor: { userId },
      action,
      targetType: "pool_sharing_agreement",
      targetId: agreement.id,
      detail: {
        host: agreement.organizationId,
        partner: agreement.partnerOrganizationId,
        reference: agreement.reference,
      },
    });
  }
}

async function agreementOf(db: Db, options: { organizationId: string; agreementId: string }) {
  const [agreement] = await db
    .select()
    .from(poolSharingAgreements)
    .where(
      and(
        eq(poolSharingAgreements.id, options.agreementId),
        or(
          eq(poolSharingAgreements.organizationId, options.organizationId),
          eq(poolSharingAgreements.partnerOrganizationId, options.organizationId),
        ),
      ),
    );
  if (!agreement) throw new AppError("not_found", "No such sharing agreement.");
  return agreement;
}

/** The partner accepts a proposed agreement (only the partner can; audit in both logs). */
export async function acceptAgreement(
  db: Db,
  options: { organizationId: string; agreementId: string; userId: string; now?: Date },
): Promise<SharingAgreement> {
  return db.transaction(async (tx) => {
    const agreement = await agreementOf(tx, options);
    if (agreement.partnerOrganizationId !== options.organizationId) {
      throw new AppError(
        "auth.forbidden",
        "Only the partner organization can accept the agreement.",
      );
    }
    if (agreement.status !== "proposed") {
      throw new AppError("conflict", `The agreement is ${agreement.status}, not proposed.`);
    }
    const [accepted] = await tx
      .update(poolSharingAgreements)
      .set({
        status: "accepted",
        acceptedAt: options.now ?? new Date(),
        acceptedBy: options.userId,
      })
      .where(eq(poolSharingAgreements.id, agreement.id))
      .returning();
    await auditBoth(tx, accepted!, options.userId, "pool.sharing_accepted");
    return accepted!;
  });
}

/**
 * Either party ends the agreement: the partner loses access at once, and the members' consents
 * given under it are withdrawn (audit in both logs).
 */
export async function endAgreement(
  db: Db,
  options: { organizationId: string; agreementId: string; userId: string; now?: Date },
): Promise<SharingAgreement> {
  return db.transaction(async (tx) => {
    const agreement = await agreementOf(tx, options);
    if (agreement.status === "ended") {
      throw new AppError("conflict", "The agreement has already ended.");
    }
    const [ended] = await tx
      .update(poolSharingAgreements)
      .set({ status: "ended", endedAt: options.now ?? new Date(), endedBy: options.userId })
      .where(eq(poolSharingAgreements.id, agreement.id))
      .returning();
    // The consents were given under this agreement: they end with it (a new agreement asks anew).
    await tx
      .update(poolPartnerConsents)
      .set({ withdrawnAt: ended!.endedAt })
      .where(
        and(
          eq(poolPartnerConsents.agreementId, agreement.id),
          isNull(poolPartnerConsents.withdrawnAt),
        ),
      );
    await auditBoth(tx, ended!, options.userId, "pool.sharing_ended");
    return ended!;
  });
}
