import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { poolConsents, poolMembers, poolRecruitmentPeople } from "../schema.js";
import { poolTokenFromMail, samplePoolSettings } from "../testing.js";
import { dvvFixture, sampleRound } from "./testing.js";

const extract = dvvFixture("vaesto-otanta.csv");

/** The recruitment routes walked over HTTP: staff create, import, draw, download; a resident signs up. */
describe("recruitment round routes", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let other: StaffClient;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raatikunta");
    const second = await t.createOrg("toinenraati");
    await t.addMember(org, "admin@raatikunta.fi", ["admin"]);
    await t.addMember(org, "analyytikko@raatikunta.fi", ["analyst"]);
    await t.addMember(second, "admin@toinenraati.fi", ["admin"]);
    admin = await t.signIn("admin@raatikunta.fi", "raatikunta");
    analyst = await t.signIn("analyytikko@raatikunta.fi", "raatikunta");
    other = await t.signIn("admin@toinenraati.fi", "toinenraati");
  });
  afterAll(() => t.close());

  const base = "/api/orgs/raatikunta/pool/rounds";

  it("creates a round for an admin only, and names a bad field", async () => {
    const round = sampleRound();
    const denied = await analyst.request({ method: "POST", url: base, payload: round });
    expect(denied.statusCode).toBe(403);
    const bad = await admin.request({
      method: "POST",
      url: base,
      payload: { ...round, sampleSize: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("body.sampleSize");
    const created = await admin.request({ method: "POST", url: base, payload: round });
    expect(created.statusCode).toBe(201);
    roundId = created.json().id;
    const list = await admin.request({ method: "GET", url: base });
    expect(list.json().rounds.map((r: { id: string }) => r.id)).toEqual([roundId]);
    const elsewhere = await other.request({
      method: "GET",
      url: `/api/orgs/toinenraati/pool/rounds/${roundId}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("imports the extract, draws, downloads the letters and lets a resident sign up", async () => {
    const imported = await admin.request({
      method: "POST",
      url: `${base}/${roundId}/frame`,
      payload: { file: extract.toString("base64") },
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ imported: 120, skippedInvalid: 0 });
    const drawn = await admin.request({ method: "POST", url: `${base}/${roundId}/draw` });
    expect(drawn.json()).toMatchObject({ sampled: 10, seed: "reitti", method: "stratified" });

    const pdf = await admin.request({ method: "GET", url: `${base}/${roundId}/files/letters.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const csv = await admin.request({
      method: "GET",
      url: `${base}/${roundId}/files/printing-house.csv`,
    });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const code = /[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(csv.body)![0];

    const form = await t.app.inject({
      method: "POST",
      url: "/api/orgs/raatikunta/pool/signup/code",
      payload: { code },
      remoteAddress: "192.0.2.50",
    });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ title: "Asukasraati", sessionDates: ["2027-02-06"] });
    const signed = await t.app.inject({
      method: "POST",
      url: "/api/orgs/raatikunta/pool/signup",
      payload: {
        code,
        consentPurpose: true,
        consentResearch: false,
        language: form.json().language,
        gender: "undisclosed",
        availability: ["2027-02-06"],
        phone: "040 123 4567",
      },
      remoteAddress: "192.0.2.50",
    });
    expect(signed.statusCode).toBe(201);
    const tracking = await admin.request({ method: "GET", url: `${base}/${roundId}` });
    expect(tracking.json().totals).toEqual({
      invited: 10,
      responded: 1,
      signed_up: 1,
      selected: 0,
      attended: 0,
    });
    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/raatikunta/audit?limit=20",
    });
    const actions = audit.json().events.map((e: { action: string }) => e.action);
    expect(actions).toContain("pool.letters_read");
  });

  it("lists who signed up without contact data and marks them selected, then attended", async () => {
    const url = `${base}/${roundId}/signups`;
    expect((await analyst.request({ method: "GET", url })).statusCode).toBe(403);
    const elsewhere = await other.request({
      method: "GET",
      url: `/api/orgs/toinenraati/pool/rounds/${roundId}/signups`,
    });
    expect(elsewhere.statusCode).toBe(404);
    const list = await admin.request({ method: "GET", url });
    expect(list.statusCode).toBe(200);
    const [person, ...rest] = list.json().signups;
    expect(rest).toEqual([]);
    expect(person).toMatchObject({
      status: "signed_up",
      gender: "undisclosed",
      availability: ["2027-02-06"],
    });
    expect(Object.keys(person).sort()).toEqual(
      [
        "ageBand",
        "availability",
        "gender",
        "language",
        "municipality",
        "personId",
        "signedUpAt",
        "status",
      ].sort(),
    );
    // No number in any form (whole strings: a UUID may contain "040" or "358").
    expect(list.body).not.toMatch(/040 123 4567|0401234567|358401234567|123 4567/);

    const mark = (outcome: string) =>
      admin.request({
        method: "POST",
        url: `${base}/${roundId}/outcomes`,
        payload: { personIds: [person.personId], outcome },
      });
    // Attended only after selected: nothing changes yet.
    expect((await mark("attended")).json()).toEqual({ marked: 0 });
    expect((await mark("selected")).json()).toEqual({ marked: 1 });
    expect((await mark("attended")).json()).toEqual({ marked: 1 });
    const after = await admin.request({ method: "GET", url });
    expect(after.json().signups[0].status).toBe("attended");
    const tracking = await admin.request({ method: "GET", url: `${base}/${roundId}` });
    expect(tracking.json().totals).toMatchObject({ signed_up: 1, selected: 1, attended: 1 });
    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/raatikunta/audit?limit=20",
    });
    const actions = audit.json().events.map((e: { action: string }) => e.action);
    expect(actions).toContain("pool.signups_read");
    expect(actions).toContain("pool.round_outcome_marked");
  });

  it("also joins the standing pool when asked, through the pool's double opt-in", async () => {
    expect(await t.database.db.select().from(poolMembers)).toEqual([]); // the box was unticked
    const csv = await admin.request({
      method: "GET",
      url: `${base}/${roundId}/files/printing-house.csv`,
    });
    const codes = [...csv.body.matchAll(/[2-9A-Z]{4}-[2-9A-Z]{4}/g)].map((m) => m[0]);
    const settings = (questions: unknown[]) =>
      admin.request({
        method: "PUT",
        url: "/api/orgs/raatikunta/pool/settings",
        payload: samplePoolSettings({
          municipalities: ["049", "078", "257", "710", "755"],
          questions,
        }),
      });
    const signUp = (code: string, address: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/orgs/raatikunta/pool/signup",
        payload: {
          code,
          consentPurpose: true,
          consentResearch: true,
          language: "fi",
          gender: "woman",
          availability: [],
          email: "Raatilainen@Example.fi",
          joinPool: true,
        },
        remoteAddress: address,
      });
    // The pool asks a required question the sign-up form does not: refused, nothing written.
    expect((await settings(samplePoolSettings().questions)).statusCode).toBe(200);
    const refused = await signUp(codes[1]!, "192.0.2.61");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: "body.joinPool" });
    expect(refused.json().errors[0].message).toContain("answers.education");
    const tracking = await admin.request({ method: "GET", url: `${base}/${roundId}` });
    expect(tracking.json().totals.signed_up).toBe(1);
    expect(await t.database.db.select().from(poolMembers)).toEqual([]);

    expect((await settings([])).statusCode).toBe(200);
    const joined = await signUp(codes[1]!, "192.0.2.62");
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toEqual({ signedUp: true, poolConfirmBy: "email" });
    const [member] = await t.database.db.select().from(poolMembers);
    // The person who signed up just now (the first one has been marked attended).
    const [registered] = await t.database.db
      .select()
      .from(poolRecruitmentPeople)
      .where(eq(poolRecruitmentPeople.status, "signed_up"));
    expect(member).toMatchObject({ status: "pending", source: "web", gender: "woman" });
    expect(member!.emailSealed).toMatch(/^v1\./);
    expect(member!.municipality).toBe(registered!.municipality);
    expect(member!.birthYear).toBe(Number(registered!.birthDate.slice(0, 4)));
    const consents = await t.database.db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, member!.id));
    expect(
      consents.map((c) => `${c.purpose}/${c.channel}/v${c.textVersion}/${c.givenVia}`).sort(),
    ).toEqual([
      "invitations/email/v2/web",
      "panels/email/v2/web",
      "research/email/v2/web",
      "surveys/email/v2/web",
    ]);
    const { token } = await poolTokenFromMail(t, "raatilainen@example.fi", "confirm");
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/api/orgs/raatikunta/pool/confirm",
      payload: { token },
    });
    expect(confirmed.statusCode).toBe(204);
    const [active] = await t.database.db.select().from(poolMembers);
    expect(active!.status).toBe("active");
  });
});
