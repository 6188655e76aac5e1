import { describe, expect, it } from "vitest";
import { CsvTable, parseCsv } from "./csv.js";
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

describe("CSV read by @kuulo/csv", () => {
  it("reads an export saved by a spreadsheet in a Finnish locale (semicolons, BOM, CRLF)", () => {
    const data = parsePolisExport({
      votes:
        "\ufefftimestamp;comment-id;voter-id;vote\r\n1700000005;0;3;1\r\n1700000002;1;3;-1\r\n",
    });
    expect(data.votes).toEqual([
      { participant: 3, statement: 1, vote: -1, time: 1700000002000 },
      { participant: 3, statement: 0, vote: 1, time: 1700000005000 },
    ]);
  });

  it("refuses a row with more fields than the header, naming the line", () => {
    const error = errorOf(() =>
      parsePolisExport({ votes: "comment-id,voter-id,vote\n0,1,1\n\n0,2,1,9\n" }),
    );
    expect(error.code).toBe("CSV_SYNTAX");
    expect(error.message).toBe("votes.csv, line 4: 4 fields, but the header has 3");
  });

  it("reads a short row's missing cells as blank", () => {
    const table = new CsvTable("participant,group-id\n7\n", "participants-votes.csv");
    const [row] = Array.from(table.rows());
    expect(table.get(row!, "group-id")).toBe("");
  });

  it("names the line of a quote inside an unquoted field", () => {
    const error = errorOf(() => parseCsv('a,b\n1,x"y\n', "t.csv"));
    expect(error.code).toBe("CSV_SYNTAX");
    expect(error.message).toMatch(/^t\.csv, line 2: a quote inside an unquoted field/);
    expect(errorOf(() => new CsvTable("", "c.csv")).code).toBe("CSV_MISSING_COLUMN");
  });
});
