import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { organizations } from "../organizations/index.js";
import { memberships, type Role, staffUsers } from "./schema.js";
import { normalizeEmail } from "./tokens.js";

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  addedAt: Date;
  lastSignInAt: Date | null;
}

export async function listStaff(
  db: Db,
  options: { organizationId: string },
): Promise<StaffMember[]> {
  const rows = await db
    .select({ user: staffUsers, membership: memberships })
    .from(memberships)
    .innerJoin(staffUsers, eq(staffUsers.id, memberships.userId))
    .where(eq(memberships.organizationId, options.organizationId))
    .orderBy(asc(staffUsers.email));
  return rows.map(({ user, membership }) => toMember(user, membership));
}

function toMember(
  user: typeof staffUsers.$inferSelect,
  membership: typeof memberships.$inferSelect,
): StaffMember {
  return {
    id: user.id,
    email: user.email,
    displayName: membership.displayName,
    roles: membership.roles,
    addedAt: membership.addedAt,
    lastSignInAt: membership.lastSignInAt,
  };
}

function checkRoles(roles: Role[]): void {
  if (roles.length === 0) {
    throw new AppError("validation.failed", "A staff member needs at least one role.", {
      errors: [{ path: "body.roles", message: "must contain at least one role" }],
    });
  }
}

export interface AddStaffOptions {
  organizationId: string;
  email: string;
  displayName: string;
  roles: Role[];
  actor: Actor;
}

/**
 * Adds a person to an organization's staff, creating their account if it is new. When the
 * address already has an account (on another organization's staff), the answer still holds only
 * this organization's view: the name given here, and no sign-in yet.
 */
export async function addStaff(db: Db, options: AddStaffOptions): Promise<StaffMember> {
  checkRoles(options.roles);
  const email = normalizeEmail(options.email);
  return db.transaction(async (tx) => {
    await tx.insert(staffUsers).values({ email }).onConflictDoNothing({ target: staffUsers.email });
    const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.email, email));
    const inserted = await tx
      .insert(memberships)
      .values({
        organizationId: options.organizationId,
        userId: user!.id,
        roles: [...new Set(options.roles)],
        displayName: options.displayName.trim(),
      })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) {
      throw new AppError("conflict", `${email} is already a staff member of this organization.`);
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "staff.added",
      targetType: "staff_user",
      targetId: user!.id,
      detail: { email, roles: inserted[0]!.roles },
    });
    return toMember(user!, inserted[0]!);
  });
}

export interface UpdateStaffOptions {
  organizationId: string;
  userId: string;
  roles?: Role[] | undefined;
  displayName?: string | undefined;
  actor: Actor;
}

export async function updateStaff(db: Db, options: UpdateStaffOptions): Promise<StaffMember> {
  if (options.roles) checkRoles(options.roles);
  return db.transaction(async (tx) => {
    const membership = await lockMembership(tx, options.organizationId, options.userId);
    if (options.roles) {
      await guardLastAdmin(tx, options.organizationId, options.userId, options.roles);
    }
    // The name is this organization's own: renaming here changes nothing elsewhere.
    const [updatedMembership] = await tx
      .update(memberships)
      .set({
        roles: options.roles ? [...new Set(options.roles)] : membership.roles,
        displayName: options.displayName?.trim() ?? membership.displayName,
      })
      .where(
        and(
          eq(memberships.organizationId, options.organizationId),
          eq(memberships.userId, options.userId),
        ),
      )
      .returning();
    const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, options.userId));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "staff.changed",
      targetType: "staff_user",
      targetId: options.userId,
      detail: {
        ...(options.roles
          ? { rolesBefore: membership.roles, rolesAfter: updatedMembership!.roles }
          : {}),
        ...(options.displayName !== undefined ? { displayNameChanged: true } : {}),
      },
    });
    return toMember(user!, updatedMembership!);
  });
}

export interface RemoveStaffOptions {
  organizationId: string;
  userId: string;
  actor: Actor;
}

export async function removeStaff(db: Db, options: RemoveStaffOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const membership = await lockMembership(tx, options.organizationId, options.userId);
    await guardLastAdmin(tx, options.organizationId, options.userId, []);
    await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.organizationId, options.organizationId),
          eq(memberships.userId, options.userId),
        ),
      );
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "staff.removed",
      targetType: "staff_user",
      targetId: options.userId,
      detail: { roles: membership.roles },
    });
  });
}

/**
 * Locks the organization's row first, so that staff changes of one organization run one after
 * another: two admins demoting each other at once cannot both see the other as the remaining
 * admin. Then locks and returns the membership.
 */
async function lockMembership(db: Db, organizationId: string, userId: string) {
  await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for("update");
  const [membership] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .for("update");
  if (!membership) throw new AppError("not_found", "No such staff member in this organization.");
  return membership;
}

/** An organization must keep at least one admin, or nobody could manage it. */
async function guardLastAdmin(db: Db, organizationId: string, userId: string, newRoles: Role[]) {
  if (newRoles.includes("admin")) return;
  const admins = await db
    .select({ userId: memberships.userId, roles: memberships.roles })
    .from(memberships)
    .where(eq(memberships.organizationId, organizationId));
  const others = admins.filter((m) => m.userId !== userId && m.roles.includes("admin"));
  const wasAdmin = admins.some((m) => m.userId === userId && m.roles.includes("admin"));
  if (wasAdmin && others.length === 0) {
    throw new AppError(
      "conflict",
      "The organization's last admin cannot be removed or lose the admin role.",
    );
  }
}

export interface StaffIdentity {
  id: string;
  email: string;
}

export interface MembershipView {
  organizationId: string;
  slug: string;
  name: { fi: string; sv: string; en: string };
  roles: Role[];
  /** The person's name as this organization knows it. */
  displayName: string;
  /** Their last sign-in to this organization. */
  lastSignInAt: Date | null;
}

export async function membershipsOf(db: Db, userId: string): Promise<MembershipView[]> {
  const rows = await db
    .select({ m: memberships, org: organizations })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.slug));
  return rows.map(({ m, org }) => ({
    organizationId: org.id,
    slug: org.slug,
    name: org.name,
    roles: m.roles,
    displayName: m.displayName,
    lastSignInAt: m.lastSignInAt,
  }));
}

export async function findStaffByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, normalizeEmail(email)));
  return user;
}

export async function findStaffById(db: Db, id: string): Promise<StaffIdentity> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  if (!user) throw new AppError("not_found", "No such staff user.");
  return { id: user.id, email: user.email };
}
