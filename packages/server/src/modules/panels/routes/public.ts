import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { answerInvitation, panelistOf, SESSION_HOURS, signInWithLink } from "../confirmations.js";
import { replaceAndInvite } from "../leavers.js";
import { selectionReport } from "../report.js";
import { panelistResponse, reportResponse, toSession } from "../responses.js";
import type { PanelServices } from "../services.js";
import { sessionsOf } from "../setup.js";
import { answerSchema, linkSchema } from "../validation.js";
import { PANELIST_COOKIE, panelistCookiePath, panelistOfRequest } from "./panelist-session.js";

const tags = ["panels (public)"];
const slugParams = z.object({ slug: slugParam });
const COOKIE = PANELIST_COOKIE;
const cookiePath = panelistCookiePath;

/** The public selection report, and the panelists' space behind a one-time link. */
export function panelPublicRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const panelist = (slug: string, request: FastifyRequest) => panelistOfRequest(db, slug, request);
  const view = async (p: Awaited<ReturnType<typeof panelist>>) => ({
    panel: {
      title: p.panel.title,
      coreQuestions: p.panel.coreQuestions,
      sessions: (await sessionsOf(db, p.panel)).map(toSession),
      responseDeadline: p.panel.responseDeadline?.toISOString() ?? null,
    },
    status: p.candidate.status,
    language: p.candidate.language,
  });

  r.get(
    "/api/orgs/:slug/panel-reports/:panelId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "A panel's public selection report: seed announcement, quotas, probabilities per category, the method and the anonymous candidate table, to reproduce the draw",
        params: z.object({ slug: slugParam, panelId: z.uuid() }),
        response: { 200: reportResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      return selectionReport(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
    },
  );

  r.post(
    "/api/orgs/:slug/panelists/session",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "Open the panelists' space with the invitation's one-time link (sets a cookie for that panel)",
        params: slugParams,
        body: linkSchema,
        response: { 200: panelistResponse.extend({ session: z.string() }) },
      },
    },
    async (request, reply) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      await enforceRateLimit(db, {
        key: `panel-link:${request.ip}`,
        limit: 30,
        windowSeconds: 600,
      });
      const { session, candidate } = await signInWithLink(db, {
        organizationId: organization.id,
        token: request.body.token,
      });
      reply.setCookie(COOKIE, session, {
        path: cookiePath(organization.slug),
        httpOnly: true,
        sameSite: "lax",
        secure: ctx.config.secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
      const p = await panelistOf(db, { organizationId: organization.id, session });
      return { ...(await view({ organization, ...p, candidate })), session };
    },
  );

  r.get(
    "/api/orgs/:slug/panelists/me",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The panelist's space: the panel, its schedule, and whether the seat is confirmed",
        params: slugParams,
        response: { 200: panelistResponse },
      },
    },
    async (request) => view(await panelist(request.params.slug, request)),
  );

  r.post(
    "/api/orgs/:slug/panelists/me/answer",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Confirm or decline the seat (a declined seat is refilled within the quotas)",
        params: slugParams,
        body: answerSchema,
        response: { 200: panelistResponse },
      },
    },
    async (request) => {
      const p = await panelist(request.params.slug, request);
      const candidate = await answerInvitation(db, { ...p, answer: request.body.answer });
      if (request.body.answer === "decline") {
        await replaceAndInvite(db, ctx.services.sealer, {
          organizationId: p.organization.id,
          orgSlug: p.organization.slug,
          panelId: p.panel.id,
          candidateIds: [candidate.id],
          reason: "declined",
          publicUrl: ctx.config.publicUrl,
          actor: { label: "panelist" },
          // The decline stands even when no replacement fits the quotas (staff see the open seat).
        }).catch((error: unknown) =>
          request.log.warn({ err: error }, "no replacement for a decline"),
        );
        return view(await panelist(request.params.slug, request));
      }
      return view({ ...p, candidate });
    },
  );
}
