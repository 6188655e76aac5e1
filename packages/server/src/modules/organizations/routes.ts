import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { mediaResponse, noContent } from "../../http/responses.js";
import type { Activity, ModuleContext } from "../define.js";
import {
  findOrganizationBySlug,
  getLogo,
  hasLogo,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  listOrganizations,
  type Organization,
  setLogo,
  updateSettings,
} from "./service.js";
import {
  languageSchema,
  languagesSchema,
  localizedNameSchema,
  themeColorSchema,
} from "./validation.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const slugParams = z.object({ slug: z.string().max(63) });

const publicOrganization = z.object({
  slug: z.string(),
  name: localized,
  languages: z.array(languageSchema),
  defaultLanguage: languageSchema,
  themeColor: z.string(),
  logoUrl: z.string().nullable(),
  oidcEnabled: z.boolean(),
  activities: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: localized,
      url: z.string(),
      closesAt: z.string().nullable(),
    }),
  ),
});

const settingsResponse = z.object({
  slug: z.string(),
  name: localized,
  languages: z.array(languageSchema),
  defaultLanguage: languageSchema,
  themeColor: z.string(),
  logoUrl: z.string().nullable(),
  oidc: z.object({
    enabled: z.boolean(),
    issuer: z.string().nullable(),
    clientId: z.string().nullable(),
    hasSecret: z.boolean(),
  }),
});

const settingsPatch = z.strictObject({
  name: localizedNameSchema.optional(),
  languages: languagesSchema.optional(),
  defaultLanguage: languageSchema.optional(),
  themeColor: themeColorSchema.optional(),
  oidc: z
    .strictObject({
      enabled: z.boolean().optional(),
      issuer: z.url().max(500).nullable().optional(),
      clientId: z.string().min(1).max(500).nullable().optional(),
      clientSecret: z.string().min(1).max(1000).nullable().optional(),
    })
    .optional(),
});

function logoUrl(org: Organization, updatedAt: Date | undefined): string | null {
  return updatedAt ? `/api/orgs/${org.slug}/logo?v=${updatedAt.getTime()}` : null;
}

function toSettings(org: Organization, logoAt: Date | undefined): z.infer<typeof settingsResponse> {
  return {
    slug: org.slug,
    name: org.name,
    languages: org.languages,
    defaultLanguage: org.defaultLanguage,
    themeColor: org.themeColor,
    logoUrl: logoUrl(org, logoAt),
    oidc: {
      enabled: org.oidcEnabled,
      issuer: org.oidcIssuer,
      clientId: org.oidcClientId,
      hasSecret: Boolean(org.oidcClientSecret),
    },
  };
}

function toActivity(a: Activity) {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    url: a.url,
    closesAt: a.closesAt?.toISOString() ?? null,
  };
}

export function organizationRoutes(app: FastifyInstance, ctx: ModuleContext<undefined>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs",
    {
      config: { access: "public" },
      schema: {
        tags: ["organizations"],
        summary: "Organizations on this installation",
        response: {
          200: z.object({
            organizations: z.array(z.object({ slug: z.string(), name: localized })),
          }),
        },
      },
    },
    async () => ({
      organizations: (await listOrganizations(db)).map((o) => ({ slug: o.slug, name: o.name })),
    }),
  );

  r.get(
    "/api/orgs/:slug",
    {
      config: { access: "public" },
      schema: {
        tags: ["organizations"],
        summary: "An organization's public profile and its open participation activities",
        params: slugParams,
        response: { 200: publicOrganization },
      },
    },
    async (request) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const activities = (
        await Promise.all(
          ctx.modules
            .activitySources()
            .map((source) => source(db, { organizationId: org.id, slug: org.slug })),
        )
      ).flat();
      return {
        slug: org.slug,
        name: org.name,
        languages: org.languages,
        defaultLanguage: org.defaultLanguage,
        themeColor: org.themeColor,
        logoUrl: logoUrl(org, await hasLogo(db, org.id)),
        oidcEnabled: org.oidcEnabled,
        activities: activities.map(toActivity),
      };
    },
  );

  r.get(
    "/api/orgs/:slug/logo",
    {
      config: { access: "public" },
      schema: {
        tags: ["organizations"],
        summary: "The organization's logo image",
        params: slugParams,
        response: { 200: mediaResponse("The logo", LOGO_TYPES) },
      },
    },
    async (request, reply) => {
      const org = await findOrganizationBySlug(db, request.params.slug);
      const logo = await getLogo(db, org.id);
      if (!logo) throw new AppError("not_found", "This organization has no logo.");
      return (
        reply
          .header("content-type", logo.contentType)
          .header("cache-control", "public, max-age=86400")
          // An SVG opened directly must not run scripts.
          .header(
            "content-security-policy",
            "default-src 'none'; style-src 'unsafe-inline'; sandbox",
          )
          .send(logo.data)
      );
    },
  );

  r.get(
    "/api/orgs/:slug/settings",
    {
      config: { permission: "organization.settings.read" },
      schema: {
        tags: ["organizations"],
        summary: "Organization settings (staff)",
        params: slugParams,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return toSettings(organization, await hasLogo(db, organization.id));
    },
  );

  r.patch(
    "/api/orgs/:slug/settings",
    {
      config: { permission: "organization.settings.edit" },
      schema: {
        tags: ["organizations"],
        summary: "Change organization settings (admin)",
        params: slugParams,
        body: settingsPatch,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const updated = await updateSettings(db, {
        organizationId: organization.id,
        patch: request.body,
        actor: { userId: session.user.id },
        outbound: ctx.config.outbound,
      });
      return toSettings(updated, await hasLogo(db, updated.id));
    },
  );

  app.register(async (scoped) => {
    // The logo arrives as the raw request body.
    for (const type of LOGO_TYPES) {
      scoped.addContentTypeParser(
        type,
        { parseAs: "buffer", bodyLimit: LOGO_MAX_BYTES },
        (_req, body, done) => done(null, body),
      );
    }
    scoped.withTypeProvider<ZodTypeProvider>().put(
      "/api/orgs/:slug/logo",
      {
        bodyLimit: LOGO_MAX_BYTES,
        config: { permission: "organization.settings.edit" },
        schema: {
          tags: ["organizations"],
          summary: "Upload the organization's logo (PNG, JPEG or SVG, at most 512 KiB; admin)",
          params: slugParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { organization, session } = request.member;
        const contentType = (request.headers["content-type"] ?? "").split(";")[0]!.trim();
        await setLogo(db, {
          organizationId: organization.id,
          contentType,
          data: request.body as Buffer,
          actor: { userId: session.user.id },
        });
        return reply.status(204).send();
      },
    );
  });
}
