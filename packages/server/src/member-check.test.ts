import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineModule } from "./modules/define.js";
import type { Organization } from "./modules/organizations/index.js";
import { createTestApp, type TestApp } from "./test-app.js";

// The member check on the assembled app: a route of a test's own module declares a permission
// and never checks it itself, so only the check the app applies (http/permissions.ts, with
// identity's requireMember) can refuse whoever lacks it and give the handler its member.

const probeModule = defineModule({
  name: "probe",
  tables: {},
  auditActions: [],
  routes: [
    (app: FastifyInstance) => {
      app.get(
        "/api/orgs/:slug/probe",
        { config: { permission: "conversation.moderate" } },
        async (request) => {
          const { organization, session, roles, can } = request.member;
          return {
            organizationId: organization.id,
            email: session.user.email,
            roles,
            canEdit: can("conversation.edit"),
          };
        },
      );
    },
  ],
});

describe("the member check on every permission route", () => {
  let t: TestApp;
  let own: Organization;

  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT: "1000" }, { extraModules: [probeModule] });
    own = await t.createOrg("oma-kunta");
    const other = await t.createOrg("muu-kunta");
    await t.addMember(own, "moderaattori@oma-kunta.fi", ["moderator"]);
    await t.addMember(own, "katselija@oma-kunta.fi", ["viewer"]);
    await t.addMember(other, "admin@muu-kunta.fi", ["admin"]);
  });
  afterAll(async () => t.close());

  it("gives the handler the member holding the route's permission in the URL's organization", async () => {
    const moderator = await t.signIn("moderaattori@oma-kunta.fi");
    const answer = await moderator.request({ method: "GET", url: "/api/orgs/oma-kunta/probe" });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      organizationId: own.id,
      email: "moderaattori@oma-kunta.fi",
      roles: ["moderator"],
      canEdit: false,
    });
  });

  it("refuses a member without the permission, another organization's admin and the anonymous", async () => {
    const viewer = await t.signIn("katselija@oma-kunta.fi");
    const refused = await viewer.request({ method: "GET", url: "/api/orgs/oma-kunta/probe" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: "auth.forbidden",
      detail:
        "This needs the permission conversation.moderate, which none of your roles here holds.",
    });
    const outsider = await t.signIn("admin@muu-kunta.fi");
    const elsewhere = await outsider.request({ method: "GET", url: "/api/orgs/oma-kunta/probe" });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().detail).toBe("You are not on the staff of this organization.");
    const anonymous = await t.app.inject({ method: "GET", url: "/api/orgs/oma-kunta/probe" });
    expect(anonymous.statusCode).toBe(401);
    const unknown = await outsider.request({ method: "GET", url: "/api/orgs/ei-ole/probe" });
    expect(unknown.statusCode).toBe(404);
  });
});
