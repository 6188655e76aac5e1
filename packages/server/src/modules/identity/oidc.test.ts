import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { signInAtProvider, startProvider } from "./oidc-testing.js";
import { oidcLogins } from "./schema.js";

/**
 * End to end against a real OpenID Connect provider (oidc-provider) on loopback: Kuulo redirects,
 * the "user" signs in at the provider (its development login form), the provider redirects back
 * with a code, Kuulo exchanges it (PKCE, state, nonce checked) and opens a session.
 */

describe("OpenID Connect sign-in per organization", () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let t: TestApp;
  let admin: StaffClient;

  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp({ OUTBOUND_URL_ALLOW: "http://127.0.0.1:*" });
    const org = await t.createOrg("sso-county");
    await t.addMember(org, "admin@sso-county.fi", ["admin"]);
    await t.addMember(org, "analyst@sso-county.fi", ["analyst"]);
    admin = await t.signIn("admin@sso-county.fi");
    const configured = await admin.request({
      method: "PATCH",
      url: "/api/orgs/sso-county/settings",
      payload: {
        oidc: {
          enabled: true,
          issuer: provider.issuer,
          clientId: "kuulo",
          clientSecret: "kuulo-secret",
        },
      },
    });
    expect(configured.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  async function runFlow(login: string) {
    const start = await t.app.inject({ method: "GET", url: "/api/orgs/sso-county" });
    expect(start.json().oidcEnabled).toBe(true);
    const redirect = await t.app.inject({
      method: "GET",
      url: "/api/auth/oidc/sso-county/start?returnTo=/sso-county/staff/audit",
    });
    expect(redirect.statusCode).toBe(302);
    const location = String(redirect.headers.location);
    expect(location.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    expect(new URL(location).searchParams.get("code_challenge_method")).toBe("S256");
    const callback = await signInAtProvider(location, login);
    return t.app.inject({ method: "GET", url: `${callback.pathname}${callback.search}` });
  }

  it("signs a staff member in and returns them where they were going", async () => {
    const back = await runFlow("analyst@sso-county.fi");
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe("/sso-county/staff/audit");
    const cookie = String(back.headers["set-cookie"]).split(";")[0]!;
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { email: "analyst@sso-county.fi" } });
    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/sso-county/audit?action=staff.signed_in",
    });
    expect(audit.json().events[0]).toMatchObject({
      actor: { email: "analyst@sso-county.fi" },
      detail: { method: "oidc" },
    });
  });

  it("refuses someone the provider knows but who is not on the organization's staff", async () => {
    const back = await runFlow("stranger@elsewhere.fi");
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe("/sign-in/error?code=auth.forbidden");
    expect(back.headers["set-cookie"]).toBeUndefined();
  });

  it("refuses a replayed callback (state is single-use)", async () => {
    const redirect = await t.app.inject({ method: "GET", url: "/api/auth/oidc/sso-county/start" });
    const callback = await signInAtProvider(
      String(redirect.headers.location),
      "analyst@sso-county.fi",
    );
    const first = await t.app.inject({
      method: "GET",
      url: `${callback.pathname}${callback.search}`,
    });
    expect(first.headers.location).toBe("/sso-county/staff");
    const replay = await t.app.inject({
      method: "GET",
      url: `${callback.pathname}${callback.search}`,
    });
    expect(replay.headers.location).toBe("/sign-in/error?code=auth.oidc_failed");
  });

  it("refuses return paths that leave the site or carry control characters", async () => {
    for (const returnTo of [
      "/%09/evil.example",
      "/a%0Ab",
      "/%0A",
      "/..//evil.example",
      "/%5Cevil",
    ]) {
      const response = await t.app.inject({
        method: "GET",
        url: `/api/auth/oidc/sso-county/start?returnTo=${returnTo}`,
      });
      expect(response.statusCode, returnTo).toBe(400);
      expect(response.json()).toMatchObject({ code: "validation.failed" });
    }
  });

  it("checks a stored return path before opening the session: a new line never gives 500", async () => {
    const redirect = await t.app.inject({
      method: "GET",
      url: "/api/auth/oidc/sso-county/start?returnTo=/sso-county/staff/audit",
    });
    const state = new URL(String(redirect.headers.location)).searchParams.get("state")!;
    // As if stored before the check was tightened.
    await t.database.db
      .update(oidcLogins)
      .set({ returnTo: "/x\n/evil.example" })
      .where(eq(oidcLogins.state, state));
    const callback = await signInAtProvider(
      String(redirect.headers.location),
      "analyst@sso-county.fi",
    );
    const back = await t.app.inject({
      method: "GET",
      url: `${callback.pathname}${callback.search}`,
    });
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe("/sso-county/staff");
  });

  it("answers 404 for an organization without single sign-on", async () => {
    await t.createOrg("no-sso");
    const response = await t.app.inject({ method: "GET", url: "/api/auth/oidc/no-sso/start" });
    expect(response.statusCode).toBe(404);
  });
});
