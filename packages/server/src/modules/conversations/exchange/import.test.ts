import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { statements, voteEvents, votes } from "../schema.js";

/** Hostile and huge Polis imports: 400 naming file, line and column; a large file streams. */

const COMMENTS = "timestamp,comment-id,author-id,moderated,comment-body\n1600000000,0,0,1,Väite\n";
const VOTES = "timestamp,comment-id,voter-id,vote\n1600000001,0,0,1\n";

/** A votes.csv of `n` votes by n/50 participants on 50 statements, times in file order. */
function manyVotes(n: number): string {
  const lines = ["timestamp,datetime,comment-id,voter-id,vote"];
  for (let i = 0; i < n; i++)
    lines.push(`${1600000000 + i},,${i % 50},${Math.floor(i / 50)},${(i % 3) - 1}`);
  return `${lines.join("\n")}\n`;
}

function manyComments(): string {
  const lines = ["timestamp,comment-id,author-id,moderated,comment-body"];
  for (let tid = 0; tid < 50; tid++) lines.push(`1600000000,${tid},,1,Väite numero ${tid}`);
  return `${lines.join("\n")}\n`;
}

describe("Polis import of hostile and large files", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("tuonti2");
    await t.addMember(org, "admin@tuonti2.fi", ["admin"]);
    admin = await t.signIn("admin@tuonti2.fi");
  });
  afterAll(() => t.close());

  const importFiles = (files: Record<string, string>) =>
    admin.request({
      method: "POST",
      url: "/api/orgs/tuonti2/conversations/import",
      payload: { files: { comments: COMMENTS, votes: VOTES, ...files } },
    });

  it.each([
    [
      "a statement id above 2^31−1",
      { votes: VOTES.replace(",0,0,1\n", ",2147483648,0,1\n") },
      "votes",
      /votes\.csv, line 2, column "comment-id"/,
    ],
    [
      "a voter id above 2^31−1",
      { votes: VOTES.replace(",0,0,1\n", ",0,99999999999,1\n") },
      "votes",
      /votes\.csv, line 2, column "voter-id"/,
    ],
    [
      "a vote time of 1e20",
      { votes: VOTES.replace("1600000001", "100000000000000000000") },
      "votes",
      /votes\.csv, line 2, column "timestamp"/,
    ],
    [
      "a comment time of 1e20",
      { comments: COMMENTS.replace("1600000000", "1e20") },
      "comments",
      /comments\.csv, line 2, column "timestamp"/,
    ],
    [
      "a comment id above 2^31−1",
      { comments: COMMENTS.replace(",0,0,1,", ",4294967296,0,1,") },
      "comments",
      /comments\.csv, line 2, column "comment-id"/,
    ],
    [
      "an author id above 2^31−1",
      { comments: COMMENTS.replace(",0,0,1,", ",0,4294967296,1,") },
      "comments",
      /comments\.csv, line 2, column "author-id"/,
    ],
    [
      "a NUL byte in a comment",
      { comments: COMMENTS.replace("Väite", "Vä\u0000ite") },
      "comments",
      /comments: must not contain control characters \(U\+0000 at line 2, column 20\)/,
    ],
  ])("refuses %s with 400 naming file, line and column", async (_name, files, file, detail) => {
    const response = await importFiles(files);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.json().errors[0].path).toBe(`body.files.${file}`);
    expect(response.json().detail).toMatch(detail);
  });

  it("codes a bad file's field error with its file, line and column, for the staff's language", async () => {
    const response = await importFiles({ votes: VOTES.replace(",0,0,1\n", ",2147483648,0,1\n") });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      path: "body.files.votes",
      code: "invalid_file",
      params: { file: "votes.csv", line: 2, column: "comment-id", reason: "CSV_BAD_VALUE" },
    });
  });

  it("screens imported statements: identity codes removed, personal data flagged", async () => {
    const response = await importFiles({
      comments: `${COMMENTS}1600000000,1,0,1,"Hetu 131052–308T, soita 040 123 4567"\n`,
    });
    expect(response.statusCode, response.body).toBe(201);
    const rows = await t.database.db
      .select()
      .from(statements)
      .where(eq(statements.conversationId, response.json().id));
    const screened = rows.find((s) => s.tid === 1)!;
    expect(screened.text).toBe("Hetu [HETU], soita 040 123 4567");
    expect(screened.flags).toEqual(expect.arrayContaining(["hetu", "phone"]));
  });

  it("removes identity codes from the imported title and description", async () => {
    const response = await importFiles({
      summary:
        "topic,Palaute 131052-308T\nconversation-description,Tunnus ０２０５０２Ａ９０２Ｘ\n",
    });
    expect(response.statusCode, response.body).toBe(201);
    const view = await admin.request({
      method: "GET",
      url: `/api/orgs/tuonti2/conversations/${response.json().id}`,
    });
    expect(view.json().title.fi).toBe("Palaute [HETU]");
    expect(view.json().description.fi).toBe("Tunnus [HETU]");
  });

  it("writes a large import in chunks, the latest vote per participant and statement counting", async () => {
    const revote = "1700000000,,0,0,-1\n1700000001,,0,0,0\n";
    const response = await importFiles({
      comments: manyComments(),
      votes: manyVotes(45_000) + revote,
    });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(201);
    const id = response.json().id as string;
    const db = t.database.db;
    expect(await db.$count(voteEvents, eq(voteEvents.conversationId, id))).toBe(45_002);
    const latest = await db.select().from(votes).where(eq(votes.conversationId, id));
    expect(latest).toHaveLength(45_000);
    const first = latest.find((v) => v.pid === 0 && v.tid === 0)!;
    expect(first.vote).toBe(0);
    expect(first.updatedAt.toISOString()).toBe(new Date(1700000001_000).toISOString());
  }, 120_000);

  it.runIf(process.env.KUULO_SLOW_TESTS === "1")(
    "imports 1,000,000 votes (KUULO_SLOW_TESTS=1)",
    async () => {
      const started = Date.now();
      const response = await importFiles({ comments: manyComments(), votes: manyVotes(1_000_000) });
      expect(response.statusCode, response.body.slice(0, 500)).toBe(201);
      const id = response.json().id as string;
      expect(await t.database.db.$count(voteEvents, eq(voteEvents.conversationId, id))).toBe(
        1_000_000,
      );
      console.info(`1,000,000-vote import: ${Date.now() - started} ms`);
    },
    600_000,
  );
});
