import { safeReturnTo } from "@kuulo/paths";
import { z } from "zod";
import type { PermissionTable } from "../../http/permissions.js";
import { ROLES } from "./schema.js";
import type { SignedInPerson } from "./service.js";
import type { StaffMember } from "./staff.js";

/** The identity routes' shared request and response schemas, and their presenters. */

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const meResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  memberships: z.array(
    z.object({
      org: z.object({ slug: z.string(), name: localized }),
      roles: z.array(z.enum(ROLES)),
      /**
       * What these roles allow here (the permission table, docs/PERMISSIONS.md): the web shows
       * only the actions the person may take. The server checks every request regardless.
       */
      permissions: z.array(z.string()),
      /** The person's name as this organization knows it. */
      displayName: z.string(),
    }),
  ),
  csrfToken: z.string(),
});

export const staffMember = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  addedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});

export const emailSchema = z.email({ message: "must be an email address" }).max(254);

/** Only paths inside this site, never another origin (the check the web app runs too). */
export const returnToSchema = z
  .string()
  .max(1000)
  .refine(
    (value) => safeReturnTo(value) !== undefined,
    "must be a path on this site starting with a single /, without control characters",
  );

export const slugParams = z.object({ slug: z.string().max(63) });

export function toMe(
  person: SignedInPerson,
  permissions: Pick<PermissionTable, "held">,
): z.infer<typeof meResponse> {
  return {
    user: person.user,
    memberships: person.memberships.map((m) => ({
      org: { slug: m.slug, name: m.name },
      roles: m.roles,
      permissions: permissions.held(m.roles),
      displayName: m.displayName,
    })),
    csrfToken: person.csrfToken,
  };
}

export function toMember(m: StaffMember): z.infer<typeof staffMember> {
  return {
    id: m.id,
    email: m.email,
    displayName: m.displayName,
    roles: m.roles,
    addedAt: m.addedAt.toISOString(),
    lastSignInAt: m.lastSignInAt?.toISOString() ?? null,
  };
}
