import type { Server } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../http/testing.js";

/**
 * End to end against a real OpenID Connect provider (oidc-provider) on loopback: Kuulo redirects,
 * the "user" signs in at the provider (its development login form), the provider redirects back
 * with a code, Kuulo exchanges it (PKCE, state, nonce checked) and opens a session.
 */

const CALLBACK = "http://localhost:3000/api/auth/oidc/callback";

async function startProvider(): Promise<{ issuer: string; close: () => Promise<void> }> {
  const holder: { server?: Server } = {};
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const p = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "kuulo",
        client_secret: "kuulo-secret",
        redirect_uris: [CALLBACK],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    // The "account id" typed at the login form is used as the email address.
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: !sub.startsWith("unverified") }),
    }),
    features: { devInteractions: { enabled: true } },
  });
  holder.server = provider.listen(port, "127.0.0.1");
  await new Promise((resolve) => holder.server!.once("listening", resolve));
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        holder.server!.close(() => resolve());
        holder.server!.closeAllConnections();
      }),
  };
}

/** Follows the provider's redirects and dev forms like a browser, until it redirects to Kuulo. */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const store = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(CALLBACK)) return new URL(url);
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: cookieHeader(),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    store(response);
    form = undefined;
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get("location")!, url).href;
      continue;
    }
    const html = await response.text();
    if (html.includes('name="login"'))
      form = new URLSearchParams({ prompt: "login", login, password: "x" });
    else if (html.includes('value="consent"')) form = new URLSearchParams({ prompt: "consent" });
    else throw new Error(`unexpected provider page (${response.status}): ${html.slice(0, 300)}`);
  }
  throw new Error("too many steps at the provider");
}

describe("OpenID Connect sign-in per organization", () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let t: TestApp;
  let admin: StaffClient;

  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp();
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

  it("answers 404 for an organization without single sign-on", async () => {
    await t.createOrg("no-sso");
    const response = await t.app.inject({ method: "GET", url: "/api/auth/oidc/no-sso/start" });
    expect(response.statusCode).toBe(404);
  });
});
