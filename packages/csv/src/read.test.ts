import { describe, expect, it } from "vitest";
import { CsvError } from "./errors.js";
import { csvRecords, csvTable, detectDelimiter, readCsv } from "./read.js";

const records = (text: string, delimiter?: string) =>
  Array.from(csvRecords(text, delimiter ? { delimiter } : {}));

function errorOf(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("csvRecords", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, keeping lines", () => {
    const text = '\ufeffid,nimi\r\n1,"Virtanen, ""Matti"""\r\n\r\n2,"kaksi\r\nriviä"\n3,x';
    expect(records(text)).toEqual([
      { line: 1, fields: ["id", "nimi"] },
      { line: 2, fields: ["1", 'Virtanen, "Matti"'] },
      { line: 4, fields: ["2", "kaksi\r\nriviä"] },
      { line: 6, fields: ["3", "x"] },
    ]);
  });

  it("ends records at CRLF, LF or a lone CR, and counts them all as lines", () => {
    expect(records('a\rb\r\nc\n"d\re"\rf')).toEqual([
      { line: 1, fields: ["a"] },
      { line: 2, fields: ["b"] },
      { line: 3, fields: ["c"] },
      { line: 4, fields: ["d\re"] },
      { line: 6, fields: ["f"] },
    ]);
  });

  it("drops only a leading BOM", () => {
    expect(records("\ufeffa,\ufeffb")).toEqual([{ line: 1, fields: ["a", "\ufeffb"] }]);
  });

  it("skips empty lines but keeps lines of spaces, empty fields and a quoted empty field", () => {
    expect(records('\n\na\n\n \n,\n""\n\n').map((r) => [r.line, r.fields])).toEqual([
      [3, ["a"]],
      [5, [" "]],
      [6, ["", ""]],
      [7, [""]],
    ]);
    expect(records("")).toEqual([]);
    expect(records("\ufeff\r\n")).toEqual([]);
  });

  it("keeps spaces in unquoted fields and ignores them around quoted ones", () => {
    expect(records(' a , "b, c" ,"d"  \n')[0]!.fields).toEqual([" a ", "b, c", "d"]);
    expect(records('a\t "b" \t"c"', "\t")[0]!.fields).toEqual(["a", "b", "c"]);
  });

  it("names line and character of a quote problem", () => {
    const unclosed = errorOf(() => records('a,b\n1,"open\n2,3\n'));
    expect(unclosed).toMatchObject({ problem: "UNCLOSED_QUOTE", line: 2, column: 3 });
    expect(unclosed.message).toBe(
      "line 2, character 3: a quoted field is not closed before the end of the file",
    );
    expect(errorOf(() => records('a,b\n1,x"y\n'))).toMatchObject({
      problem: "QUOTE_IN_FIELD",
      line: 2,
      column: 4,
    });
    expect(errorOf(() => records('a,b\n1,"x\ny"z\n'))).toMatchObject({
      problem: "TEXT_AFTER_QUOTE",
      line: 3,
      column: 3,
      character: "z",
    });
  });

  it("is lazy: records before a broken one are read", () => {
    const it = csvRecords('a\nb\n"c');
    expect(it.next().value).toEqual({ line: 1, fields: ["a"] });
    expect(it.next().value).toEqual({ line: 2, fields: ["b"] });
    expect(() => it.next()).toThrow(CsvError);
  });

  it("refuses a delimiter that cannot be one", () => {
    expect(() => records("a", '"')).toThrow(TypeError);
    expect(() => records("a", ";;")).toThrow(TypeError);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["id,nimi,kunta\n", ","],
    ["id;nimi;kunta\n1;a,b;c", ";"],
    ["id\tnimi\n", "\t"],
    ['"a,b";c\n', ";"],
    ["nimi;ikä, vuotta;kunta\n", ";"],
    ["a,b;c\n", ","],
    ["a;b\tc\n", ";"],
    ["yksi\n", ","],
    ["\ufeff\r\n\r\nid;x\n", ";"],
    ["", ","],
  ])("%j → %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("csvTable", () => {
  it("trims header names and reads semicolon files from Finnish spreadsheets", () => {
    const table = readCsv('\ufeff id ;kunta\r\n1;Hyvinkää\r\n2;"Pedersöre; Pedersören kunta"\r\n');
    expect(table.header).toEqual(["id", "kunta"]);
    expect(table.delimiter).toBe(";");
    expect(table.rows).toEqual([
      { line: 2, fields: ["1", "Hyvinkää"] },
      { line: 3, fields: ["2", "Pedersöre; Pedersören kunta"] },
    ]);
  });

  it("reports ragged rows with their line; pads short rows only when asked", () => {
    expect(errorOf(() => readCsv("a,b\n1,2\n\n1,2,3\n"))).toMatchObject({
      problem: "TOO_MANY_FIELDS",
      line: 4,
      fields: 3,
      expected: 2,
      message: "line 4: row has 3 fields, the header has 2",
    });
    expect(errorOf(() => readCsv("a,b\n1,2\n3\n"))).toMatchObject({
      problem: "TOO_FEW_FIELDS",
      line: 3,
      fields: 1,
      expected: 2,
    });
    expect(readCsv("a,b,c\n1\n", { shortRows: "pad" }).rows).toEqual([
      { line: 2, fields: ["1", "", ""] },
    ]);
    expect(errorOf(() => readCsv("a,b\n1,2,3\n", { shortRows: "pad" })).problem).toBe(
      "TOO_MANY_FIELDS",
    );
  });

  it("needs a header row", () => {
    expect(errorOf(() => csvTable("\n\r\n"))).toMatchObject({ problem: "NO_HEADER", line: 1 });
    expect(csvTable("\n\nid\n").headerLine).toBe(3);
  });

  it("reads its rows again on every call", () => {
    const table = csvTable("a\n1\n2\n");
    expect(Array.from(table.rows()).length).toBe(2);
    expect(Array.from(table.rows()).map((r) => r.fields[0])).toEqual(["1", "2"]);
  });
});
