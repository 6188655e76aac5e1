import { describe, expect, it } from "vitest";
import { readCsv } from "./read.js";
import { csvCell, writeCsv } from "./write.js";

describe("csvCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+358401234567", "'+358401234567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", '"\'\t=1+1"'],
    ["\r=1+1", '"\'\r=1+1"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["a;=1+1", '"a;=1+1"'],
    ["Lisää, kiitos", '"Lisää, kiitos"'],
    ["rivi\nrivi", '"rivi\nrivi"'],
    [" reunoilla tilaa ", '" reunoilla tilaa "'],
    ["tavallinen teksti", "tavallinen teksti"],
    ["", ""],
  ])("guards and quotes the text cell %j", (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it("writes numbers as they are, nothing as empty", () => {
    expect(
      [-1, 0, 1.5, 1700000000000, Number.NaN, Infinity, null, undefined].map((v) => csvCell(v)),
    ).toEqual(["-1", "0", "1.5", "1700000000000", "", "", "", ""]);
  });

  it("leaves text that is a plain number alone when told the cells are all text", () => {
    const cells = ["-3", "+358401234567", "1,5", "-2+3", "+ 1", "=1"];
    expect(cells.map((c) => csvCell(c, { numbersInText: true }))).toEqual([
      "-3",
      "+358401234567",
      '"1,5"',
      "'-2+3",
      "'+ 1",
      "'=1",
    ]);
  });

  it("quotes a cell holding another delimiter", () => {
    expect(csvCell("a|b", { delimiter: "|" })).toBe('"a|b"');
  });
});

describe("writeCsv", () => {
  it('writes LF line ends and a final line break, and a lone empty cell as ""', () => {
    expect(writeCsv([["id", "x"], [1, "a,b"], [""], [null]])).toBe('id,x\n1,"a,b"\n""\n""\n');
    expect(readCsv(writeCsv([["h"], [""], ["x"]])).rows.map((r) => r.fields)).toEqual([
      [""],
      ["x"],
    ]);
  });

  it("writes with a semicolon for Finnish spreadsheets", () => {
    expect(
      writeCsv(
        [
          ["a", "b"],
          ["1,5", "x;y"],
        ],
        { delimiter: ";" },
      ),
    ).toBe('a;b\n"1,5";"x;y"\n');
  });
});
