import { readFileSync } from "node:fs";
import { CsvTable } from "@kuulo/opinion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, recompute, resident } from "../testing.js";

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../../test/fixtures/polis-exports/brexit-consensus/${name}`, import.meta.url),
    "utf8",
  );

describe("Polis export and import", () => {
  let t: TestApp;
  let admin: StaffClient;
  let imported: { id: string; publicId: string };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("tuonti");
    await t.addMember(org, "admin@tuonti.fi", ["admin"]);
    admin = await t.signIn("admin@tuonti.fi");
    const response = await admin.request({
      method: "POST",
      url: "/api/orgs/tuonti/conversations/import",
      payload: {
        files: {
          comments: fixture("comments.csv"),
          votes: fixture("votes.csv"),
          participantsVotes: fixture("participants-votes.csv"),
          summary: fixture("summary.csv"),
        },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    imported = response.json();
    await recompute(t, imported.id);
  });
  afterAll(() => t.close());

  it("imports as a closed conversation titled from the summary, keeping Polis's groups", async () => {
    const view = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}`,
    });
    expect(view.json()).toMatchObject({
      title: { fi: "Can there be consensus on Brexit?" },
      state: "closed",
      imported: true,
    });
    const exported = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}/export/participants-votes.csv`,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toMatch(
      /attachment; filename=".*participants-votes\.csv"/,
    );
    const original = new CsvTable(fixture("participants-votes.csv"), "original");
    const ours = new CsvTable(exported.body, "ours");
    const groupsOf = (table: CsvTable) =>
      new Map(
        [...table.rows()].map((row) => [table.get(row, "participant"), table.get(row, "group-id")]),
      );
    const want = groupsOf(original);
    const got = groupsOf(ours);
    let compared = 0;
    for (const [pid, group] of want) {
      if (group === "") continue;
      expect(got.get(pid), `participant ${pid}`).toBe(group);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("exports votes and comments that import again to the same conversation", async () => {
    const votes = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}/export/votes.csv`,
    });
    const comments = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}/export/comments.csv`,
    });
    const originalVotes = new CsvTable(fixture("votes.csv"), "votes.csv");
    const exportedVotes = new CsvTable(votes.body, "exported");
    expect([...exportedVotes.rows()].length).toBe([...originalVotes.rows()].length);
    const again = await admin.request({
      method: "POST",
      url: "/api/orgs/tuonti/conversations/import",
      payload: { title: "Uudelleen tuotu", files: { comments: comments.body, votes: votes.body } },
    });
    expect(again.statusCode).toBe(201);
    await recompute(t, again.json().id);
    const a = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}/results`,
    });
    const b = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${again.json().id}/results`,
    });
    const texts = (r: typeof a) =>
      r
        .json()
        .statements.map((s: { tid: number; text: string; status: string }) => [
          s.tid,
          s.text,
          s.status,
        ]);
    expect(texts(b)).toEqual(texts(a));
    expect(b.json().results.participants).toBe(a.json().results.participants);
    const math = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti/conversations/${imported.id}/export/math.json`,
    });
    expect(math.json()).toHaveProperty("group-clusters");
    const audit = await admin.request({
      method: "GET",
      url: "/api/orgs/tuonti/audit?action=conversation.exported",
    });
    expect(audit.json().events.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses a bad file naming the file and line, and writes nothing", async () => {
    const before = (
      await admin.request({ method: "GET", url: "/api/orgs/tuonti/conversations" })
    ).json().conversations.length;
    const broken = fixture("votes.csv").replace(/\n(\d+,[^,]*,\d+,\d+),-?\d\n/, "\n$1,7\n");
    const response = await admin.request({
      method: "POST",
      url: "/api/orgs/tuonti/conversations/import",
      payload: { files: { comments: fixture("comments.csv"), votes: broken } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("body.files.votes");
    expect(response.json().detail).toMatch(/votes\.csv.*line \d+|line \d+/);
    const after = (
      await admin.request({ method: "GET", url: "/api/orgs/tuonti/conversations" })
    ).json().conversations.length;
    expect(after).toBe(before);
  });

  it("guards every text cell of the exports and keeps votes as numbers", async () => {
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/tuonti/conversations",
      payload: {
        title: { fi: "@SUM(1+1)*cmd|' /C calc'!A0" },
        description: { fi: "-2+3;rivi\ntoinen" },
        seedStatements: ['=HYPERLINK("http://x")', "Tavallinen;väite\tsarkaimella"],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const file = async (name: string) =>
      (
        await admin.request({
          method: "GET",
          url: `/api/orgs/tuonti/conversations/${id}/export/${name}`,
        })
      ).body;
    const commentsText = await file("comments.csv");
    expect(commentsText).toContain(',"Tavallinen;väite\tsarkaimella",');
    const comments = new CsvTable(commentsText, "comments.csv");
    expect([...comments.rows()].map((row) => comments.get(row, "comment-body"))).toEqual([
      '\'=HYPERLINK("http://x")',
      "Tavallinen;väite\tsarkaimella",
    ]);
    const summary = await file("summary.csv");
    expect(summary).toContain("topic,'@SUM(1+1)*cmd|' /C calc'!A0\n");
    expect(summary).toContain('conversation-description,"\'-2+3;rivi\ntoinen"\n');
    const votes = (
      await admin.request({
        method: "GET",
        url: `/api/orgs/tuonti/conversations/${imported.id}/export/votes.csv`,
      })
    ).body;
    expect(votes).toMatch(/,-1\n/);
    expect(votes).not.toContain("'");
  });

  it("writes CSVs with a byte order mark, each participant's segment, and masks contact details of statements residents never saw", async () => {
    const c = await createTestConversation(admin, "tuonti", { allowStatements: true });
    const link = c.links.find((l) => l.segmentKey === "henkilosto")!;
    const t1 = new URL(link.url).searchParams.get("t")!;
    const staffMember = resident(t);
    expect((await staffMember.vote(c.publicId, 0, "agree", { t: t1 })).statusCode).toBe(200);
    const anyone = resident(t);
    expect((await anyone.vote(c.publicId, 1, "disagree")).statusCode).toBe(200);
    const written = await anyone.request({
      method: "POST",
      url: `/api/p/c/${c.publicId}/statements`,
      payload: { text: "Soittakaa minulle 040 123 4567 tai maili matti.m@example.fi" },
    });
    expect(written.statusCode, written.body).toBe(201);
    const tid = written.json().tid as number;
    const rejected = await admin.request({
      method: "POST",
      url: `/api/orgs/tuonti/conversations/${c.id}/moderation`,
      payload: { action: "reject", tids: [tid], reason: "Yhteystietoja" },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const file = async (name: string) =>
      (
        await admin.request({
          method: "GET",
          url: `/api/orgs/tuonti/conversations/${c.id}/export/${name}`,
        })
      ).body;

    const comments = await file("comments.csv");
    expect(comments.startsWith("\uFEFFtimestamp,")).toBe(true);
    expect(comments).not.toContain("040 123 4567");
    expect(comments).not.toContain("matti.m@example.fi");
    expect(comments).toContain("Soittakaa minulle");
    const table = new CsvTable(comments, "comments.csv");
    const row = [...table.rows()].find((r) => table.get(r, "comment-id") === String(tid))!;
    expect(table.get(row, "moderated")).toBe("-1");

    const people = new CsvTable(await file("participants-votes.csv"), "participants-votes.csv");
    const segments = [...people.rows()].map((r) => people.get(r, "segment"));
    expect(segments.sort()).toEqual(["", "henkilosto"]);
    // The six Polis summary columns stay where Polis has them.
    const header = (await file("participants-votes.csv")).split("\n")[0]!.replace("\uFEFF", "");
    expect(header.split(",").slice(0, 7)).toEqual([
      "participant",
      "group-id",
      "n-comments",
      "n-votes",
      "n-agree",
      "n-disagree",
      "segment",
    ]);
  });
});
