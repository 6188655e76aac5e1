import { describe, expect, it } from "vitest";
import { EXPORT_FIXTURES, readExport } from "../test/load.js";
import { parseCsv } from "./csv.js";
import { OpinionError } from "./errors.js";
import { parsePolisExport } from "./polis-export.js";

function errorOf(fn: () => unknown): OpinionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OpinionError) return error;
    throw error;
  }
  throw new Error("expected an OpinionError");
}

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and newlines, and tracks record lines", () => {
    const records = parseCsv('a,b\r\n1,"x, ""y""\nz"\n2,w\n', "t.csv");
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", 'x, "y"\nz'],
      ["2", "w"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("names the file and line of an unclosed quote", () => {
    const error = errorOf(() => parseCsv('a,b\n1,"open\n2,3\n', "votes.csv"));
    expect(error.code).toBe("CSV_SYNTAX");
    expect(error.message).toBe("votes.csv, line 2: a quoted field is never closed");
  });
});

describe("Polis CSV export", () => {
  it.each(EXPORT_FIXTURES)("reads the %s export", (name) => {
    const data = parsePolisExport({
      comments: readExport(name, "comments.csv"),
      votes: readExport(name, "votes.csv"),
      participantsVotes: readExport(name, "participants-votes.csv"),
    });
    const lines = readExport(name, "votes.csv").trim().split("\n").length - 1;
    expect(data.votes.length).toBe(lines);
    for (let i = 1; i < data.votes.length; i++)
      expect(data.votes[i]!.time!).toBeGreaterThanOrEqual(data.votes[i - 1]!.time!);
    expect(data.groups!.size).toBeGreaterThan(10);
    expect(new Set(data.groups!.values()).size).toBe(2);
    expect(data.moderation.length).toBeGreaterThan(40);
  });

  it("reads newer layouts: seconds timestamps and is-meta", () => {
    const data = parsePolisExport({
      comments:
        "timestamp,comment-id,author-id,agrees,disagrees,moderated,comment-body,is-meta,is-seed\n" +
        '1700000000,0,1,0,0,1,"Meta, really",true,false\n1700000001,1,1,0,0,-1,plain,false,false\n',
      votes: "timestamp,comment-id,voter-id,vote\n1700000005,0,3,1\n1700000002,0,3,-1\n",
    });
    expect(data.votes.map((v) => [v.time, v.vote])).toEqual([
      [1700000002000, -1],
      [1700000005000, 1],
    ]);
    expect(data.moderation).toEqual([
      { statement: 0, status: "accepted", meta: true },
      { statement: 1, status: "rejected", meta: false },
    ]);
    expect(data.groups).toBeNull();
  });

  it("names file, line and column of a bad value and of a missing column", () => {
    const bad = errorOf(() =>
      parsePolisExport({ votes: "timestamp,comment-id,voter-id,vote\n1,0,3,1\n2,0,x,1\n" }),
    );
    expect(bad.code).toBe("CSV_BAD_VALUE");
    expect(bad.message).toBe(
      'votes.csv, line 3, column "voter-id": expected a non-negative integer, got "x"',
    );
    const missing = errorOf(() => parsePolisExport({ votes: "comment-id,vote\n0,1\n" }));
    expect(missing.code).toBe("CSV_MISSING_COLUMN");
    expect(missing.message).toMatch(/^votes\.csv, line 1: the header has no "voter-id" column/);
    const vote = errorOf(() => parsePolisExport({ votes: "comment-id,voter-id,vote\n0,1,5\n" }));
    expect(vote.message).toBe('votes.csv, line 2, column "vote": a vote must be -1, 0 or 1, got 5');
    const meta = errorOf(() =>
      parsePolisExport({
        votes: "comment-id,voter-id,vote\n",
        comments: "comment-id,moderated,is-meta\n0,1,maybe\n",
      }),
    );
    expect(meta.message).toBe(
      'comments.csv, line 2, column "is-meta": expected true or false, got "maybe"',
    );
  });
});

describe("large Polis exports", () => {
  it("reads 200,000 timed votes without overflowing the call stack", () => {
    const lines = ["timestamp,datetime,comment-id,voter-id,vote"];
    // Newest first, so that sorting by time has to move every vote.
    for (let i = 200_000; i > 0; i--)
      lines.push(`${1_600_000_000 + i},,${i % 40},${Math.floor(i / 40)},${(i % 3) - 1}`);
    const parsed = parsePolisExport({ votes: lines.join("\n") });
    expect(parsed.votes).toHaveLength(200_000);
    expect(parsed.votes[0]!.time).toBe((1_600_000_000 + 1) * 1000);
    expect(parsed.votes.at(-1)!.time).toBe((1_600_000_000 + 200_000) * 1000);
  });

  it("refuses ids above 2^31−1 and times beyond year 9999, naming line and column", () => {
    const header = "timestamp,comment-id,voter-id,vote\n";
    expect(() => parsePolisExport({ votes: `${header}1600000000,2147483648,0,1\n` })).toThrow(
      /votes\.csv, line 2, column "comment-id": 2147483648 is too large/,
    );
    expect(() => parsePolisExport({ votes: `${header}1e20,0,0,1\n` })).toThrow(
      /votes\.csv, line 2, column "timestamp": expected an integer, got "1e20"/,
    );
    expect(() => parsePolisExport({ votes: `${header}300000000000000,0,0,1\n` })).toThrow(
      /votes\.csv, line 2, column "timestamp": 300000000000000 is not a time between 1970 and 9999/,
    );
    expect(() => parsePolisExport({ votes: `${header}1600000000,0,1e300,1\n` })).toThrow(
      /line 2, column "voter-id": expected a non-negative integer/,
    );
  });
});
