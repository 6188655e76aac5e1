import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleContext } from "../../define.js";
import {
  addExpert,
  addJuror,
  confirmGuardianConsent,
  memberContact,
  membersOf,
} from "../members.js";
import { addPanelists } from "../panel-jurors.js";
import { contactResponse, memberListResponse, memberResponse, toMember } from "../responses.js";
import type { JuryServices } from "../services.js";
import { inviteMembers } from "../sessions.js";
import { consentSchema, expertSchema, inviteSchema, jurorSchema } from "../validation.js";
import { juryParams } from "./staff.js";

const tags = ["juries (staff)"];
const memberParams = juryParams.extend({ memberId: z.uuid() });

/** Staff: jurors and experts, guardians' consent, contact reads (audited), one-time links. */
export function juryMemberRoutes(app: FastifyInstance, ctx: ModuleContext<JuryServices>): void {
  const db = ctx.database.db;
  const sealer = ctx.services.sealer;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/juries/:juryId/members",
    {
      config: { permission: "jury.read" },
      schema: {
        tags,
        summary: "The jury's jurors and experts (no contact data)",
        params: juryParams,
        response: { 200: memberListResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const members = await membersOf(db, {
        organizationId: organization.id,
        juryId: request.params.juryId,
      });
      return { members: members.map(toMember) };
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/jurors",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary:
          "Add a juror (below the minimum age with a guardian, inactive until the consent is confirmed)",
        params: juryParams,
        body: jurorSchema,
        response: { 201: memberResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const member = await addJuror(db, sealer, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send(toMember(member));
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/jurors/from-panel",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary:
          "Take jurors from a sortition draw: the panel's confirmed panelists (again: only those not yet taken)",
        params: juryParams,
        body: z.strictObject({ panelId: z.uuid() }),
        response: {
          200: z.object({
            added: z.number().int(),
            kept: z.number().int(),
            skipped: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return addPanelists(db, sealer, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        panelId: request.body.panelId,
        actor: { userId: session.user.id },
      });
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/experts",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Invite an expert (an expert account: no staff rights)",
        params: juryParams,
        body: expertSchema,
        response: { 201: memberResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const member = await addExpert(db, sealer, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.code(201).send(toMember(member));
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/members/:memberId/guardian-consent",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "Record the guardian's consent (day, how given); the juror becomes active",
        params: memberParams,
        body: consentSchema,
        response: { 200: memberResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const member = await confirmGuardianConsent(db, sealer, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        memberId: request.params.memberId,
        ...request.body,
        actor: { userId: session.user.id },
      });
      return toMember(member);
    },
  );

  r.get(
    "/api/orgs/:slug/juries/:juryId/members/:memberId/contact",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary: "A member's (and guardian's) contact data; every read is logged",
        params: memberParams,
        response: { 200: contactResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return memberContact(db, sealer, {
        organizationId: organization.id,
        juryId: request.params.juryId,
        memberId: request.params.memberId,
        userId: session.user.id,
      });
    },
  );

  r.post(
    "/api/orgs/:slug/juries/:juryId/invitations",
    {
      config: { permission: "jury.manage" },
      schema: {
        tags,
        summary:
          "Send the one-time links to the members not yet invited (not to those awaiting consent)",
        params: juryParams,
        body: inviteSchema,
        response: {
          200: z.object({ invited: z.number().int(), waitingForConsent: z.number().int() }),
        },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return inviteMembers(db, sealer, {
        organizationId: organization.id,
        orgSlug: organization.slug,
        juryId: request.params.juryId,
        expiresAt: new Date(`${request.body.expiresOn}T23:59:59+02:00`),
        publicUrl: ctx.config.publicUrl,
        actor: { userId: session.user.id },
      });
    },
  );
}
