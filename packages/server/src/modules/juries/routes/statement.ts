import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import {
  giveSupport,
  participantDraft,
  participantDraftResponse,
  proposeAmendment,
} from "../../deliberation/index.js";
import type { JuryServices } from "../services.js";
import { jurorScope } from "../statement.js";
import { memberOfRequest } from "./member-session.js";

const tags = ["juries (jurors and experts)"];
const slugParams = z.object({ slug: slugParam });

/** A juror reads the statement draft, gives support and proposes amendments (deliberation's participant services). */
export function juryStatementRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const scopeOf = async (slug: string, request: Parameters<typeof memberOfRequest>[2]) => {
    const p = await memberOfRequest(db, slug, request);
    return jurorScope(db, p.jury, p.member);
  };

  r.get(
    "/api/orgs/:slug/jury-space/me/statement",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The jury's statement draft with this juror's own answers",
        params: slugParams,
        response: { 200: participantDraftResponse },
      },
    },
    async (request) => participantDraft(db, await scopeOf(request.params.slug, request)),
  );

  r.post(
    "/api/orgs/:slug/jury-space/me/statement/support",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Give (or change) this juror's support for a recommendation",
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
    "/api/orgs/:slug/jury-space/me/statement/amendments",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
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
