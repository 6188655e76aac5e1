import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { listStaff, updateStaff } from "./staff.js";

describe("staff users, roles and the audit log", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    // The issuer saved below is allow-listed: no DNS look-up leaves the machine.
    t = await createTestApp({ OUTBOUND_URL_ALLOW: "https://login.example.fi" });
    const org = await t.createOrg("henkilosto");
    await t.addMember(org, "paakayttaja@henkilosto.fi", ["admin"]);
    admin = await t.signIn("paakayttaja@henkilosto.fi", "henkilosto");
  });
  afterAll(() => t.close());

  it("adds, changes and removes a member, and the audit log records each act", async () => {
    const added = await admin.request({
      method: "POST",
      url: "/api/orgs/henkilosto/staff",
      payload: { email: "Mod@Henkilosto.fi", displayName: "Moderaattori", roles: ["moderator"] },
    });
    expect(added.statusCode).toBe(201);
    const member = added.json();
    expect(member).toMatchObject({
      email: "mod@henkilosto.fi",
      roles: ["moderator"],
      lastSignInAt: null,
    });

    const duplicate = await admin.request({
      method: "POST",
      url: "/api/orgs/henkilosto/staff",
      payload: { email: "mod@henkilosto.fi", displayName: "Again", roles: ["viewer"] },
    });
    expect(duplicate.statusCode).toBe(409);

    const changed = await admin.request({
      method: "PATCH",
      url: `/api/orgs/henkilosto/staff/${member.id}`,
      payload: { roles: ["moderator", "analyst"] },
    });
    expect(changed.json().roles).toEqual(["moderator", "analyst"]);

    const list = await admin.request({ method: "GET", url: "/api/orgs/henkilosto/staff" });
    expect(list.json().staff.map((s: { email: string }) => s.email)).toEqual([
      "mod@henkilosto.fi",
      "paakayttaja@henkilosto.fi",
    ]);

    expect(
      (await admin.request({ method: "DELETE", url: `/api/orgs/henkilosto/staff/${member.id}` }))
        .statusCode,
    ).toBe(204);

    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/henkilosto/audit?limit=10",
    });
    const actions = audit.json().events.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 5)).toEqual([
      "staff.removed",
      "staff.list_read",
      "staff.changed",
      "staff.added",
      "staff.signed_in",
    ]);
    const changeEvent = audit.json().events[2];
    expect(changeEvent.actor).toMatchObject({ email: "paakayttaja@henkilosto.fi" });
    expect(changeEvent.detail).toEqual({
      rolesBefore: ["moderator"],
      rolesAfter: ["moderator", "analyst"],
    });
  });

  it("pages the audit log and filters by action", async () => {
    const first = await admin.request({ method: "GET", url: "/api/orgs/henkilosto/audit?limit=2" });
    expect(first.json().events).toHaveLength(2);
    const nextBefore = first.json().nextBefore;
    expect(nextBefore).toBe(first.json().events[1].id);
    const second = await admin.request({
      method: "GET",
      url: `/api/orgs/henkilosto/audit?limit=2&before=${nextBefore}`,
    });
    expect(second.json().events[0].id).toBeLessThan(nextBefore);
    const filtered = await admin.request({
      method: "GET",
      url: "/api/orgs/henkilosto/audit?action=staff.added",
    });
    expect(
      filtered.json().events.every((e: { action: string }) => e.action === "staff.added"),
    ).toBe(true);
  });

  it("keeps the last admin", async () => {
    const me = await admin.request({ method: "GET", url: "/api/me" });
    const id = me.json().user.id;
    const demote = await admin.request({
      method: "PATCH",
      url: `/api/orgs/henkilosto/staff/${id}`,
      payload: { roles: ["viewer"] },
    });
    expect(demote.statusCode).toBe(409);
    const remove = await admin.request({
      method: "DELETE",
      url: `/api/orgs/henkilosto/staff/${id}`,
    });
    expect(remove.statusCode).toBe(409);
  });

  it("lets only admins manage staff and settings", async () => {
    const org = await t.createOrg("rajattu");
    await t.addMember(org, "katsoja@rajattu.fi", ["viewer", "moderator"]);
    const viewer = await t.signIn("katsoja@rajattu.fi");
    expect(
      (await viewer.request({ method: "GET", url: "/api/orgs/rajattu/settings" })).statusCode,
    ).toBe(200);
    const staff = await viewer.request({ method: "GET", url: "/api/orgs/rajattu/staff" });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().code).toBe("auth.forbidden");
    const patch = await viewer.request({
      method: "PATCH",
      url: "/api/orgs/rajattu/settings",
      payload: { themeColor: "#000000" },
    });
    expect(patch.statusCode).toBe(403);
  });

  it("changes settings and logo, audit-logged without secrets", async () => {
    const patched = await admin.request({
      method: "PATCH",
      url: "/api/orgs/henkilosto/settings",
      payload: {
        name: { fi: "Henkilöstö", sv: "Personal", en: "Staff" },
        languages: ["fi", "sv"],
        themeColor: "#AA0000",
        oidc: {
          enabled: true,
          issuer: "https://login.example.fi",
          clientId: "kuulo",
          clientSecret: "s3cret",
        },
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      languages: ["fi", "sv"],
      defaultLanguage: "fi",
      themeColor: "#aa0000",
      oidc: { enabled: true, hasSecret: true },
    });
    expect(patched.body).not.toContain("s3cret");
    const badDefault = await admin.request({
      method: "PATCH",
      url: "/api/orgs/henkilosto/settings",
      payload: { defaultLanguage: "en" },
    });
    expect(badDefault.statusCode).toBe(400);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const upload = await admin.request({
      method: "PUT",
      url: "/api/orgs/henkilosto/logo",
      headers: { "content-type": "image/svg+xml" },
      payload: svg,
    });
    expect(upload.statusCode).toBe(204);
    const profile = await t.app.inject({ method: "GET", url: "/api/orgs/henkilosto" });
    const logoUrl = profile.json().logoUrl as string;
    expect(logoUrl).toMatch(/^\/api\/orgs\/henkilosto\/logo\?v=\d+$/);
    const logo = await t.app.inject({ method: "GET", url: logoUrl });
    expect(logo.headers["content-type"]).toBe("image/svg+xml");
    expect(logo.rawPayload.equals(svg)).toBe(true);
    const gif = await admin.request({
      method: "PUT",
      url: "/api/orgs/henkilosto/logo",
      headers: { "content-type": "image/gif" },
      payload: Buffer.from("GIF89a"),
    });
    expect(gif.statusCode).toBe(415);

    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/henkilosto/audit?action=organization.settings_changed",
    });
    expect(audit.body).not.toContain("s3cret");
    expect(audit.json().events[0].detail.changed).toEqual([
      "name",
      "languages",
      "themeColor",
      "oidc",
    ]);
  });
});

describe("the last admin under concurrent changes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      const org = await t.createOrg(`kilpa-${round}`);
      const a = await t.addMember(org, `a${round}@kilpa.fi`, ["admin"]);
      const b = await t.addMember(org, `b${round}@kilpa.fi`, ["admin"]);
      const demote = (actor: string, userId: string) =>
        updateStaff(t.database.db, {
          organizationId: org.id,
          userId,
          roles: ["viewer"],
          actor: { userId: actor },
        }).then(
          () => "demoted",
          (error: { code?: string }) => error.code,
        );
      const outcomes = await Promise.all([demote(a, b), demote(b, a)]);
      expect(outcomes.sort()).toEqual(["conflict", "demoted"]);
      const admins = (await listStaff(t.database.db, { organizationId: org.id })).filter((m) =>
        m.roles.includes("admin"),
      );
      expect(admins).toHaveLength(1);
    }
  });
});

describe("a person on the staff of two organizations", () => {
  let t: TestApp;
  let adminA: StaffClient;
  let adminB: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const a = await t.createOrg("alue-a");
    const b = await t.createOrg("alue-b");
    await t.addMember(a, "admin@alue-a.fi", ["admin"]);
    await t.addMember(b, "admin@alue-b.fi", ["admin"]);
    adminA = await t.signIn("admin@alue-a.fi", "alue-a");
    adminB = await t.signIn("admin@alue-b.fi", "alue-b");
    const renamed = await adminB.request({
      method: "PATCH",
      url: `/api/orgs/alue-b/staff/${(await adminB.request({ method: "GET", url: "/api/me" })).json().user.id}`,
      payload: { displayName: "Bertta B-alueelta" },
    });
    expect(renamed.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it("adding them reveals nothing that another organization knows of them", async () => {
    const added = await adminA.request({
      method: "POST",
      url: "/api/orgs/alue-a/staff",
      payload: {
        email: "admin@alue-b.fi",
        displayName: "Vieraileva asiantuntija",
        roles: ["viewer"],
      },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      email: "admin@alue-b.fi",
      displayName: "Vieraileva asiantuntija",
      lastSignInAt: null,
    });
    expect(added.body).not.toContain("Bertta");
    const list = await adminA.request({ method: "GET", url: "/api/orgs/alue-a/staff" });
    const listed = list.json().staff.find((s: { email: string }) => s.email === "admin@alue-b.fi");
    expect(listed).toMatchObject({ displayName: "Vieraileva asiantuntija", lastSignInAt: null });
  });

  it("renaming them in one organization leaves the other's name alone", async () => {
    const list = await adminA.request({ method: "GET", url: "/api/orgs/alue-a/staff" });
    const id = list.json().staff.find((s: { email: string }) => s.email === "admin@alue-b.fi").id;
    const renamed = await adminA.request({
      method: "PATCH",
      url: `/api/orgs/alue-a/staff/${id}`,
      payload: { displayName: "A:n antama nimi" },
    });
    expect(renamed.json().displayName).toBe("A:n antama nimi");
    const inB = await adminB.request({ method: "GET", url: "/api/orgs/alue-b/staff" });
    const self = inB.json().staff.find((s: { email: string }) => s.email === "admin@alue-b.fi");
    expect(self.displayName).toBe("Bertta B-alueelta");
    expect(self.lastSignInAt).not.toBeNull();
    // They see each organization's name for them, and by default the one they signed in to.
    const me = (await adminB.request({ method: "GET", url: "/api/me" })).json();
    expect(me.user.displayName).toBe("Bertta B-alueelta");
    expect(
      me.memberships.map((m: { org: { slug: string }; displayName: string }) => [
        m.org.slug,
        m.displayName,
      ]),
    ).toEqual([
      ["alue-a", "A:n antama nimi"],
      ["alue-b", "Bertta B-alueelta"],
    ]);
  });

  it("a sign-in into one organization shows as the last sign-in there only", async () => {
    await t.signIn("admin@alue-b.fi", "alue-b");
    const inA = await adminA.request({ method: "GET", url: "/api/orgs/alue-a/staff" });
    const there = inA.json().staff.find((s: { email: string }) => s.email === "admin@alue-b.fi");
    expect(there.lastSignInAt).toBeNull();
  });
});
