import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/client.js";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { listOutbox } from "../messaging/index.js";
import { poolConsents, poolMembers } from "./schema.js";
import { poolTokenFromMail, sampleJoin, samplePoolSettings, setUpPool, smsTo } from "./testing.js";

/** Joining, double opt-in, self-service and staff entry over HTTP. */
describe("resident pool", () => {
  let t: TestApp;
  let admin: StaffClient;
  let other: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("poolikunta");
    const second = await t.createOrg("toinenpooli");
    await t.addMember(org, "admin@poolikunta.fi", ["admin"]);
    await t.addMember(org, "analyytikko@poolikunta.fi", ["analyst"]);
    await t.addMember(second, "admin@toinenpooli.fi", ["admin"]);
    admin = await t.signIn("admin@poolikunta.fi", "poolikunta");
    other = await t.signIn("admin@toinenpooli.fi", "toinenpooli");
    await setUpPool(admin, "poolikunta");
    await setUpPool(other, "toinenpooli");
  });
  afterAll(() => t.close());

  const join = (payload: unknown, slug = "poolikunta", ip = "192.0.2.10") =>
    t.app.inject({
      method: "POST",
      url: `/api/orgs/${slug}/pool/join`,
      payload: payload as object,
      remoteAddress: ip,
    });
  const asMember = (
    session: string,
    options: { method: "GET" | "PATCH" | "POST" | "DELETE"; url: string; payload?: object },
  ) => t.app.inject({ ...options, headers: { "x-pool-session": session } });
  const latestAudit = async () =>
    (await admin.request({ method: "GET", url: "/api/orgs/poolikunta/audit?limit=1" })).json()
      .events[0];
  const memberRow = async (id: string) =>
    (await t.database.db.select().from(poolMembers).where(eq(poolMembers.id, id)))[0]!;
  const openSession = async (email: string) => {
    const asked = await t.app.inject({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/me/link",
      payload: { email, language: "fi" },
    });
    expect(asked.statusCode).toBe(202);
    const { token } = await poolTokenFromMail(t, email, "me");
    const opened = await t.app.inject({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/me/session",
      payload: { token },
    });
    expect(opened.statusCode).toBe(200);
    return opened.json().session as string;
  };

  it("keeps the settings, versions a changed consent text and refuses an unknown municipality", async () => {
    const before = (
      await admin.request({ method: "GET", url: "/api/orgs/poolikunta/pool/settings" })
    ).json();
    expect(before.consentTexts.panels.version).toBe(2);
    const changed = samplePoolSettings();
    changed.consentTexts.panels = { fi: "Paneelit, uusi teksti.", sv: "Paneler.", en: "Panels." };
    const saved = await admin.request({
      method: "PUT",
      url: "/api/orgs/poolikunta/pool/settings",
      payload: changed,
    });
    expect(saved.json().consentTexts.panels.version).toBe(3);
    expect(saved.json().consentTexts.invitations.version).toBe(2);
    expect(await latestAudit()).toMatchObject({
      action: "pool.settings_changed",
      detail: { consentTextsChanged: ["panels"] },
    });
    const bad = await admin.request({
      method: "PUT",
      url: "/api/orgs/poolikunta/pool/settings",
      payload: samplePoolSettings({ municipalities: ["179", "999"] }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: "body.municipalities.1",
      code: "invalid_value",
    });
    const form = (
      await t.app.inject({ method: "GET", url: "/api/orgs/poolikunta/pool/form" })
    ).json();
    expect(form.municipalities).toEqual([
      { code: "179", name: { fi: "Jyväskylä", sv: "Jyväskylä" } },
      { code: "410", name: { fi: "Laukaa", sv: "Laukas" } },
    ]);
  });

  it("names every field that needs correcting and stores nothing", async () => {
    const refused = await join(
      sampleJoin({
        email: "",
        municipality: "091",
        birthYear: new Date().getUTCFullYear() - 10,
        answers: { children: "maybe", shoe_size: "42" },
        interests: ["cooking"],
        consents: { purposes: [], channels: ["sms"] },
      }),
    );
    expect(refused.statusCode).toBe(400);
    const paths = refused
      .json()
      .errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.email:required",
        "body.municipality:invalid_value",
        "body.birthYear:too_large",
        "body.answers.shoe_size:unknown_field",
        "body.answers.education:required",
        "body.answers.children:invalid_value",
        "body.interests.0:invalid_value",
        "body.consents.purposes:too_few",
        "body.consents.channels:invalid",
      ]),
    );
    expect(await t.database.db.select().from(poolMembers)).toEqual([]);
  });

  let memberId: string;

  it("stores the email only sealed, sends a confirmation link, and activates on it once", async () => {
    const joined = await join(
      sampleJoin({ email: "Maija.Asukas@Example.fi", phone: "040 123 4567" }),
    );
    expect(joined.statusCode).toBe(202);
    expect(joined.json()).toEqual({ confirmBy: "email" });
    const [row] = await t.database.db.select().from(poolMembers);
    memberId = row!.id;
    expect(row!.status).toBe("pending");
    const raw = rowsOf<Record<string, unknown>>(
      await t.database.db.execute(sql`select * from pool_members where id = ${memberId}`),
    )[0]!;
    expect(JSON.stringify(raw)).not.toContain("maija.asukas");
    expect(JSON.stringify(raw)).not.toContain("1234567");
    expect(raw.email_sealed).toMatch(/^v1\./);
    const consents = await t.database.db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, memberId));
    expect(
      consents.map((c) => `${c.purpose}/${c.channel}/v${c.textVersion}/${c.givenVia}`).sort(),
    ).toEqual(["invitations/email/v2/web", "panels/email/v3/web"]);

    const { token, mail } = await poolTokenFromMail(t, "maija.asukas@example.fi", "confirm");
    expect(mail.subject).toContain("Vahvista");
    const confirm = () =>
      t.app.inject({
        method: "POST",
        url: "/api/orgs/poolikunta/pool/confirm",
        payload: { token },
      });
    expect((await confirm()).statusCode).toBe(204);
    expect(await memberRow(memberId)).toMatchObject({
      status: "active",
      confirmedVia: "email_link",
    });
    const again = await confirm();
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("auth.link_used");
    // Another organization's pool does not know the token.
    const elsewhere = await t.app.inject({
      method: "POST",
      url: "/api/orgs/toinenpooli/pool/confirm",
      payload: { token },
    });
    expect(elsewhere.json().code).toBe("auth.link_invalid");
  });

  it("answers a second sign-up with the same address the same way, and mails the member a link", async () => {
    const before = (await listOutbox(t.database.db)).length;
    const again = await join(sampleJoin({ email: "maija.asukas@example.fi" }));
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ confirmBy: "email" });
    expect(await t.database.db.select().from(poolMembers)).toHaveLength(1);
    const { mail } = await poolTokenFromMail(t, "maija.asukas@example.fi", "me");
    expect(mail.subject).toContain("Olet jo");
    expect((await listOutbox(t.database.db)).length).toBe(before + 1);
  });

  it("keeps pools apart: the same address joins another organization's pool as a new member", async () => {
    const joined = await join(sampleJoin({ email: "maija.asukas@example.fi" }), "toinenpooli");
    expect(joined.statusCode).toBe(202);
    const rows = await t.database.db.select().from(poolMembers);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.emailIndex).not.toBe(rows[1]!.emailIndex);
    const list = (
      await admin.request({
        method: "GET",
        url: "/api/orgs/poolikunta/pool/members?status=pending",
      })
    ).json();
    expect(list.total).toBe(0);
  });

  it("confirms a phone-only member with the SMS code", async () => {
    const joined = await join(
      sampleJoin({
        email: undefined,
        phone: "+358 50 765 4321",
        channels: ["sms"],
        consents: { purposes: ["surveys"], channels: ["sms"] },
      }),
    );
    expect(joined.json()).toEqual({ confirmBy: "sms" });
    const [sms] = await smsTo(t, "+358507654321");
    expect(sms).toMatchObject({ to: "+358507654321", kind: "pool.code" });
    const code = /\b(\d{6})\b/.exec(sms!.text)![1]!;
    const wrong = code === "000000" ? "000001" : "000000";
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/confirm-code",
      payload: { phone: "0507654321", code: wrong },
    });
    expect(refused.json().code).toBe("auth.link_invalid");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/confirm-code",
      payload: { phone: "0507654321", code },
    });
    expect(ok.statusCode).toBe(204);
    const [row] = await t.database.db
      .select()
      .from(poolMembers)
      .where(eq(poolMembers.confirmedVia, "sms_code"));
    expect(row!.status).toBe("active");
  });

  it("sends a self-service link only to members, answering the same either way", async () => {
    await t.deliverMail();
    const before = (await listOutbox(t.database.db)).length;
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/me/link",
      payload: { email: "ei-jasen@example.fi", language: "fi" },
    });
    expect(unknown.statusCode).toBe(202);
    await t.deliverMail();
    expect((await listOutbox(t.database.db)).length).toBe(before);
  });

  it("shows everything stored, downloads it as JSON and CSV, and takes corrections", async () => {
    const session = await openSession("maija.asukas@example.fi");
    const me = await asMember(session, { method: "GET", url: "/api/orgs/poolikunta/pool/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().member).toMatchObject({
      email: "maija.asukas@example.fi",
      phone: "+358401234567",
      municipality: "179",
      answers: { education: "higher" },
    });
    expect(me.json().consents).toHaveLength(2);
    const json = await asMember(session, {
      method: "GET",
      url: "/api/orgs/poolikunta/pool/me/download?format=json",
    });
    expect(json.headers["content-disposition"]).toContain("attachment");
    expect(JSON.parse(json.body).member.email).toBe("maija.asukas@example.fi");
    const csv = await asMember(session, {
      method: "GET",
      url: "/api/orgs/poolikunta/pool/me/download?format=csv",
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("email,maija.asukas@example.fi");
    expect(csv.body).toContain("answer.education,higher");
    expect(csv.body).toContain("panels,email,3,");

    const corrected = await asMember(session, {
      method: "PATCH",
      url: "/api/orgs/poolikunta/pool/me",
      payload: { municipality: "410", email: "maija.uusi@example.fi" },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().member).toMatchObject({
      municipality: "410",
      email: "maija.uusi@example.fi",
    });
    expect(await latestAudit()).toMatchObject({
      action: "pool.member_corrected",
      detail: { fields: ["email", "municipality"] },
    });
    const bad = await asMember(session, {
      method: "PATCH",
      url: "/api/orgs/poolikunta/pool/me",
      payload: { email: "", phone: "" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("body.email");
  });

  it("withdraws a consent by setting its date, keeping the history", async () => {
    const session = await openSession("maija.uusi@example.fi");
    const withdrawn = await asMember(session, {
      method: "POST",
      url: "/api/orgs/poolikunta/pool/me/withdraw",
      payload: { purpose: "panels" },
    });
    expect(withdrawn.json()).toEqual({ withdrawn: 1 });
    const me = (
      await asMember(session, { method: "GET", url: "/api/orgs/poolikunta/pool/me" })
    ).json();
    const panels = me.consents.find((c: { purpose: string }) => c.purpose === "panels");
    expect(panels.withdrawnAt).not.toBeNull();
    expect(
      me.consents.find((c: { purpose: string }) => c.purpose === "invitations").withdrawnAt,
    ).toBeNull();
    expect(me.consents).toHaveLength(2);
  });

  it("erases the contact data at once when the member leaves, keeping the pseudonymous record", async () => {
    const session = await openSession("maija.uusi@example.fi");
    const left = await asMember(session, { method: "DELETE", url: "/api/orgs/poolikunta/pool/me" });
    expect(left.statusCode).toBe(204);
    const raw = rowsOf<Record<string, unknown>>(
      await t.database.db.execute(sql`select * from pool_members where id = ${memberId}`),
    )[0]!;
    expect(raw).toMatchObject({
      status: "left",
      email_sealed: null,
      email_index: null,
      phone_sealed: null,
      phone_index: null,
      answers: {},
      municipality: "410",
      birth_year: 1980,
      left_reason: "left",
    });
    const consents = await t.database.db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, memberId));
    expect(consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(await latestAudit()).toMatchObject({ action: "pool.member_left", targetId: memberId });
    const after = await asMember(session, { method: "GET", url: "/api/orgs/poolikunta/pool/me" });
    expect(after.statusCode).toBe(410);
    // The address is free again: joining starts over.
    expect(
      (await join(sampleJoin({ email: "maija.uusi@example.fi" }), "poolikunta", "192.0.2.11"))
        .statusCode,
    ).toBe(202);
  });

  it("lets staff enter a paper sign-up (active, signature recorded) and refuses a duplicate", async () => {
    const payload = sampleJoin({ email: "paperi@example.fi", source: "paper" });
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/members",
      payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().status).toBe("active");
    const row = await memberRow(created.json().id);
    expect(row).toMatchObject({ source: "paper", confirmedVia: "signature" });
    const consents = await t.database.db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, row.id));
    expect(consents.every((c) => c.givenVia === "paper")).toBe(true);
    expect(await latestAudit()).toMatchObject({
      action: "pool.member_created",
      detail: { source: "paper" },
    });
    const duplicate = await admin.request({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/members",
      payload,
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it("shows staff the size and search without contact data, and logs every contact read", async () => {
    const summary = (
      await admin.request({ method: "GET", url: "/api/orgs/poolikunta/pool/summary" })
    ).json();
    expect(summary.byStatus).toEqual({ pending: 1, active: 2, left: 1 });
    expect(summary.size).toBe(2);
    expect(summary.growth[0].joined).toBe(4);
    const analyst = await t.signIn("analyytikko@poolikunta.fi", "poolikunta");
    const list = await analyst.request({
      method: "GET",
      url: "/api/orgs/poolikunta/pool/members?gender=woman&ageBand=45-64",
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain("@example.fi");
    expect(list.json().total).toBe(3);
    const noContacts = await analyst.request({
      method: "GET",
      url: "/api/orgs/poolikunta/pool/contacts",
    });
    expect(noContacts.statusCode).toBe(403);
    const contacts = await admin.request({
      method: "GET",
      url: "/api/orgs/poolikunta/pool/contacts?municipality=179&status=active",
    });
    expect(
      contacts
        .json()
        .contacts.map((c: { email: string | null; phone: string | null }) => c.email ?? c.phone)
        .sort(),
    ).toEqual(["+358507654321", "paperi@example.fi"]);
    expect(await latestAudit()).toMatchObject({
      action: "pool.contact_read",
      detail: { count: 2, filters: { municipality: "179", status: "active" } },
    });
  });

  it("confirms a phone sign-up entered by staff like a web one, by SMS", async () => {
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/poolikunta/pool/members",
      payload: sampleJoin({
        email: undefined,
        phone: "+358 44 000 1122",
        source: "phone",
        consents: { purposes: ["invitations"], channels: ["phone"] },
      }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().status).toBe("pending");
    expect((await smsTo(t, "+358440001122"))[0]?.kind).toBe("pool.code");
    const consents = await t.database.db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, created.json().id));
    expect(consents.map((c) => c.givenVia)).toEqual(["phone"]);
  });

  it("limits sign-ups from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await join(
        sampleJoin({ email: `tulva-${i}@example.fi` }),
        "poolikunta",
        "198.51.100.7",
      );
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not held back.
    expect(
      (await join(sampleJoin({ email: "tulva-x@example.fi" }), "poolikunta", "198.51.100.8"))
        .statusCode,
    ).toBe(202);
  });
});
