import { describe, expect, it } from "vitest";
import type { SortitionError } from "../errors.js";
import { formatCsv, parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF and a BOM, keeping line numbers", () => {
    const table = parseCsv({
      text: '\uFEFFid,name\r\n1,"Virtanen, ""Matti"""\r\n\r\n2,"two\nlines"\n3,x',
    });
    expect(table.header).toEqual(["id", "name"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["1", 'Virtanen, "Matti"'] },
      { line: 4, cells: ["2", "two\nlines"] },
      { line: 6, cells: ["3", "x"] },
    ]);
  });

  it("detects semicolon-separated files (Finnish spreadsheets)", () => {
    const table = parseCsv({ text: "id;kunta\n1;Hyvinkää\n" });
    expect(table.rows[0]!.cells).toEqual(["1", "Hyvinkää"]);
  });

  it("pads short rows and rejects long ones with the line", () => {
    expect(parseCsv({ text: "a,b\n1\n" }).rows[0]!.cells).toEqual(["1", ""]);
    expect(() => parseCsv({ text: "a,b\n1,2,3\n", file: "p.csv" })).toThrow(
      /p\.csv, line 2: 3 fields/,
    );
  });

  it("rejects an unclosed quote", () => {
    try {
      parseCsv({ text: 'a\n"open\n', file: "f.csv" });
      expect.unreachable();
    } catch (error) {
      expect((error as SortitionError).code).toBe("BAD_CSV");
      expect((error as SortitionError).location?.line).toBe(2);
    }
  });

  it("round-trips through formatCsv", () => {
    const rows = [
      ["id", "note"],
      ["1", 'says "hei", then leaves'],
      ["2", "plain"],
    ];
    const text = formatCsv(rows);
    const table = parseCsv({ text });
    expect([table.header, ...table.rows.map((r) => r.cells)]).toEqual(rows);
  });

  it("guards text cells against spreadsheet formulas and quotes ; tab and line breaks", () => {
    const text = formatCsv([
      ["id", "note", "phone", "n"],
      ["=1+1", "@SUM(A1)", "+358401234567", -3],
      ["-2+3", "a;b", "x\ty", "-3"],
      ["\t=1", "rivi\nrivi", "+ 1", 4],
    ]);
    expect(text.split("\n").slice(1, 3)).toEqual([
      "'=1+1,'@SUM(A1),+358401234567,-3",
      '\'-2+3,"a;b","x\ty",-3',
    ]);
    const table = parseCsv({ text });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["'=1+1", "'@SUM(A1)", "+358401234567", "-3"],
      ["'-2+3", "a;b", "x\ty", "-3"],
      ["'\t=1", "rivi\nrivi", "'+ 1", "4"],
    ]);
  });
});
