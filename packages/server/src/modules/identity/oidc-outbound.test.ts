import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { organizations } from "../organizations/schema.js";

/**
 * Issue 10, item 10: an admin (or a discovery document) must not make Kuulo call addresses
 * inside its own network, and the answers must not tell which internal ports are open.
 * Only literal addresses and "localhost" are used: no DNS question leaves the machine.
 */

interface Listener {
  server: Server;
  origin: string;
  port: number;
  hits: string[];
}

async function listen(
  handler: (url: string, response: import("node:http").ServerResponse) => void,
): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    handler(request.url ?? "/", response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, origin: `http://127.0.0.1:${port}`, hits };
}

function close(listener: Listener): Promise<void> {
  return new Promise((resolve) => {
    listener.server.close(() => resolve());
    listener.server.closeAllConnections();
  });
}

describe("outbound URL policy for single sign-on", () => {
  let internal: Listener;
  let fakeProvider: Listener;
  let t: TestApp;
  let admin: StaffClient;

  beforeAll(async () => {
    // A service inside the network that must never be reached.
    internal = await listen((_url, response) => response.writeHead(200).end("internal"));
    // A provider whose discovery document sends the token request inside.
    fakeProvider = await listen((url, response) => {
      if (url === "/.well-known/openid-configuration") {
        response.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            issuer: fakeProvider.origin,
            authorization_endpoint: `${fakeProvider.origin}/auth`,
            token_endpoint: `http://localhost:${internal.port}/token`,
            jwks_uri: `${fakeProvider.origin}/jwks`,
            response_types_supported: ["code"],
            subject_types_supported: ["public"],
            id_token_signing_alg_values_supported: ["RS256"],
          }),
        );
      } else response.writeHead(404).end();
    });
    // Only the fake provider's own origin is allow-listed, as in development.
    t = await createTestApp({ OUTBOUND_URL_ALLOW: fakeProvider.origin });
    const org = await t.createOrg("outbound-county");
    await t.addMember(org, "admin@outbound-county.fi", ["admin"]);
    admin = await t.signIn("admin@outbound-county.fi");
  });
  afterAll(async () => {
    await t.close();
    await close(internal);
    await close(fakeProvider);
  });

  it("refuses an issuer on loopback, private or link-local addresses, or not https, at save", async () => {
    for (const issuer of [
      `http://127.0.0.1:${internal.port}`,
      "http://127.1",
      "https://127.1",
      "https://[::1]",
      "https://[::ffff:127.0.0.1]",
      "https://0x7f000001",
      "https://169.254.169.254",
      "https://10.1.2.3",
      "https://localhost",
      "file:///etc/passwd",
      "gopher://127.0.0.1:70/_",
      "http://93.184.215.14",
    ]) {
      const response = await admin.request({
        method: "PATCH",
        url: "/api/orgs/outbound-county/settings",
        payload: { oidc: { enabled: true, issuer, clientId: "kuulo" } },
      });
      expect(response.statusCode, `${issuer}: ${response.body}`).toBe(400);
      expect(response.json().errors[0]).toMatchObject({
        path: "body.oidc.issuer",
        code: "address_not_allowed",
      });
    }
    expect(internal.hits).toEqual([]);
  });

  it("refuses a discovery document that points the token request inside", async () => {
    const saved = await admin.request({
      method: "PATCH",
      url: "/api/orgs/outbound-county/settings",
      payload: { oidc: { enabled: true, issuer: fakeProvider.origin, clientId: "kuulo" } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const start = await t.app.inject({
      method: "GET",
      url: "/api/auth/oidc/outbound-county/start",
    });
    expect(start.statusCode, start.body).toBe(302);
    const state = new URL(String(start.headers.location)).searchParams.get("state");
    const back = await t.app.inject({
      method: "GET",
      url: `/api/auth/oidc/callback?code=stolen&state=${state}`,
    });
    expect(back.headers.location).toBe("/sign-in/error?code=auth.oidc_failed");
    expect(back.headers["set-cookie"]).toBeUndefined();
    expect(internal.hits).toEqual([]);
  });

  it("answers the same whether an issuer's port is closed, open or not allowed", async () => {
    const closed = await listen(() => {});
    await close(closed);
    // Stored as if saved before the policy existed: the policy also holds at use.
    const details = [];
    for (const issuer of [
      `http://127.0.0.1:${closed.port}`,
      `http://127.0.0.1:${internal.port}`,
      `${fakeProvider.origin}/nothing-here`,
    ]) {
      await t.database.db
        .update(organizations)
        .set({ oidcEnabled: true, oidcIssuer: issuer, oidcClientId: `kuulo-${details.length}` })
        .where(eq(organizations.slug, "outbound-county"));
      const start = await t.app.inject({
        method: "GET",
        url: "/api/auth/oidc/outbound-county/start",
      });
      expect(start.statusCode).toBe(400);
      details.push(start.json());
    }
    expect(new Set(details.map((d) => JSON.stringify(d))).size).toBe(1);
    expect(details[0]).toMatchObject({
      code: "auth.oidc_failed",
      detail: "The sign-on provider could not be used.",
    });
    expect(internal.hits).toEqual([]);
  });
});
