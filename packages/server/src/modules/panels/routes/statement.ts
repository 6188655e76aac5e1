import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  giveSupport,
  participantDraft,
  participantDraftResponse,
  proposeAmendment,
} from "../../deliberation/index.js";
import type { PanelServices } from "../services.js";
import { panelStatement, startPanelStatement } from "../statement.js";
import { panelistOfRequest } from "./panelist-session.js";

const slugParams = z.object({ slug: slugParam });
const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });

/**
 * The panel's final statement: staff start it (the seated panelists become its participants);
 * panelists read the draft, give support and propose amendments from their own space (the
 * deliberation module's participant services, after the panel's one-time-link session).
 */
export function panelStatementRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<PanelServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const scopeOf = async (slug: string, request: Parameters<typeof panelistOfRequest>[2]) => {
    const p = await panelistOfRequest(db, slug, request);
    if (p.candidate.status !== "confirmed" && p.candidate.status !== "selected")
      throw new AppError("auth.forbidden", "Only seated panelists take part in the statement.");
    const statement = await panelStatement(db, {
      organizationId: p.organization.id,
      panelId: p.panel.id,
    });
    if (!statement) throw new AppError("not_found", "The panel has no statement yet.");
    return {
      organizationId: p.organization.id,
      statementId: statement.id,
      participantRef: p.candidate.id,
    };
  };

  r.post(
    "/api/orgs/:slug/panels/:panelId/statement",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags: ["panels"],
        summary: "Start the panel's final statement, or bring its participants up to date",
        params: panelParams,
        body: z.object({ title: z.string().max(200).optional() }),
        response: {
          200: z.object({ statementId: z.string(), participants: z.number().int() }),
        },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { statement, participants } = await startPanelStatement(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        ...(request.body.title ? { title: request.body.title } : {}),
        actor: { userId: session.user.id },
      });
      return { statementId: statement.id, participants };
    },
  );

  r.get(
    "/api/orgs/:slug/panelists/me/statement",
    {
      config: { access: "public" },
      schema: {
        tags: ["panels (public)"],
        summary: "The panel's statement draft as this panelist sees it, with their own answers",
        params: slugParams,
        response: { 200: participantDraftResponse },
      },
    },
    async (request) => participantDraft(db, await scopeOf(request.params.slug, request)),
  );

  r.post(
    "/api/orgs/:slug/panelists/me/statement/support",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags: ["panels (public)"],
        summary: "Give (or change) this panelist's support for a recommendation",
        params: slugParams,
        body: z.object({ recommendationId: z.uuid(), level: z.number().int().min(0).max(10) }),
        response: { 200: participantDraftResponse },
      },
    },
    async (request) => {
      const scope = await scopeOf(request.params.slug, request);
      await giveSupport(db, { ...scope, ...request.body });
      return participantDraft(db, scope);
    },
  );

  r.post(
    "/api/orgs/:slug/panelists/me/statement/amendments",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags: ["panels (public)"],
        summary: "Propose an amendment to a recommendation (a new text, a comment or both)",
        params: slugParams,
        body: z.object({
          recommendationId: z.uuid(),
          proposedText: z.string().max(4000).optional(),
          comment: z.string().max(2000).optional(),
        }),
        response: { 200: participantDraftResponse },
      },
    },
    async (request) => {
      const scope = await scopeOf(request.params.slug, request);
      await proposeAmendment(db, { ...scope, ...request.body });
      return participantDraft(db, scope);
    },
  );
}
