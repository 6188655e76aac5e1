import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestConversation } from "../modules/conversations/testing.js";
import { createTestApp, type StaffClient, type TestApp } from "../test-app.js";
import { isResidentPath, truncateAddress } from "./logging.js";

describe("logs carry no emails, tokens or residents' addresses", () => {
  const lines: string[] = [];
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp(
      { LOG_LEVEL: "info" },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    const org = await t.createOrg("lokit");
    await t.addMember(org, "salainen.admin@lokit.fi", ["admin"]);
    admin = await t.signIn("salainen.admin@lokit.fi", "lokit");
  });
  afterAll(() => t.close());

  it("logs requests by path, with a truncated address for staff and none for residents", async () => {
    const conversation = await createTestConversation(admin, "lokit");
    const invitation = conversation.links.find((l) => l.segmentKey === "asukkaat")!.url;
    const inviteToken = new URL(invitation).searchParams.get("t")!;
    lines.length = 0;
    await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      remoteAddress: "203.0.113.77",
      payload: { email: "kysyja.henkilo@lokit.fi" },
    });
    await t.app.inject({
      method: "GET",
      url: "/sign-in/verify?token=KirjautumisTokeni123456",
      remoteAddress: "2001:db8:abcd:12::99",
    });
    await t.app.inject({
      method: "GET",
      url: `/api/p/c/${conversation.publicId}?t=${encodeURIComponent(inviteToken)}`,
      remoteAddress: "198.51.100.23",
    });
    await t.app.inject({
      method: "GET",
      url: `/lokit/c/${conversation.publicId}?t=${encodeURIComponent(inviteToken)}`,
      remoteAddress: "198.51.100.23",
    });
    // A 409 whose message names the address.
    const again = await admin.request({
      method: "POST",
      url: "/api/orgs/lokit/staff",
      payload: { email: "salainen.admin@lokit.fi", displayName: "X", roles: ["viewer"] },
    });
    expect(again.statusCode).toBe(409);
    const log = lines.join("");
    expect(log).toContain('"url":"/api/auth/sign-in-link"');
    expect(log).toContain(`"url":"/api/p/c/${conversation.publicId}"`);
    expect(log).toContain('"remoteAddress":"203.0.113.0/24"');
    expect(log).toContain('"remoteAddress":"2001:db8:abcd::/48"');
    expect(log).toContain("[email]");
    for (const secret of [
      "kysyja.henkilo",
      "salainen.admin",
      "KirjautumisTokeni123456",
      inviteToken,
      encodeURIComponent(inviteToken),
      "203.0.113.77",
      "198.51.100",
      "2001:db8:abcd:12::99",
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });

  it("logs no line per vote, the busiest route, and other residents' routes as before", async () => {
    const conversation = await createTestConversation(admin, "lokit");
    const vote = (tid: number) =>
      t.app.inject({
        method: "POST",
        url: `/api/p/c/${conversation.publicId}/votes`,
        payload: { tid, vote: "agree" },
      });
    lines.length = 0;
    expect((await vote(0)).statusCode).toBe(200);
    expect(lines.join("")).not.toContain("/votes");
    // Nor a refused one (4xx is logged at info); the route still logs warnings and errors.
    const missing = await vote(9999);
    expect(missing.statusCode).toBe(404);
    expect(lines.join("")).not.toContain("/votes");
    // Other residents' routes are logged as before.
    await t.app.inject({ method: "GET", url: `/api/p/c/${conversation.publicId}` });
    expect(lines.join("")).toContain(`"url":"/api/p/c/${conversation.publicId}"`);
  });

  it("truncates addresses to their network and knows residents' paths", () => {
    expect(truncateAddress("10.1.2.3")).toBe("10.1.2.0/24");
    expect(truncateAddress("::ffff:10.1.2.3")).toBe("10.1.2.0/24");
    expect(truncateAddress("::1")).toBe("0:0:0::/48");
    expect(truncateAddress("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(isResidentPath("/api/p/c/abc/votes")).toBe(true);
    expect(isResidentPath("/keski-suomi/c/abc")).toBe(true);
    expect(isResidentPath("/api/orgs/keski-suomi/conversations")).toBe(false);
    expect(isResidentPath("/api/orgs/keski-suomi/s/palaute/response")).toBe(true);
    expect(isResidentPath("/keski-suomi/s/palaute")).toBe(true);
    expect(isResidentPath("/api/orgs/keski-suomi/panelists/me/answer")).toBe(true);
    expect(isResidentPath("/api/orgs/keski-suomi/surveys")).toBe(false);
  });
});
