import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { leavePool } from "../erase.js";
import { confirmByCode, confirmByLink, joinPool } from "../members.js";
import {
  joinFormResponse,
  joinReceipt,
  myDataResponse,
  sessionResponse,
  toMyData,
  toPoolForm,
  withdrawResponse,
} from "../responses.js";
import {
  correctMyData,
  myData,
  myDataCsv,
  openSelfService,
  requestSelfServiceLink,
  withdrawConsent,
} from "../self-service.js";
import type { PoolServices } from "../services.js";
import { loadSettings } from "../settings.js";
import { acceptedPartners } from "../sharing/agreements.js";
import {
  codeSchema,
  correctionSchema,
  linkRequestSchema,
  memberSchema,
  tokenSchema,
  withdrawSchema,
} from "../validation.js";

const slugParams = z.object({ slug: slugParam });
/** The self-service session (from POST …/pool/me/session) travels in this header, never a cookie. */
export const sessionHeaders = z.object({ "x-pool-session": z.string().min(16).max(100) });
const tags = ["pool"];

/** Residents' routes: the join form, double opt-in, and self-service through a one-time link. */
export function poolResidentRoutes(app: FastifyInstance, ctx: ModuleContext<PoolServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ ...ctx.services, publicUrl: ctx.config.publicUrl });
  const orgOf = (slug: string) => findOrganizationBySlug(db, slug);

  r.get(
    "/api/orgs/:slug/pool/form",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "What the pool's join page asks: municipalities, questions, themes, consent texts",
        params: slugParams,
        response: { 200: joinFormResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      const partners = await acceptedPartners(db, { organizationId: org.id });
      return {
        ...toPoolForm(await loadSettings(db, org.id)),
        partners: partners.map(({ id, slug, name }) => ({ id, slug, name })),
      };
    },
  );

  r.post(
    "/api/orgs/:slug/pool/join",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Join the resident pool; confirmed by the email link or the SMS code",
        params: slugParams,
        body: memberSchema,
        response: { 202: joinReceipt },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      const receipt = await joinPool(db, deps(), {
        organization: org,
        input: request.body,
        clientAddress: request.ip,
      });
      return reply.status(202).send(receipt);
    },
  );

  r.post(
    "/api/orgs/:slug/pool/confirm",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Confirm joining with the token of the email link",
        params: slugParams,
        body: tokenSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      await confirmByLink(db, { organizationId: org.id, token: request.body.token });
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/orgs/:slug/pool/confirm-code",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Confirm joining with the SMS code (members who gave only a phone number)",
        params: slugParams,
        body: codeSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      await confirmByCode(db, ctx.services, { organizationId: org.id, ...request.body });
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/orgs/:slug/pool/me/link",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Send a one-time self-service link (same answer whether or not you are a member)",
        params: slugParams,
        body: linkRequestSchema,
        response: { 202: z.object({ status: z.literal("sent") }) },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      await requestSelfServiceLink(db, deps(), {
        organization: org,
        ...request.body,
        clientAddress: request.ip,
      });
      return reply.status(202).send({ status: "sent" as const });
    },
  );

  r.post(
    "/api/orgs/:slug/pool/me/session",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Open self-service with the one-time link's token: a session for 30 minutes",
        params: slugParams,
        body: tokenSchema,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      const opened = await openSelfService(db, {
        organizationId: org.id,
        token: request.body.token,
      });
      return { session: opened.session, expiresAt: opened.expiresAt.toISOString() };
    },
  );

  r.get(
    "/api/orgs/:slug/pool/me",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "Everything stored about you in the pool, with your consent history (self-service)",
        params: slugParams,
        headers: sessionHeaders,
        response: { 200: myDataResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      return toMyData(
        await myData(db, ctx.services, {
          organizationId: org.id,
          session: request.headers["x-pool-session"],
        }),
      );
    },
  );

  r.get(
    "/api/orgs/:slug/pool/me/download",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Download everything stored about you as JSON or CSV (self-service)",
        params: slugParams,
        querystring: z.object({ format: z.enum(["json", "csv"]).default("json") }),
        headers: sessionHeaders,
        response: {
          200: {
            description: "The file, as an attachment",
            content: {
              "application/json": { schema: myDataResponse },
              "text/csv": { schema: z.string() },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      const data = await myData(db, ctx.services, {
        organizationId: org.id,
        session: request.headers["x-pool-session"],
      });
      const csv = request.query.format === "csv";
      return reply
        .header("content-type", csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="asukaspooli-omat-tiedot.${request.query.format}"`,
        )
        .header("cache-control", "no-store")
        .send(csv ? myDataCsv(data) : JSON.stringify(toMyData(data), null, 2));
    },
  );

  r.patch(
    "/api/orgs/:slug/pool/me",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Correct your data (self-service)",
        params: slugParams,
        headers: sessionHeaders,
        body: correctionSchema,
        response: { 200: myDataResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      const session = request.headers["x-pool-session"];
      await correctMyData(
        db,
        { ...ctx.services, publicUrl: ctx.config.publicUrl },
        {
          organizationId: org.id,
          session,
          input: request.body,
        },
      );
      return toMyData(await myData(db, ctx.services, { organizationId: org.id, session }));
    },
  );

  r.post(
    "/api/orgs/:slug/pool/me/withdraw",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary:
          "Withdraw consent for a purpose, a channel, or a purpose on a channel (self-service)",
        params: slugParams,
        headers: sessionHeaders,
        body: withdrawSchema,
        response: { 200: withdrawResponse },
      },
    },
    async (request) => {
      const org = await orgOf(request.params.slug);
      const withdrawn = await withdrawConsent(db, {
        organizationId: org.id,
        session: request.headers["x-pool-session"],
        ...request.body,
      });
      return { withdrawn };
    },
  );

  r.delete(
    "/api/orgs/:slug/pool/me",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Leave the pool: your contact data is deleted at once (self-service)",
        params: slugParams,
        headers: sessionHeaders,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const org = await orgOf(request.params.slug);
      await leavePool(db, { organizationId: org.id, session: request.headers["x-pool-session"] });
      return reply.status(204).send();
    },
  );
}
