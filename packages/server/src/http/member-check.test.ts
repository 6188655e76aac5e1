import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors.js";
import {
  composePermissions,
  declarePermissions,
  installMemberCheck,
  installPermissions,
  type MemberResolver,
  type Permission,
  type RouteMember,
} from "./permissions.js";
import { installProblemHandler } from "./problems.js";

// The member check on a bare app, with a resolver of its own: it runs for a route that declares
// a permission, after the schema has validated the request, and gives the handler its member.

const sample = declarePermissions({
  module: "sample",
  title: "Sample",
  permissions: { "sample.read": { allows: "Read samples.", roles: ["admin"] } },
});
const table = composePermissions({ roles: ["admin"], modules: [sample] });
const READ = "sample.read" as Permission;

interface Call {
  slug: string;
  permission: Permission;
}

async function appWith(
  routes: (app: FastifyInstance) => void,
): Promise<{ app: FastifyInstance; calls: Call[] }> {
  const calls: Call[] = [];
  // A member of "oma-kunta" only; the base does not know what a member is (identity says).
  const resolve: MemberResolver = async (_request, slug, permission) => {
    calls.push({ slug, permission });
    if (slug !== "oma-kunta") throw new AppError("auth.forbidden", "Not on the staff here.");
    return { organization: { slug } } as unknown as RouteMember;
  };
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandler(app);
  installPermissions(app, table);
  installMemberCheck(app, resolve);
  routes(app);
  await app.ready();
  return { app, calls };
}

/** What a handler sees as its member, as the resolver above made it. */
const slugOf = (request: FastifyRequest) =>
  (request.member as unknown as { organization: { slug: string } }).organization.slug;

describe("the member check", () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => app?.close());

  const permissionRoute = (a: FastifyInstance) =>
    a.get(
      "/api/orgs/:slug/samples",
      {
        config: { permission: READ },
        schema: {
          params: z.object({ slug: z.string() }),
          querystring: z.object({ n: z.coerce.number().int().max(9) }),
        },
      },
      async (request) => ({ slug: slugOf(request) }),
    );

  it("finds the member with the route's slug and permission and gives it to the handler", async () => {
    const built = await appWith(permissionRoute);
    app = built.app;
    const ok = await app.inject({ url: "/api/orgs/oma-kunta/samples?n=1" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ slug: "oma-kunta" });
    expect(built.calls).toEqual([{ slug: "oma-kunta", permission: READ }]);
  });

  it("answers the resolver's refusal without running the handler", async () => {
    let ran = false;
    const built = await appWith((a) =>
      a.get("/api/orgs/:slug/samples", { config: { permission: READ } }, async () => {
        ran = true;
        return {};
      }),
    );
    app = built.app;
    const refused = await app.inject({ url: "/api/orgs/muu-kunta/samples" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: "auth.forbidden",
      detail: "Not on the staff here.",
    });
    expect(ran).toBe(false);
  });

  it("runs after validation: a malformed request is 400 before it is 403", async () => {
    const built = await appWith(permissionRoute);
    app = built.app;
    const malformed = await app.inject({ url: "/api/orgs/muu-kunta/samples?n=99" });
    expect(malformed.statusCode).toBe(400);
    expect(built.calls).toEqual([]);
  });

  it("leaves routes without a permission alone, and their handlers cannot read a member", async () => {
    const built = await appWith((a) => {
      a.get("/api/orgs/:slug/open", { config: { access: "public" } }, async (request) => {
        try {
          return { slug: slugOf(request) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      });
      a.get("/api/orgs/:slug/unhandled", { config: { access: "public" } }, async (request) => ({
        slug: slugOf(request),
      }));
    });
    app = built.app;
    const open = await app.inject({ url: "/api/orgs/oma-kunta/open" });
    expect(open.json()).toEqual({
      error: "GET /api/orgs/:slug/open declares no permission: there is no member to read",
    });
    // Uncaught, it is a programming error (500), never a member of nobody.
    const unhandled = await app.inject({ url: "/api/orgs/oma-kunta/unhandled" });
    expect(unhandled.statusCode).toBe(500);
    expect(built.calls).toEqual([]);
  });

  it("refuses at start-up a permission route that does not name its organization", async () => {
    await expect(
      appWith((a) => a.get("/api/samples", { config: { permission: READ } }, async () => ({}))),
    ).rejects.toThrow(/GET \/api\/samples: a permission route names its organization/);
  });
});
