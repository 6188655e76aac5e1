import { parseCsv } from "@kuulo/opinion";
import { describe, expect, it } from "vitest";
import { cell, csv } from "./csv.js";

describe("CSV cells for spreadsheets", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+358401234567", "'+358401234567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", '"\'\t=1+1"'],
    ["\r=1+1", '"\'\r=1+1"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["a;=1+1", '"a;=1+1"'],
    ["kaksi\trivi", '"kaksi\trivi"'],
    ["rivi\nrivi", '"rivi\nrivi"'],
    ["rivi\r\nrivi", '"rivi\r\nrivi"'],
    ["Lisää, kiitos", '"Lisää, kiitos"'],
    ['sanoi "ei"', '"sanoi ""ei"""'],
    ["tavallinen teksti", "tavallinen teksti"],
  ])("guards the text cell %j", (text, written) => {
    expect(cell(text)).toBe(written);
    expect(cell({ untrusted: text })).toBe(written);
  });

  it("writes numbers as numbers, negative ones included", () => {
    expect(cell(-1)).toBe("-1");
    expect(cell(0)).toBe("0");
    expect(cell(1700000000000)).toBe("1700000000000");
    expect(cell(null)).toBe("");
  });

  it("reads back as the same cells (with the apostrophe) in a CSV reader", () => {
    const hostile = ["=1+1", "a;b", "x\ty", "rivi\nrivi", '"', "-1"];
    const [record] = parseCsv(csv([[...hostile, -1]]), "t.csv");
    expect(record!.fields).toEqual(["'=1+1", "a;b", "x\ty", "rivi\nrivi", '"', "'-1", "-1"]);
  });
});
