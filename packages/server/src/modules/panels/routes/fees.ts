import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { attendanceList, SEATED, setAttendance } from "../fees/attendance.js";
import { givePaymentDetails, paymentDetailsStatus, readPaymentDetails } from "../fees/details.js";
import { myFees } from "../fees/my-fees.js";
import {
  attendanceResponse,
  checkInResponse,
  detailsResponse,
  detailsStatusResponse,
  myFeesResponse,
} from "../fees/responses.js";
import { attendanceSchema, paymentDetailsSchema } from "../fees/validation.js";
import type { PanelServices } from "../services.js";
import { panelistOfRequest } from "./panelist-session.js";

const staffTags = ["panels (staff)"];
const sessionParams = z.object({ slug: slugParam, panelId: z.uuid(), sessionId: z.uuid() });
const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });

/**
 * Attendance check-in at sessions, panelists' payment details (given in their space, read by
 * staff holding `payments`, every read audited) and the panelist's own fee status.
 */
export function panelFeeRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const { sealer } = ctx.services;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/panels/:panelId/sessions/:sessionId/attendance",
    {
      config: { permission: "panel.attendance" },
      schema: {
        tags: staffTags,
        summary: "The check-in list of a session: seated panelists and when each was checked in",
        params: sessionParams,
        response: { 200: attendanceResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const list = await attendanceList(db, sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        sessionId: request.params.sessionId,
        actor: { userId: session.user.id },
      });
      const s = list.session;
      return {
        session: { id: s.id, date: s.date, startTime: s.startTime, place: s.place },
        panelists: list.panelists,
      };
    },
  );

  r.put(
    "/api/orgs/:slug/panels/:panelId/sessions/:sessionId/attendance",
    {
      config: { permission: "panel.attendance" },
      schema: {
        tags: staffTags,
        summary: "Check a panelist in at the session (present: true), or undo the check-in",
        params: sessionParams,
        body: attendanceSchema,
        response: { 200: checkInResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return setAttendance(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        sessionId: request.params.sessionId,
        ...request.body,
        actor: { userId: session.user.id },
      });
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/payment-details",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags: staffTags,
        summary: "Who of the seated panelists has given payment details, and when (no values)",
        params: panelParams,
        response: { 200: detailsStatusResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return {
        panelists: await paymentDetailsStatus(db, sealer, {
          organizationId: organization.id,
          panelId: request.params.panelId,
          actor: { userId: session.user.id },
        }),
      };
    },
  );

  r.get(
    "/api/orgs/:slug/panels/:panelId/payment-details/:candidateId",
    {
      config: { permission: "payments.manage" },
      schema: {
        tags: staffTags,
        summary: "A panelist's payment details (audited; the personal identity code redacted)",
        params: panelParams.extend({ candidateId: z.uuid() }),
        response: { 200: detailsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      return readPaymentDetails(db, sealer, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        candidateId: request.params.candidateId,
        actor: { userId: session.user.id },
      });
    },
  );

  r.get(
    "/api/orgs/:slug/panelists/me/fees",
    {
      config: { access: "public" },
      schema: {
        tags: ["panels (public)"],
        summary: "The panelist's own fee status: sessions attended, details given, payments",
        params: z.object({ slug: slugParam }),
        response: { 200: myFeesResponse },
      },
    },
    async (request) => {
      const p = await panelistOfRequest(db, request.params.slug, request);
      return myFees(db, sealer, { panel: p.panel, candidateId: p.candidate.id });
    },
  );

  r.put(
    "/api/orgs/:slug/panelists/me/payment-details",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags: ["panels (public)"],
        summary: "Give or replace the panelist's payment details (sealed at rest)",
        params: z.object({ slug: slugParam }),
        body: paymentDetailsSchema,
        response: { 200: myFeesResponse },
      },
    },
    async (request) => {
      const p = await panelistOfRequest(db, request.params.slug, request);
      if (!(SEATED as readonly string[]).includes(p.candidate.status))
        throw new AppError("auth.forbidden", "Only seated panelists are paid fees.");
      await givePaymentDetails(db, sealer, {
        organizationId: p.organization.id,
        panelId: p.panel.id,
        candidateId: p.candidate.id,
        input: request.body,
        retentionYears: ctx.services.paymentRetentionYears,
      });
      return myFees(db, sealer, { panel: p.panel, candidateId: p.candidate.id });
    },
  );
}
