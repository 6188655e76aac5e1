import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { findOrganizationBySlug, type Organization } from "../../organizations/index.js";
import { tableHistory } from "../measures.js";
import { openDataCsv, openDataJson } from "../open-data.js";
import { publicTableResponse, toChange, toRecommendations, toTableSummary } from "../responses.js";
import type { ActionServices } from "../services.js";
import { confirmSubscription, subscribe, tablePageUrl, unsubscribe } from "../subscriptions.js";
import { type ActionTable, findPublishedTable, tableRows } from "../tables.js";
import { subscribeSchema, tokenSchema } from "../validation.js";

const tags = ["actions (public)"];
const subscribeReceipt = z.object({ status: z.literal("confirmation_sent") });
const tableSlug = z.string().min(1).max(60);
const tableParams = z.object({ slug: slugParam, table: tableSlug });

/** What a kept public answer is valid for: the table as last changed (and its address). */
const stamp = (table: ActionTable) => table.updatedAt.getTime();

/** The stable URLs of a published table: its page and its open data as CSV and JSON. */
export function publicUrls(publicUrl: string, org: Organization, table: ActionTable) {
  const api = `${publicUrl.replace(/\/$/, "")}/api/orgs/${org.slug}/actions/open/${table.slug}`;
  return {
    page: tablePageUrl(publicUrl, org.slug, table.slug),
    csv: `${api}.csv`,
    json: `${api}.json`,
  };
}

/** Residents: a published table, its change log, open data, subscribing to its changes. */
export function actionPublicRoutes(app: FastifyInstance, ctx: ModuleContext<ActionServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const published = async (slug: string, table: string) => {
    const organization = await findOrganizationBySlug(db, slug);
    return {
      organization,
      table: await findPublishedTable(db, { organizationId: organization.id, slug: table }),
    };
  };

  r.get(
    "/api/orgs/:slug/actions/public/:table",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A published action table: recommendations, measures and the public change log",
        params: tableParams,
        response: { 200: publicTableResponse },
      },
    },
    async (request, reply) => {
      const { organization, table } = await published(request.params.slug, request.params.table);
      // Kept as sent while the table is unchanged: a table of 1,000 rows answers in a few ms.
      const body = await ctx.services.publicAnswers.get(
        `${table.id}:page`,
        stamp(table),
        async () => {
          const { id: _id, reminderMonths: _r, sourceId: _s, ...summary } = toTableSummary(table);
          const changes = (await tableHistory(db, { tableId: table.id, limit: 200 })).filter(
            (h) => h.measureId,
          );
          const answer: z.infer<typeof publicTableResponse> = {
            ...summary,
            recommendations: toRecommendations(await tableRows(db, table)),
            changes: changes.map(toChange),
            urls: publicUrls(ctx.config.publicUrl, organization, table),
          };
          return JSON.stringify(publicTableResponse.parse(answer));
        },
      );
      // Already checked against the schema and serialized: sent as it is.
      return reply
        .type("application/json; charset=utf-8")
        .serializer((x) => x as string)
        .send(body as never);
    },
  );

  r.get(
    "/api/orgs/:slug/actions/open/:file",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Open data of a published table: {table}.csv (the import layout) or {table}.json",
        params: z.object({
          slug: slugParam,
          file: z
            .string()
            .max(70)
            .regex(/^[a-z0-9-]+\.(csv|json)$/, "must be TABLE.csv or TABLE.json"),
        }),
        response: {
          200: {
            description: "The table as CSV or JSON",
            content: {
              "text/csv": { schema: z.string() },
              "application/json": {
                schema: z.record(z.string(), z.unknown()).describe("The table"),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const [name, extension] = request.params.file.split(".") as [string, "csv" | "json"];
      const { organization, table } = await published(request.params.slug, name);
      reply
        .header("cache-control", "public, max-age=300")
        .header("access-control-allow-origin", "*");
      const body = await ctx.services.publicAnswers.get(
        `${table.id}:${extension}`,
        stamp(table),
        async () => {
          const rows = await tableRows(db, table);
          if (extension === "csv") return openDataCsv(table, rows);
          return JSON.stringify(
            openDataJson({
              table,
              organizationSlug: organization.slug,
              rows,
              urls: publicUrls(ctx.config.publicUrl, organization, table),
            }),
          );
        },
      );
      if (extension === "csv") {
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${table.slug}.csv"`)
          .send(body);
      }
      return reply.header("content-type", "application/json; charset=utf-8").send(body);
    },
  );

  r.post(
    "/api/orgs/:slug/actions/public/:table/subscribe",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Subscribe to a table's changes by email (confirmed by the mailed link)",
        params: tableParams,
        body: subscribeSchema,
        response: { 202: subscribeReceipt },
      },
    },
    async (request, reply) => {
      const { organization, table } = await published(request.params.slug, request.params.table);
      await subscribe(db, {
        organization,
        table,
        ...request.body,
        publicUrl: ctx.config.publicUrl,
      });
      // The same answer whether or not the address was subscribed already.
      return reply.status(202).send({ status: "confirmation_sent" as const });
    },
  );

  r.post(
    "/api/orgs/:slug/actions/subscriptions/confirm",
    {
      config: { access: "public", csrf: false },
      schema: {
        tags,
        summary: "Confirm a subscription with the mailed token",
        params: z.object({ slug: slugParam }),
        body: tokenSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const organization = await findOrganizationBySlug(db, request.params.slug);
      await confirmSubscription(db, { organizationId: organization.id, token: request.body.token });
      return reply.status(204).send();
    },
  );

  app.register(async (scoped) => {
    // Mail clients send the one-click unsubscribe (RFC 8058) as a urlencoded or multipart
    // form; the token alone decides, so the body is read only to be let through.
    scoped.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 4096 },
      (_request, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(body as string).entries())),
    );
    scoped.addContentTypeParser(
      "multipart/form-data",
      { parseAs: "string", bodyLimit: 4096 },
      (_request, _body, done) => done(null, {}),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      "/api/orgs/:slug/actions/unsubscribe/:token",
      {
        config: { access: "public", csrf: false },
        schema: {
          tags,
          summary: "Unsubscribe (RFC 8058 one-click from the mail, or the web page's button)",
          params: z.object({ slug: slugParam, token: z.string().min(16).max(100) }),
          body: z.record(z.string().max(64), z.string().max(200)).nullish(),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const organization = await findOrganizationBySlug(db, request.params.slug);
        if (
          !(await unsubscribe(db, { organizationId: organization.id, token: request.params.token }))
        ) {
          throw new AppError("not_found", "No such unsubscribe link.");
        }
        return reply.status(204).send();
      },
    );
  });
}
