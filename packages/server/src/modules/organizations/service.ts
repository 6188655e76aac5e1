import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { checkOutboundUrl, type OutboundPolicy, OutboundRefused } from "../../net/outbound.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { type Language, type LocalizedText, organizationLogos, organizations } from "./schema.js";

export type Organization = typeof organizations.$inferSelect;

export async function findOrganizationBySlug(db: Db, slug: string): Promise<Organization> {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!org) throw new AppError("org.not_found", `No organization has the address "${slug}".`);
  return org;
}

export async function findOrganizationById(db: Db, id: string): Promise<Organization> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!org) throw new AppError("org.not_found", "No such organization.");
  return org;
}

export async function listOrganizations(db: Db): Promise<Organization[]> {
  return db.select().from(organizations).orderBy(asc(organizations.slug));
}

export interface CreateOrganizationOptions {
  slug: string;
  name: LocalizedText;
  languages: Language[];
  defaultLanguage?: Language;
  themeColor?: string;
  actor: Actor;
}

export async function createOrganization(
  db: Db,
  options: CreateOrganizationOptions,
): Promise<Organization> {
  const defaultLanguage = options.defaultLanguage ?? options.languages[0] ?? "fi";
  if (!options.languages.includes(defaultLanguage)) {
    throw new AppError(
      "validation.failed",
      "The default language must be one of the enabled languages.",
      {
        errors: [{ path: "defaultLanguage", message: "must be one of the enabled languages" }],
      },
    );
  }
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, options.slug));
    if (existing) {
      throw new AppError(
        "conflict",
        `An organization with the address "${options.slug}" exists already.`,
      );
    }
    const [org] = await tx
      .insert(organizations)
      .values({
        slug: options.slug,
        name: options.name,
        languages: options.languages,
        defaultLanguage,
        themeColor: options.themeColor ?? "#005eb8",
      })
      .returning();
    await recordAudit(tx, {
      organizationId: org!.id,
      actor: options.actor,
      action: "organization.created",
      targetType: "organization",
      targetId: org!.id,
      detail: { slug: options.slug },
    });
    return org!;
  });
}

export interface SettingsPatch {
  name?: LocalizedText | undefined;
  languages?: Language[] | undefined;
  defaultLanguage?: Language | undefined;
  themeColor?: string | undefined;
  oidc?:
    | {
        enabled?: boolean | undefined;
        issuer?: string | null | undefined;
        clientId?: string | null | undefined;
        clientSecret?: string | null | undefined;
      }
    | undefined;
}

export interface UpdateSettingsOptions {
  organizationId: string;
  patch: SettingsPatch;
  actor: Actor;
  /** What the server may call out to: a new OIDC issuer must pass it. */
  outbound: OutboundPolicy;
}

export async function updateSettings(
  db: Db,
  options: UpdateSettingsOptions,
): Promise<Organization> {
  const issuer = options.patch.oidc?.issuer;
  if (issuer) {
    try {
      await checkOutboundUrl(issuer, options.outbound);
    } catch (error) {
      if (!(error instanceof OutboundRefused)) throw error;
      // One answer whatever the reason (scheme, private address, no such name), so that the
      // form cannot be used to map the server's network.
      throw new AppError("validation.failed", "The sign-on provider's address cannot be used.", {
        errors: [
          {
            path: "body.oidc.issuer",
            message: "must be an https address of a server on the public internet",
            code: "address_not_allowed",
          },
        ],
      });
    }
  }
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, options.organizationId))
      .for("update");
    if (!current) throw new AppError("org.not_found");
    const { patch } = options;
    const languages = patch.languages ?? current.languages;
    const defaultLanguage =
      patch.defaultLanguage ??
      (languages.includes(current.defaultLanguage) ? current.defaultLanguage : languages[0]!);
    if (!languages.includes(defaultLanguage)) {
      throw new AppError(
        "validation.failed",
        "The default language must be one of the enabled languages.",
        {
          errors: [
            { path: "body.defaultLanguage", message: "must be one of the enabled languages" },
          ],
        },
      );
    }
    const oidc = {
      enabled: patch.oidc?.enabled ?? current.oidcEnabled,
      issuer: patch.oidc?.issuer !== undefined ? patch.oidc.issuer : current.oidcIssuer,
      clientId: patch.oidc?.clientId !== undefined ? patch.oidc.clientId : current.oidcClientId,
      clientSecret:
        patch.oidc?.clientSecret !== undefined ? patch.oidc.clientSecret : current.oidcClientSecret,
    };
    if (oidc.enabled && (!oidc.issuer || !oidc.clientId)) {
      throw new AppError(
        "validation.failed",
        "Single sign-on needs an issuer URL and a client id.",
        {
          errors: [{ path: "body.oidc", message: "issuer and clientId are required when enabled" }],
        },
      );
    }
    const [updated] = await tx
      .update(organizations)
      .set({
        name: patch.name ?? current.name,
        languages,
        defaultLanguage,
        themeColor: patch.themeColor ?? current.themeColor,
        oidcEnabled: oidc.enabled,
        oidcIssuer: oidc.issuer,
        oidcClientId: oidc.clientId,
        oidcClientSecret: oidc.clientSecret,
        updatedAt: new Date(),
      })
      .where(eq(organizations.id, options.organizationId))
      .returning();
    const changed = Object.keys(patch).filter((k) => patch[k as keyof SettingsPatch] !== undefined);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "organization.settings_changed",
      targetType: "organization",
      targetId: options.organizationId,
      // Never write the client secret into the log, only that it changed.
      detail: { changed },
    });
    return updated!;
  });
}

export const LOGO_TYPES = ["image/png", "image/jpeg", "image/svg+xml"] as const;
export const LOGO_MAX_BYTES = 512 * 1024;

export interface SetLogoOptions {
  organizationId: string;
  contentType: string;
  data: Buffer;
  actor: Actor;
}

export async function setLogo(db: Db, options: SetLogoOptions): Promise<void> {
  if (!(LOGO_TYPES as readonly string[]).includes(options.contentType)) {
    throw new AppError(
      "unsupported_media_type",
      `A logo must be PNG, JPEG or SVG, not ${options.contentType || "unknown"}.`,
    );
  }
  if (options.data.length === 0) {
    throw new AppError("validation.failed", "The logo file is empty.", {
      errors: [{ path: "body", message: "must not be empty" }],
    });
  }
  if (options.data.length > LOGO_MAX_BYTES) {
    throw new AppError("payload_too_large", "A logo may be at most 512 KiB.");
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(organizationLogos)
      .values({
        organizationId: options.organizationId,
        contentType: options.contentType,
        data: options.data,
      })
      .onConflictDoUpdate({
        target: organizationLogos.organizationId,
        set: { contentType: options.contentType, data: options.data, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "organization.logo_changed",
      targetType: "organization",
      targetId: options.organizationId,
      detail: { contentType: options.contentType, bytes: options.data.length },
    });
  });
}

export async function getLogo(
  db: Db,
  organizationId: string,
): Promise<{ contentType: string; data: Buffer; updatedAt: Date } | undefined> {
  const [logo] = await db
    .select()
    .from(organizationLogos)
    .where(eq(organizationLogos.organizationId, organizationId));
  return logo;
}

export async function hasLogo(db: Db, organizationId: string): Promise<Date | undefined> {
  const [logo] = await db
    .select({ updatedAt: organizationLogos.updatedAt })
    .from(organizationLogos)
    .where(eq(organizationLogos.organizationId, organizationId));
  return logo?.updatedAt;
}
