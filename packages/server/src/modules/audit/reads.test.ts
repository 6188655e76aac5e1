import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { createTestConversation } from "../conversations/testing.js";

/** Staff reads of personal data leave a trace in the organization's audit log. */
describe("audit of personal-data reads", () => {
  let t: TestApp;
  let admin: StaffClient;
  let conversationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("lukuloki");
    await t.addMember(org, "admin@lukuloki.fi", ["admin"]);
    admin = await t.signIn("admin@lukuloki.fi", "lukuloki");
    conversationId = (await createTestConversation(admin, "lukuloki")).id;
  });
  afterAll(() => t.close());

  async function latestEvent() {
    const audit = await admin.request({ method: "GET", url: "/api/orgs/lukuloki/audit?limit=1" });
    return audit.json().events[0];
  }

  const base = () => `/api/orgs/lukuloki/conversations/${conversationId}`;
  const reads: [string, () => string, string, Record<string, unknown>][] = [
    ["the staff list", () => "/api/orgs/lukuloki/staff", "staff.list_read", {}],
    [
      "statements for moderation",
      () => `${base()}/statements?status=approved`,
      "conversation.statements_read",
      { targetType: "conversation", detail: { status: "approved" } },
    ],
    [
      "results",
      () => `${base()}/results`,
      "conversation.results_read",
      { targetType: "conversation" },
    ],
    [
      "an export",
      () => `${base()}/export/votes.csv`,
      "conversation.exported",
      { targetType: "conversation", detail: { file: "votes.csv" } },
    ],
  ];

  for (const [what, url, action, extra] of reads) {
    it(`records who read ${what}`, async () => {
      const response = await admin.request({ method: "GET", url: url() });
      expect(response.statusCode).toBe(200);
      expect(await latestEvent()).toMatchObject({
        action,
        actor: { email: "admin@lukuloki.fi" },
        ...extra,
      });
    });
  }
});
