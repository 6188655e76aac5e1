import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, resident } from "../testing.js";

/**
 * Statements waiting for moderation and rejected ones may hold what moderation is there to keep
 * from view (a phone number, an email address). Staff without the right to moderate see only
 * approved statements: in the results, in the statement list and in the export.
 */
describe("who sees statements that are not approved", () => {
  let t: TestApp;
  let admin: StaffClient;
  let moderator: StaffClient;
  let viewer: StaffClient;
  let analyst: StaffClient;
  let facilitator: StaffClient;
  let actionEditor: StaffClient;
  let conversation: Awaited<ReturnType<typeof createTestConversation>>;
  const PENDING = "Soittakaa minulle 040 123 4567 niin kerron lisää";
  const REJECTED = "Kirjoittakaa osoitteeseen matti.meikalainen@example.fi";
  const APPROVED = "Kirjastojen aukioloaikoja pitää pidentää";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("nakyvyys");
    const members: [string, Parameters<TestApp["addMember"]>[2]][] = [
      ["admin@n.fi", ["admin"]],
      ["mod@n.fi", ["moderator"]],
      ["viewer@n.fi", ["viewer"]],
      ["analyst@n.fi", ["analyst"]],
      ["facilitator@n.fi", ["facilitator"]],
      ["editor@n.fi", ["action_editor"]],
    ];
    for (const [email, roles] of members) await t.addMember(org, email, roles);
    admin = await t.signIn("admin@n.fi");
    moderator = await t.signIn("mod@n.fi");
    viewer = await t.signIn("viewer@n.fi");
    analyst = await t.signIn("analyst@n.fi");
    facilitator = await t.signIn("facilitator@n.fi");
    actionEditor = await t.signIn("editor@n.fi");
    conversation = await createTestConversation(admin, "nakyvyys", {
      seedStatements: [APPROVED],
      segments: [],
      moderationMode: "pre",
    });
    const r = resident(t);
    const write = (text: string) =>
      r.request({
        method: "POST",
        url: `/api/p/c/${conversation.publicId}/statements`,
        payload: { text },
      });
    expect((await write(PENDING)).json().status).toBe("pending");
    const rejected = (await write(REJECTED)).json().tid as number;
    const moderated = await moderator.request({
      method: "POST",
      url: `/api/orgs/nakyvyys/conversations/${conversation.id}/moderation`,
      payload: { tids: [rejected], action: "reject", reason: "henkilötietoja" },
    });
    expect(moderated.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const results = (client: StaffClient) =>
    client.request({
      method: "GET",
      url: `/api/orgs/nakyvyys/conversations/${conversation.id}/results`,
    });
  const statementList = (client: StaffClient, query = "") =>
    client.request({
      method: "GET",
      url: `/api/orgs/nakyvyys/conversations/${conversation.id}/statements${query}`,
    });
  const comments = (client: StaffClient) =>
    client.request({
      method: "GET",
      url: `/api/orgs/nakyvyys/conversations/${conversation.id}/export/comments.csv`,
    });
  const texts = (body: { statements: { text: string }[] }) => body.statements.map((s) => s.text);

  it("shows every statement in the results to those who moderate", async () => {
    for (const client of [admin, moderator]) {
      const response = await results(client);
      expect(response.statusCode).toBe(200);
      expect(texts(response.json()).sort()).toEqual([APPROVED, PENDING, REJECTED].sort());
    }
  });

  it("shows only approved statements in the results to every other role", async () => {
    for (const client of [viewer, analyst, facilitator, actionEditor]) {
      const response = await results(client);
      expect(response.statusCode, client.email).toBe(200);
      expect(texts(response.json()), client.email).toEqual([APPROVED]);
      expect(response.body, client.email).not.toContain("040 123 4567");
      expect(response.body, client.email).not.toContain("example.fi");
    }
  });

  it("lists only approved statements to staff who may read statements but not moderate", async () => {
    for (const client of [viewer, analyst, facilitator]) {
      const all = await statementList(client);
      expect(all.statusCode, client.email).toBe(200);
      expect(texts(all.json()), client.email).toEqual([APPROVED]);
      const pending = await statementList(client, "?status=pending");
      expect(texts(pending.json()), client.email).toEqual([]);
      const flagged = await statementList(client, "?flagged=true");
      expect(texts(flagged.json()), client.email).toEqual([]);
    }
    const moderatorView = await statementList(moderator, "?status=pending");
    expect(texts(moderatorView.json())).toEqual([PENDING]);
  });

  it("exports only approved comments to those who may export but not moderate", async () => {
    const full = await comments(admin);
    expect(full.statusCode).toBe(200);
    // Those who may moderate get every statement, with the contact details of the ones
    // residents never saw masked (exports.ts).
    expect(full.body).toContain("Soittakaa minulle [PHONE] niin kerron lisää");
    expect(full.body).toContain("Kirjoittakaa osoitteeseen [EMAIL]");
    expect(full.body).not.toContain("040 123 4567");
    const partial = await comments(analyst);
    expect(partial.statusCode).toBe(200);
    expect(partial.body).toContain(APPROVED);
    expect(partial.body).not.toContain("040 123 4567");
    expect(partial.body).not.toContain("example.fi");
    expect(partial.body.trim().split("\n")).toHaveLength(2);
  });
});
