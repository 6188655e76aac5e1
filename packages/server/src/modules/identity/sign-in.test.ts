import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookieFrom, createTestApp, type TestApp, tokenFromMail } from "../../test-app.js";
import { listOutbox } from "../messaging/service.js";
import { signInLinks } from "./schema.js";
import { hashToken } from "./tokens.js";

describe("staff sign-in by one-time email link", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT: "3" });
    const org = await t.createOrg("kirjautuminen");
    await t.addMember(org, "Sanna.Staff@Example.FI", ["moderator"]);
  });
  afterAll(() => t.close());

  async function requestLink(email: string, extra: Record<string, string> = {}) {
    return t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email, ...extra },
    });
  }

  async function latestMailTo(email: string) {
    await t.deliverMail();
    return (await listOutbox(t.database.db)).find((m) => m.to === email);
  }

  it("mails a link in the requested language; the link signs in once and the session works", async () => {
    const asked = await requestLink("sanna.staff@example.fi", {
      org: "kirjautuminen",
      language: "sv",
      returnTo: "/kirjautuminen/staff/audit",
    });
    expect(asked.statusCode).toBe(202);
    const mail = await latestMailTo("sanna.staff@example.fi");
    expect(mail?.subject).toBe("Inloggningslänk till Kuulo");
    expect(mail?.html).toContain('lang="sv"');
    const token = tokenFromMail(mail!.text);

    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({
      user: { email: "sanna.staff@example.fi" },
      memberships: [{ org: { slug: "kirjautuminen" }, roles: ["moderator"] }],
      returnTo: "/kirjautuminen/staff/audit",
    });
    const setCookie = String(signedIn.headers["set-cookie"]);
    expect(setCookie).toMatch(/kuulo_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on localhost
    const cookie = cookieFrom(signedIn);

    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe("sanna.staff@example.fi");

    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("auth.link_used");

    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, "x-csrf-token": me.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("refuses an expired link with 410 auth.link_expired", async () => {
    await requestLink("sanna.staff@example.fi");
    const token = tokenFromMail((await latestMailTo("sanna.staff@example.fi"))!.text);
    await t.database.db
      .update(signInLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(signInLinks.tokenHash, hashToken(token)));
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token },
    });
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe("auth.link_expired");
  });

  it("refuses an unknown token with 400 auth.link_invalid", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token: "x".repeat(43) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("auth.link_invalid");
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = (await listOutbox(t.database.db)).length;
    const response = await requestLink("nobody@example.fi");
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: "sent" });
    expect(await t.deliverMail()).toMatchObject({ sent: 0, dropped: 1 });
    expect((await listOutbox(t.database.db)).length).toBe(before);
  });

  it("lets two concurrent uses of one link open exactly one session", async () => {
    await requestLink("sanna.staff@example.fi");
    const token = tokenFromMail((await latestMailTo("sanna.staff@example.fi"))!.text);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        t.app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { token } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410, 410]);
  });

  it("rate-limits link requests per address with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await requestLink("flood@example.fi")).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const limited = await requestLink("flood@example.fi");
    expect(limited.json().code).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Another address from the same client is not blocked by this.
    expect((await requestLink("other@example.fi")).statusCode).toBe(202);
  });

  it("refuses a returnTo that leaves the site", async () => {
    const response = await requestLink("sanna.staff@example.fi", { returnTo: "//evil.example/x" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("body.returnTo");
  });
});

describe("sessions expire", () => {
  it("a session older than SESSION_HOURS is no longer accepted", async () => {
    const t = await createTestApp({ SESSION_HOURS: "8" });
    try {
      const org = await t.createOrg("vanheneva");
      await t.addMember(org, "a@vanheneva.fi", ["admin"]);
      const client = await t.signIn("a@vanheneva.fi");
      // Only the clock is faked (timers run as usual): sessions are checked against Date.
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 8 * 3_600_000 - 60_000);
      expect((await client.request({ method: "GET", url: "/api/me" })).statusCode).toBe(200);
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect((await client.request({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
      await t.close();
    }
  });
});
