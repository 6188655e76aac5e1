import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import type { PanelServices } from "../services.js";
import { feedbackOf, feedbackUrl, startFeedback } from "../sessions/feedback.js";

const params = z.object({ slug: slugParam, panelId: z.uuid() });
const feedbackResponse = z.object({
  surveys: z.array(
    z.object({
      audience: z.enum(["panelists", "facilitators"]),
      surveyId: z.string(),
      surveySlug: z.string(),
      url: z.string(),
    }),
  ),
  facilitatorsMailed: z.number().int(),
});

/** The feedback surveys after the panel (panelists' and facilitators'). */
export function panelFeedbackRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const present = (slug: string, rows: Awaited<ReturnType<typeof feedbackOf>>, mailed: number) => ({
    surveys: rows.map((f) => ({
      audience: f.audience,
      surveyId: f.surveyId,
      surveySlug: f.surveySlug,
      url: feedbackUrl(ctx.config.publicUrl, slug, f.surveySlug),
    })),
    facilitatorsMailed: mailed,
  });

  r.get(
    "/api/orgs/:slug/panels/:panelId/feedback",
    {
      config: { permission: "panel.read" },
      schema: {
        tags: ["panels"],
        summary: "The panel's feedback surveys",
        params,
        response: { 200: feedbackResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const rows = await feedbackOf(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return present(request.params.slug, rows, 0);
    },
  );

  r.post(
    "/api/orgs/:slug/panels/:panelId/feedback",
    {
      config: { permission: "panel.manage" },
      schema: {
        tags: ["panels"],
        summary:
          "Open the feedback surveys (the pilots' feedback template) for the panelists and the facilitators, and mail the facilitators",
        params,
        body: z.strictObject({}),
        response: { 200: feedbackResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const { feedback, mailed } = await startFeedback(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        orgSlug: request.params.slug,
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
      return present(request.params.slug, feedback, mailed);
    },
  );
}
