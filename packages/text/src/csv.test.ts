import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnIndex, parseCsv } from "./csv.js";
import type { TextError } from "./errors.js";

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

describe("parseCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and newlines; rows keep their lines", () => {
    const t = parseCsv({
      file: "a.csv",
      text: '\ufeffid,answer\r\n1,"Hyvä, mutta ""kallis""."\r\n2,"Kaksi\nriviä"\n3,plain\n',
    });
    expect(t.header).toEqual(["id", "answer"]);
    expect(t.rows.map((r) => r.fields)).toEqual([
      ["1", 'Hyvä, mutta "kallis".'],
      ["2", "Kaksi\nriviä"],
      ["3", "plain"],
    ]);
    expect(t.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 3],
      [3, 5],
    ]);
  });

  it("detects semicolon files and keeps empty fields", () => {
    const t = parseCsv({ file: "b.csv", text: "a;b;c\n1;;3\n;;\n" });
    expect(t.delimiter).toBe(";");
    expect(t.rows.map((r) => r.fields)).toEqual([
      ["1", "", "3"],
      ["", "", ""],
    ]);
  });

  it("names file, line and problem in errors", () => {
    const err = (text: string) => {
      try {
        parseCsv({ file: "vastaukset.csv", text });
      } catch (e) {
        return e as TextError;
      }
      throw new Error("no error");
    };
    expect(err('a,b\n1,"open\n2,x\n')).toMatchObject({
      code: "CSV_UNTERMINATED_QUOTE",
      message: expect.stringMatching(/^vastaukset\.csv:2:3: /),
    });
    expect(err('a,b\n1,x"y\n')).toMatchObject({
      code: "CSV_BAD_QUOTE",
      message: expect.stringContaining("vastaukset.csv:2:4"),
    });
    expect(err('a,b\n1,"x"y\n')).toMatchObject({ code: "CSV_BAD_QUOTE" });
    expect(err("a,b\n1,2\n3\n")).toMatchObject({
      code: "CSV_FIELD_COUNT",
      message: "vastaukset.csv:3: row has 1 fields, the header has 2",
    });
    expect(err("")).toMatchObject({ code: "CSV_NO_HEADER" });
    const t = parseCsv({ file: "c.csv", text: "id,text\n" });
    expect(() => columnIndex({ table: t, column: "answer", file: "c.csv" })).toThrow(
      'c.csv:1: no column "answer" (columns: "id", "text")',
    );
  });

  it("round-trips any table written by an RFC 4180 writer (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "ä", ",", '"', "\n", "\r\n", " ", "x") });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(field, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (width, rows) => {
          const header = ["h1", "h2", "h3", "h4"].slice(0, width);
          const body = rows.map((r) => r.slice(0, width));
          const text = [header, ...body].map((r) => r.map(quote).join(",")).join("\r\n");
          const parsed = parseCsv({ file: "p.csv", text, delimiter: "," });
          const expected = body.filter((r) => !(r.length === 1 && r[0] === ""));
          expect(parsed.rows.map((r) => r.fields)).toEqual(expected);
        },
      ),
    );
  });
});
