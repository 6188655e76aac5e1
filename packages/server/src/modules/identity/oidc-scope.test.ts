import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { signInAtProvider, startProvider } from "./oidc-testing.js";

/**
 * Issue 10, item 1: an organization's identity provider vouches for that organization's staff
 * only. County A's admin adds county B's admin's address to A's staff, points A's single
 * sign-on at a provider they run themselves, and signs in there "as" B's admin. The session
 * must carry A's membership only: every B staff route answers 403. B's genuine provider keeps
 * working, and an email-link session (the mailbox's owner) still carries every membership.
 */

describe("sessions opened through an organization's identity provider", () => {
  let genuine: Awaited<ReturnType<typeof startProvider>>;
  let hostile: Awaited<ReturnType<typeof startProvider>>;
  let t: TestApp;
  let adminA: StaffClient;
  let victimId: string;

  async function configure(client: StaffClient, slug: string, issuer: string) {
    const response = await client.request({
      method: "PATCH",
      url: `/api/orgs/${slug}/settings`,
      payload: {
        oidc: { enabled: true, issuer, clientId: "kuulo", clientSecret: "kuulo-secret" },
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Signs in through the organization's provider as `login`; returns a client for the session. */
  async function oidcSession(slug: string, login: string): Promise<StaffClient> {
    const start = await t.app.inject({ method: "GET", url: `/api/auth/oidc/${slug}/start` });
    expect(start.statusCode, start.body).toBe(302);
    const callback = await signInAtProvider(String(start.headers.location), login);
    const back = await t.app.inject({
      method: "GET",
      url: `${callback.pathname}${callback.search}`,
    });
    expect(back.statusCode).toBe(302);
    expect(String(back.headers.location)).not.toMatch(/^\/sign-in\/error/);
    const cookie = cookieFrom(back);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    const csrfToken = me.json().csrfToken as string;
    return {
      email: login,
      cookie,
      csrfToken,
      request: (options) =>
        t.app.inject({
          ...options,
          headers: {
            ...(options.headers ?? {}),
            cookie,
            ...(options.method && options.method !== "GET" ? { "x-csrf-token": csrfToken } : {}),
          },
        }),
    };
  }

  beforeAll(async () => {
    genuine = await startProvider();
    hostile = await startProvider();
    t = await createTestApp({ OUTBOUND_URL_ALLOW: "http://127.0.0.1:*" });
    const a = await t.createOrg("county-a");
    const b = await t.createOrg("county-b");
    await t.addMember(a, "admin@county-a.fi", ["admin"]);
    victimId = await t.addMember(b, "admin@county-b.fi", ["admin"]);
    await t.addMember(b, "analyst@county-b.fi", ["analyst"]);
    const adminB = await t.signIn("admin@county-b.fi");
    await configure(adminB, "county-b", genuine.issuer);

    // County A's admin prepares the takeover with nothing but their own admin rights.
    adminA = await t.signIn("admin@county-a.fi");
    const added = await adminA.request({
      method: "POST",
      url: "/api/orgs/county-a/staff",
      payload: { email: "admin@county-b.fi", displayName: "Victim", roles: ["admin"] },
    });
    expect(added.statusCode, added.body).toBe(201);
    await configure(adminA, "county-a", hostile.issuer);
  });
  afterAll(async () => {
    await t.close();
    await genuine.close();
    await hostile.close();
  });

  it("gives the hostile provider's session county A's membership only", async () => {
    const forged = await oidcSession("county-a", "admin@county-b.fi");
    const me = await forged.request({ method: "GET", url: "/api/me" });
    expect(me.json().memberships.map((m: { org: { slug: string } }) => m.org.slug)).toEqual([
      "county-a",
    ]);
  });

  it("answers 403 on every staff route of county B to that session, and changes nothing", async () => {
    const forged = await oidcSession("county-a", "admin@county-b.fi");
    const routes = t.app.routeTable
      // Staff routes only: public ones (the legal pages, accessibility feedback) answer anyone.
      .filter((r) => (r.config as { access?: string } | undefined)?.access !== "public")
      .flatMap((r) =>
        (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ method, url: r.url })),
      )
      .filter(
        (r) =>
          r.url.startsWith("/api/orgs/:slug/") &&
          r.method !== "HEAD" &&
          r.url !== "/api/orgs/:slug/logo",
      );
    expect(routes.length).toBeGreaterThan(10);
    const fill = (url: string) =>
      url.replace(/:(\w+)/g, (_m, name: string) =>
        name === "slug"
          ? "county-b"
          : name === "userId"
            ? victimId
            : name === "tid"
              ? "0"
              : name === "file"
                ? url.includes("/pool/rounds/")
                  ? "letters.pdf"
                  : "votes.csv"
                : name === "kind"
                  ? "privacy"
                  : "00000000-0000-4000-8000-000000000000",
      );
    const writes: Record<string, unknown> = {
      "PATCH /api/orgs/:slug/settings": { themeColor: "#123456" },
      "POST /api/orgs/:slug/staff": {
        email: "intruder@county-a.fi",
        displayName: "Intruder",
        roles: ["admin"],
      },
      "PATCH /api/orgs/:slug/staff/:userId": { roles: ["viewer"] },
    };
    const refused: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (route.method !== "GET" && route.method !== "DELETE" && !(key in writes)) continue;
      const response = await forged.request({
        method: route.method as HTTPMethods,
        url: fill(route.url),
        ...(writes[key] ? { payload: writes[key] as object } : {}),
      });
      expect(response.statusCode, `${key}: ${response.body}`).toBe(403);
      refused.push(key);
    }
    expect(refused).toEqual(
      expect.arrayContaining([
        "GET /api/orgs/:slug/staff",
        "POST /api/orgs/:slug/staff",
        "PATCH /api/orgs/:slug/staff/:userId",
        "DELETE /api/orgs/:slug/staff/:userId",
        "GET /api/orgs/:slug/settings",
        "PATCH /api/orgs/:slug/settings",
        "GET /api/orgs/:slug/audit",
      ]),
    );
    const adminB = await t.signIn("admin@county-b.fi");
    const staff = await adminB.request({ method: "GET", url: "/api/orgs/county-b/staff" });
    expect(staff.json().staff.map((m: { email: string }) => m.email)).toEqual([
      "admin@county-b.fi",
      "analyst@county-b.fi",
    ]);
    const settings = await adminB.request({ method: "GET", url: "/api/orgs/county-b/settings" });
    expect(settings.json().oidc.issuer).toBe(genuine.issuer);
  });

  it("keeps county B's genuine sign-on working, scoped to county B", async () => {
    const real = await oidcSession("county-b", "admin@county-b.fi");
    expect(
      (await real.request({ method: "GET", url: "/api/orgs/county-b/staff" })).statusCode,
    ).toBe(200);
    // County B's provider cannot vouch for county A either.
    expect(
      (await real.request({ method: "GET", url: "/api/orgs/county-a/staff" })).statusCode,
    ).toBe(403);
    const me = await real.request({ method: "GET", url: "/api/me" });
    expect(me.json().memberships).toEqual([
      {
        org: { slug: "county-b", name: expect.any(Object) },
        roles: ["admin"],
        permissions: expect.arrayContaining(["staff.manage"]),
        displayName: expect.any(String),
      },
    ]);
  });

  it("lets an email-link session (the mailbox's owner) carry every membership", async () => {
    const mailbox = await t.signIn("admin@county-b.fi");
    const me = await mailbox.request({ method: "GET", url: "/api/me" });
    expect(me.json().memberships.map((m: { org: { slug: string } }) => m.org.slug)).toEqual([
      "county-a",
      "county-b",
    ]);
    expect(
      (await mailbox.request({ method: "GET", url: "/api/orgs/county-b/staff" })).statusCode,
    ).toBe(200);
  });
});
