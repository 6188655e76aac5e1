import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { createMemberByStaff } from "../members.js";
import {
  contactsResponse,
  createdMemberResponse,
  memberListResponse,
  poolSettingsResponse,
  summaryResponse,
  toMemberList,
  toPoolSettings,
} from "../responses.js";
import type { PoolServices } from "../services.js";
import { loadSettings, saveSettings } from "../settings.js";
import { requirePoolScope } from "../sharing/scope.js";
import { memberContacts, poolSummary, searchMembers } from "../staff-list.js";
import { poolQuerySchema, searchSchema, settingsSchema, staffMemberSchema } from "../validation.js";

const slugParams = z.object({ slug: slugParam });
const tags = ["pool"];

/** Staff routes: the pool's settings, paper and phone sign-ups, size, search and contacts. */
export function poolStaffRoutes(app: FastifyInstance, ctx: ModuleContext<PoolServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/orgs/:slug/pool/settings",
    {
      config: { permission: "pool.manage" },
      schema: {
        tags,
        summary: "The pool's settings (staff)",
        params: slugParams,
        response: { 200: poolSettingsResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      return toPoolSettings(await loadSettings(db, organization.id));
    },
  );

  r.put(
    "/api/orgs/:slug/pool/settings",
    {
      config: { permission: "pool.manage" },
      schema: {
        tags,
        summary: "Save the pool's settings; a changed consent text gets a new version (staff)",
        params: slugParams,
        body: settingsSchema,
        response: { 200: poolSettingsResponse },
      },
    },
    async (request) => {
      const { organization, session } = request.member;
      const saved = await saveSettings(db, {
        organizationId: organization.id,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return toPoolSettings(saved);
    },
  );

  r.post(
    "/api/orgs/:slug/pool/members",
    {
      config: { permission: "pool.member.create" },
      schema: {
        tags,
        summary: "Enter a sign-up from a paper form, a phone call or an event (staff)",
        params: slugParams,
        body: staffMemberSchema,
        response: { 201: createdMemberResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const created = await createMemberByStaff(
        db,
        { ...ctx.services, publicUrl: ctx.config.publicUrl },
        { organization, input: request.body, actor: { userId: session.user.id } },
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    "/api/orgs/:slug/pool/summary",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary: "Pool size, members by status and growth per month (staff)",
        params: slugParams,
        querystring: poolQuerySchema,
        response: { 200: summaryResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      return poolSummary(db, scope);
    },
  );

  r.get(
    "/api/orgs/:slug/pool/members",
    {
      config: { permission: "pool.read" },
      schema: {
        tags,
        summary:
          "Members by municipality, age band, gender and status, without contact data (staff)",
        params: slugParams,
        querystring: searchSchema,
        response: { 200: memberListResponse },
      },
    },
    async (request) => {
      const { scope } = await requirePoolScope(db, request, { poolSlug: request.query.pool });
      return toMemberList(await searchMembers(db, { ...scope, input: request.query }));
    },
  );

  r.get(
    "/api/orgs/:slug/pool/contacts",
    {
      config: { permission: "pool.contact.read" },
      schema: {
        tags,
        summary:
          "Email addresses and phone numbers of the members found (staff; the read is logged)",
        params: slugParams,
        querystring: searchSchema,
        response: { 200: contactsResponse },
      },
    },
    async (request) => {
      const { scope, session } = await requirePoolScope(db, request, {
        poolSlug: request.query.pool,
      });
      const contacts = await memberContacts(db, ctx.services.sealer, {
        ...scope,
        userId: session.user.id,
        input: request.query,
      });
      return { contacts };
    },
  );
}
