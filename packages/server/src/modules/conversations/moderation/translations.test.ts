import { CsvTable } from "@kuulo/opinion";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { statements, votes } from "../schema.js";
import { createTestConversation, resident } from "../testing.js";

describe("translations and the needs-translation queue", () => {
  let t: TestApp;
  let admin: StaffClient;
  let mod: StaffClient;
  let analyst: StaffClient;
  let outsider: StaffClient;
  let conversation: Awaited<ReturnType<typeof createTestConversation>>;
  const url = () => `/api/orgs/kaannos/conversations/${conversation.id}/translations`;
  const save = (who: StaffClient, payload: Record<string, unknown>) =>
    who.request({ method: "PUT", url: url(), payload });

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kaannos");
    const other = await t.createOrg("toinen");
    await t.addMember(org, "admin@k.fi", ["admin"]);
    await t.addMember(org, "mod@k.fi", ["moderator"]);
    await t.addMember(org, "analyst@k.fi", ["analyst"]);
    await t.addMember(other, "admin@t.fi", ["admin"]);
    admin = await t.signIn("admin@k.fi");
    mod = await t.signIn("mod@k.fi");
    analyst = await t.signIn("analyst@k.fi");
    outsider = await t.signIn("admin@t.fi");
    conversation = await createTestConversation(admin, "kaannos", {
      title: { fi: "Liikenne", sv: "Trafik" },
      seedStatements: ["Pyöräteitä tarvitaan lisää", "Bussit kulkevat liian harvoin"],
    });
  });
  afterAll(() => t.close());

  it("keeps an empty language empty and lists every missing text with its original language", async () => {
    const staff = await admin.request({
      method: "GET",
      url: `/api/orgs/kaannos/conversations/${conversation.id}`,
    });
    expect(staff.json().title).toEqual({ fi: "Liikenne", sv: "Trafik", en: "" });
    const queue = await mod.request({ method: "GET", url: url() });
    expect(queue.statusCode).toBe(200);
    const body = queue.json();
    expect(body.languages).toEqual(["fi", "sv", "en"]);
    expect(body.items).toEqual([
      {
        kind: "title",
        tid: null,
        language: "fi",
        texts: { fi: "Liikenne", sv: "Trafik", en: "" },
        missing: ["en"],
      },
      {
        kind: "statement",
        tid: 0,
        language: "fi",
        texts: { fi: "Pyöräteitä tarvitaan lisää" },
        missing: ["sv", "en"],
      },
      {
        kind: "statement",
        tid: 1,
        language: "fi",
        texts: { fi: "Bussit kulkevat liian harvoin" },
        missing: ["sv", "en"],
      },
    ]);
    expect(body.missing).toBe(5);
    const counts = await mod.request({
      method: "GET",
      url: "/api/orgs/kaannos/conversations/translations",
    });
    expect(counts.json().conversations).toEqual([
      { id: conversation.id, title: { fi: "Liikenne", sv: "Trafik", en: "" }, missing: 5 },
    ]);
  });

  it("saves a statement's translation, audit-logged, leaving the original and the votes as they were", async () => {
    const r = resident(t);
    expect((await r.vote(conversation.publicId, 0, "agree")).statusCode).toBe(200);
    const saved = await save(mod, {
      kind: "statement",
      tid: 0,
      language: "sv",
      text: "  Det behövs fler cykelvägar ",
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.find((i: { tid: number }) => i.tid === 0).missing).toEqual(["en"]);
    const [row] = await t.database.db
      .select()
      .from(statements)
      .where(and(eq(statements.conversationId, conversation.id), eq(statements.tid, 0)));
    expect(row!.text).toBe("Pyöräteitä tarvitaan lisää");
    expect(row!.language).toBe("fi");
    expect(row!.translations).toEqual({ sv: "Det behövs fler cykelvägar" });
    const myVotes = await t.database.db
      .select()
      .from(votes)
      .where(eq(votes.conversationId, conversation.id));
    expect(myVotes.map((v) => [v.tid, v.vote])).toEqual([[0, 1]]);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "statement.translated"));
    expect(event).toMatchObject({
      targetType: "statement",
      targetId: `${conversation.id}/0`,
      detail: { language: "sv", before: null, after: "Det behövs fler cykelvägar" },
    });
    // Residents get the translation with the original and its language.
    const list = await r.request({
      method: "GET",
      url: `/api/p/c/${conversation.publicId}/statements`,
    });
    expect(list.json().statements[0]).toMatchObject({
      tid: 0,
      text: "Pyöräteitä tarvitaan lisää",
      language: "fi",
      translations: { sv: "Det behövs fler cykelvägar" },
      myVote: "agree",
    });
  });

  it("saves the title's translation and records it; residents see it at once", async () => {
    const before = await resident(t).request({
      method: "GET",
      url: `/api/p/c/${conversation.publicId}`,
    });
    expect(before.json().title.en).toBe("");
    const saved = await save(admin, { kind: "title", language: "en", text: "Traffic" });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.some((i: { kind: string }) => i.kind === "title")).toBe(false);
    const view = await resident(t).request({
      method: "GET",
      url: `/api/p/c/${conversation.publicId}`,
    });
    // The vote path's cached conversation is dropped: residents see the translation at once.
    expect(view.json().title.en).toBe("Traffic");
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "conversation.translated"));
    expect(event?.detail).toMatchObject({ field: "title", language: "en", after: "Traffic" });
  });

  it("refuses an unknown language, the statement's own language and a too-long text, naming the field", async () => {
    const unknown = await save(mod, { kind: "statement", tid: 1, language: "de", text: "x" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe("body.language");
    const own = await save(mod, { kind: "statement", tid: 1, language: "fi", text: "x" });
    expect(own.statusCode).toBe(400);
    expect(own.json().errors[0].path).toBe("body.language");
    const long = await save(mod, {
      kind: "statement",
      tid: 1,
      language: "sv",
      text: "a".repeat(1001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ path: "body.text", code: "too_long" });
    const noTid = await save(mod, { kind: "statement", language: "sv", text: "x" });
    expect(noTid.statusCode).toBe(400);
    expect(noTid.json().errors[0].path).toBe("body.tid");
    const missing = await save(mod, { kind: "statement", tid: 99, language: "sv", text: "x" });
    expect(missing.statusCode).toBe(404);
  });

  it("is for translators of this organization only", async () => {
    expect((await analyst.request({ method: "GET", url: url() })).statusCode).toBe(403);
    expect((await save(analyst, { kind: "title", language: "en", text: "x" })).statusCode).toBe(
      403,
    );
    expect((await outsider.request({ method: "GET", url: url() })).statusCode).toBe(403);
    const theirs = await createTestConversation(outsider, "toinen");
    const across = await mod.request({
      method: "PUT",
      url: `/api/orgs/kaannos/conversations/${theirs.id}/translations`,
      payload: { kind: "statement", tid: 0, language: "sv", text: "x" },
    });
    expect(across.statusCode).toBe(404);
  });

  it("keeps a resident's statement in the resident's language, and refuses one the organization lacks", async () => {
    const r = resident(t);
    const written = await r.request({
      method: "POST",
      url: `/api/p/c/${conversation.publicId}/statements`,
      payload: { text: "Fler bussar på kvällarna", language: "sv" },
    });
    expect(written.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(statements)
      .where(
        and(eq(statements.conversationId, conversation.id), eq(statements.tid, written.json().tid)),
      );
    expect(row!.language).toBe("sv");
    const bad = await r.request({
      method: "POST",
      url: `/api/p/c/${conversation.publicId}/statements`,
      payload: { text: "Mehr Busse", language: "de" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("body.language");
  });

  it("exports the language and translations after the text, and imports them again", async () => {
    const file = async (name: string) =>
      (
        await admin.request({
          method: "GET",
          url: `/api/orgs/kaannos/conversations/${conversation.id}/export/${name}`,
        })
      ).body;
    const comments = await file("comments.csv");
    const table = new CsvTable(comments, "comments.csv");
    const first = [...table.rows()][0]!;
    expect(table.get(first, "comment-body")).toBe("Pyöräteitä tarvitaan lisää");
    expect(table.get(first, "comment-language")).toBe("fi");
    expect(table.get(first, "translation-sv")).toBe("Det behövs fler cykelvägar");
    expect(table.get(first, "translation-en")).toBe("");
    const header = comments.replace("\uFEFF", "").split("\n")[0]!.split(",");
    expect(header.indexOf("comment-language")).toBe(header.indexOf("comment-body") + 1);
    const imported = await admin.request({
      method: "POST",
      url: "/api/orgs/kaannos/conversations/import",
      payload: { files: { comments, votes: await file("votes.csv") } },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(statements)
      .where(and(eq(statements.conversationId, imported.json().id), eq(statements.tid, 0)));
    expect(row).toMatchObject({
      text: "Pyöräteitä tarvitaan lisää",
      language: "fi",
      translations: { sv: "Det behövs fler cykelvägar" },
    });
  });
});
