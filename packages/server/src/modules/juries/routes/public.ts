import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { membersOf } from "../members.js";
import { publicJuryResponse } from "../responses.js";
import type { JuryServices } from "../services.js";
import { findJury } from "../setup.js";
import { juryStatement } from "../statement.js";

/** Anyone: a running or finished jury's public page: its question, the published statement's id, the response. */
export function juryPublicRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/orgs/:slug/jury-pages/:juryId",
    {
      config: { access: "public" },
      schema: {
        tags: ["juries (public)"],
        summary:
          "A jury's public page: question, phase, the published statement and the decision-makers' response",
        params: z.object({ slug: slugParam, juryId: z.uuid() }),
        response: { 200: publicJuryResponse },
      },
    },
    async (request) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      const scope = { organizationId: organization.id, juryId: request.params.juryId };
      const jury = await findJury(db, scope);
      if (jury.status === "draft") throw new AppError("not_found", "No such jury.");
      const statement = await juryStatement(db, scope);
      const jurors = (await membersOf(db, scope)).filter(
        (m) => m.kind === "juror" && m.active,
      ).length;
      return {
        title: jury.title,
        question: jury.question,
        audience: jury.audience,
        phase: jury.phase,
        status: jury.status,
        jurors,
        statementId: statement?.published ? statement.id : null,
        decisionResponse: jury.decisionResponse ?? null,
      };
    },
  );
}
