import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionTable } from "../../permissions.js";
import { createTestApp, type TestApp } from "../../test-app.js";

describe("the signed-in person's permissions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("oikeudet");
    await t.addMember(org, "analyytikko@oikeudet.fi", ["analyst"]);
    await t.addMember(org, "moderaattori@oikeudet.fi", ["moderator"]);
    await t.addMember(org, "admin@oikeudet.fi", ["admin"]);
  });
  afterAll(() => t.close());

  const permissionsOf = async (email: string) => {
    const client = await t.signIn(email);
    const me = (await client.request({ method: "GET", url: "/api/me" })).json();
    return me.memberships[0].permissions as string[];
  };

  it("lists per organization exactly what the permission table gives the person's roles", async () => {
    const analyst = await permissionsOf("analyytikko@oikeudet.fi");
    expect(analyst).toContain("conversation.results.read");
    expect(analyst).not.toContain("conversation.moderate");
    expect(analyst).toEqual(permissionTable.held(["analyst"]));
    const moderator = await permissionsOf("moderaattori@oikeudet.fi");
    expect(moderator).toContain("conversation.moderate");
    const admin = await permissionsOf("admin@oikeudet.fi");
    expect(admin).toEqual([...admin].sort());
    for (const permission of admin)
      expect(permissionTable.can(["admin"], permission as never)).toBe(true);
    expect(admin.length).toBeGreaterThan(analyst.length);
  });
});
