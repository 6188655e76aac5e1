import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
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
    expect(list.body).not.toMatch(/040|123 4567|358/);

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
});
