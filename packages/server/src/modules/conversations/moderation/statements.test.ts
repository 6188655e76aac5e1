import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, resident } from "../testing.js";

const XSS_PAYLOADS = [
  "<script>alert('x')</script> lisää kouluruokaa",
  '<img src=x onerror="alert(1)"> pyöräteitä',
  "javascript:alert(document.cookie) puistoja",
  '"><svg onload=alert(1)> kirjastoja',
  '<a href="javascript:alert(1)">klikkaa</a> uimahalleja',
];

describe("statements and moderation", () => {
  let t: TestApp;
  let admin: StaffClient;
  let mod: StaffClient;
  let conversation: Awaited<ReturnType<typeof createTestConversation>>;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("moderointi");
    await t.addMember(org, "admin@m.fi", ["admin"]);
    await t.addMember(org, "mod@m.fi", ["moderator"]);
    admin = await t.signIn("admin@m.fi");
    mod = await t.signIn("mod@m.fi");
    conversation = await createTestConversation(admin, "moderointi", {
      seedStatements: ["Nuorten mielenterveyspalveluihin pitää päästä nopeammin"],
      statementMaxLength: 70,
    });
  });
  afterAll(() => t.close());

  const write = (r: ReturnType<typeof resident>, text: string) =>
    r.request({
      method: "POST",
      url: `/api/p/c/${conversation.publicId}/statements`,
      payload: { text },
    });

  it("refuses empty, too long, duplicate and near-duplicate statements with clear messages", async () => {
    const r = resident(t);
    const empty = await write(r, "   ");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toEqual({
      path: "body.text",
      message: "must not be empty",
      code: "required",
    });
    const long = await write(r, "a".repeat(71));
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toBe("The statement is 71 characters; at most 70 fit.");
    expect(long.json().errors[0]).toMatchObject({ code: "too_long", params: { max: 70 } });
    const duplicate = await write(r, "nuorten MIELENTERVEYSPALVELUIHIN pitää päästä nopeammin!");
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("statement.duplicate");
    const near = await write(r, "Nuorten mielenterveyspalveluihin pitää päästä paljon nopeammin");
    expect(near.statusCode).toBe(409);
    expect(near.json().code).toBe("statement.near_duplicate");
  });

  it("holds statements for approval in pre-moderation; the moderator approves, rejects with a reason, marks meta", async () => {
    const r = resident(t);
    const a = await write(r, "Lisää kuraattoreita yläkouluihin");
    const b = await write(r, "Koulupsykologin vastaanotolle ilman jonoa");
    const c = await write(r, "Tämä keskustelu on hyvä idea");
    expect([a.json().status, b.json().status, c.json().status]).toEqual([
      "pending",
      "pending",
      "pending",
    ]);
    const visible = await r.request({
      method: "GET",
      url: `/api/p/c/${conversation.publicId}/statements`,
    });
    expect(visible.json().statements).toHaveLength(1);

    const queue = await mod.request({
      method: "GET",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/statements?status=pending`,
    });
    expect(queue.json().statements.map((s: { text: string }) => s.text)).toContain(
      "Lisää kuraattoreita yläkouluihin",
    );

    const noReason = await mod.request({
      method: "POST",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/moderation`,
      payload: { tids: [b.json().tid], action: "reject" },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe("body.reason");

    const bulk = await mod.request({
      method: "POST",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/moderation`,
      payload: { tids: [a.json().tid, c.json().tid], action: "approve" },
    });
    expect(bulk.json().statements.map((s: { status: string }) => s.status)).toEqual([
      "approved",
      "approved",
    ]);
    await mod.request({
      method: "POST",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/moderation`,
      payload: { tids: [c.json().tid], action: "meta" },
    });
    const rejected = await mod.request({
      method: "POST",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/moderation`,
      payload: { tids: [b.json().tid], action: "reject", reason: "Sama asia kuin väite 1" },
    });
    expect(rejected.json().statements[0]).toMatchObject({
      status: "rejected",
      rejectReason: "Sama asia kuin väite 1",
    });

    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/moderointi/audit?limit=20",
    });
    const actions = audit.json().events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["statement.approved", "statement.rejected", "statement.marked_meta"]),
    );
    expect(
      audit.json().events.find((e: { action: string }) => e.action === "statement.rejected").actor
        .email,
    ).toBe("mod@m.fi");
  });

  it("corrects a typo and keeps the original", async () => {
    const r = resident(t);
    const s = await write(r, "Kirjastoihin lisää aukioloaikoja iltasin");
    const edited = await mod.request({
      method: "PATCH",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/statements/${s.json().tid}`,
      payload: { text: "Kirjastoihin lisää aukioloaikoja iltaisin" },
    });
    expect(edited.json()).toMatchObject({
      text: "Kirjastoihin lisää aukioloaikoja iltaisin",
      originalText: "Kirjastoihin lisää aukioloaikoja iltasin",
    });
  });

  it("flags personal data, never shows an identity code, and holds flagged statements even in post-moderation", async () => {
    const post = await createTestConversation(admin, "moderointi", {
      moderationMode: "post",
      seedStatements: [],
    });
    const r = resident(t);
    const at = (text: string) =>
      r.request({ method: "POST", url: `/api/p/c/${post.publicId}/statements`, payload: { text } });
    expect((await at("Pyöräteitä pitää aurata aikaisemmin")).json().status).toBe("approved");
    expect((await at("Soittakaa 040 123 4567 niin kerron")).json().status).toBe("pending");
    const hetu = await at("Hetuni 131052-308T ja asia on tärkeä");
    expect(hetu.json().status).toBe("pending");
    const queue = await mod.request({
      method: "GET",
      url: `/api/orgs/moderointi/conversations/${post.id}/statements?flagged=true`,
    });
    const texts = queue
      .json()
      .statements.map((s: { text: string; flags: string[] }) => [s.text, s.flags]);
    expect(texts).toEqual([
      ["Soittakaa 040 123 4567 niin kerron", ["phone"]],
      ["Hetuni [HETU] ja asia on tärkeä", ["hetu"]],
    ]);
    expect(queue.body).not.toContain("131052-308T");
  });

  it("stores HTML and script as plain text, unchanged, for the web app to show as text", async () => {
    const post = await createTestConversation(admin, "moderointi", {
      moderationMode: "post",
      seedStatements: [],
      statementMaxLength: 200,
    });
    const r = resident(t);
    for (const payload of XSS_PAYLOADS) {
      const response = await r.request({
        method: "POST",
        url: `/api/p/c/${post.publicId}/statements`,
        payload: { text: payload },
      });
      expect(response.statusCode, payload).toBe(201);
    }
    const list = await r.request({ method: "GET", url: `/api/p/c/${post.publicId}/statements` });
    expect(String(list.headers["content-type"])).toMatch(/^application\/json/);
    expect(list.json().statements.map((s: { text: string }) => s.text)).toEqual(XSS_PAYLOADS);
  });

  it("rate-limits a flood of statements from one resident", async () => {
    const r = resident(t);
    const post = await createTestConversation(admin, "moderointi", { seedStatements: [] });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (
          await r.request({
            method: "POST",
            url: `/api/p/c/${post.publicId}/statements`,
            payload: { text: `Ehdotus ${i} ${"xyzabcdefghijkl"[i]}` },
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another resident behind the same address is not blocked.
    const classmate = resident(t);
    expect(
      (
        await classmate.request({
          method: "POST",
          url: `/api/p/c/${post.publicId}/statements`,
          payload: { text: "Oma ehdotukseni" },
        })
      ).statusCode,
    ).toBe(201);
  });

  it("says a duplicate of a statement waiting for moderation waits, not 'vote on it' (own and another's)", async () => {
    const author = resident(t);
    const first = await write(author, "Kirjastoon pidemmät aukioloajat iltaisin");
    expect(first.json().status).toBe("pending");
    const again = await write(author, "Kirjastoon pidemmät aukioloajat iltaisin!");
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("statement.yours_pending");
    const other = await write(resident(t), "Kirjastoon pidemmät aukioloajat iltaisin");
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe("statement.pending_duplicate");
    // Once approved, it is there to vote on.
    const approved = await mod.request({
      method: "POST",
      url: `/api/orgs/moderointi/conversations/${conversation.id}/moderation`,
      payload: { tids: [first.json().tid], action: "approve" },
    });
    expect(approved.statusCode).toBe(200);
    const later = await write(resident(t), "Kirjastoon pidemmät aukioloajat iltaisin");
    expect(later.json().code).toBe("statement.duplicate");
  });
});
