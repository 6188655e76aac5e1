import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { inviteToSurvey, remindSurvey, surveyInvitationCounts } from "../invitations.js";
import type { SurveyServices } from "../services.js";

const surveyParams = z.object({ slug: slugParam, surveyId: z.uuid() });
const tags = ["surveys"];

const counts = {
  invited: z.number(),
  opened: z.number(),
  answered: z.number(),
  reminded: z.number(),
};
export const surveyInvitationsResponse = z.object({
  total: z.object(counts),
  draws: z.array(
    z.object({
      drawId: z.string(),
      title: z.string(),
      createdAt: z.iso.datetime(),
      invitedHere: z.boolean(),
      ...counts,
    }),
  ),
});

/** Staff: personal invitations to a survey from the pool's survey draws, and reminders. */
export function surveyInvitationRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<SurveyServices>,
): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const summary = async (organization: { id: string; slug: string }, surveyId: string) => {
    const c = await surveyInvitationCounts(db, {
      organizationId: organization.id,
      orgSlug: organization.slug,
      surveyId,
    });
    return {
      ...c,
      draws: c.draws.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    };
  };

  r.get(
    "/api/orgs/:slug/surveys/:surveyId/invitations",
    {
      config: { permission: "survey.read" },
      schema: {
        tags,
        summary: "The survey draws and how many were invited, opened, answered, reminded (staff)",
        params: surveyParams,
        response: { 200: surveyInvitationsResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return summary(organization, request.params.surveyId);
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/:surveyId/invitations",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Invite a pool survey draw's members to answer, by email or SMS (staff)",
        params: surveyParams,
        body: z.strictObject({ drawId: z.uuid() }),
        response: {
          200: z.object({
            invited: z.number(),
            alreadyInvited: z.number(),
            noChannel: z.number(),
            notActive: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return inviteToSurvey(db, ctx.services.sealer, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        surveyId: request.params.surveyId,
        drawId: request.body.drawId,
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );

  r.post(
    "/api/orgs/:slug/surveys/:surveyId/reminders",
    {
      config: { permission: "survey.edit" },
      schema: {
        tags,
        summary: "Remind those invited to the survey who have not answered (staff)",
        params: surveyParams,
        response: { 200: z.object({ reminded: z.number() }) },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return remindSurvey(db, ctx.services.sealer, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        surveyId: request.params.surveyId,
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );
}
