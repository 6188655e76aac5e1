import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { XlsxError } from "./errors.js";
import { readXlsx, serialToIso } from "./read.js";
import { surveyToolWorkbook } from "./testing.js";
import { columnLetter, writeXlsx } from "./write.js";

describe("readXlsx", () => {
  it("reads a survey tool's workbook: shared strings, rich text, dates, booleans, gaps", () => {
    const book = readXlsx(surveyToolWorkbook(), { sheet: "Vastaukset & tiedot" });
    expect(book.sheets).toEqual(["Info", "Vastaukset & tiedot"]);
    expect(book.rows).toEqual([
      {
        line: 1,
        values: ["Aikaleima", "Kuinka tyytyväinen olit?", "Kunta", "Kommentit", "Lapsia", "Jäsen"],
      },
      {
        line: 3,
        values: [
          "2026-11-02T12:00:00",
          "Täysin samaa mieltä",
          "Åbo & Vörå <3",
          "Rivi 1\nrivi 2",
          2,
          true,
        ],
      },
      { line: 4, values: ["2026-11-02", "4", null, null, "#DIV/0!", false] },
    ]);
  });

  it("reads the first sheet by default and dates of the 1904 system", () => {
    expect(readXlsx(surveyToolWorkbook()).rows).toEqual([{ line: 1, values: ["Kysely"] }]);
    const book = readXlsx(surveyToolWorkbook({ date1904: true }), { sheet: "Vastaukset & tiedot" });
    expect(book.rows[2]!.values[0]).toBe("2030-11-03");
  });

  it("names what is wrong with a file that is not a workbook or lacks the sheet", () => {
    expect(() => readXlsx(strToU8("id;vastaus"))).toThrow(/not an XLSX workbook/);
    expect(() => readXlsx(surveyToolWorkbook(), { sheet: "Muu" })).toThrow(
      /no sheet "Muu" \(it has: Info, Vastaukset & tiedot\)/,
    );
  });

  it("throws XlsxErrors that say where in the workbook the problem is", () => {
    const caught = (bytes: Uint8Array, sheet?: string) => {
      try {
        readXlsx(bytes, sheet === undefined ? {} : { sheet });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const notZip = caught(strToU8("id;vastaus"));
    expect(notZip).toBeInstanceOf(XlsxError);
    expect(notZip).toMatchObject({ name: "XlsxError", location: undefined });
    const noWorkbook = caught(zipSync({ "xl/styles.xml": strToU8("<styleSheet/>") }));
    expect(noWorkbook).toMatchObject({
      message: "the file is not an XLSX workbook (xl/workbook.xml is missing)",
      location: { part: "xl/workbook.xml" },
    });
    expect(caught(surveyToolWorkbook(), "Muu")).toMatchObject({ location: { sheet: "Muu" } });
    const noSheet = caught(
      zipSync({
        "xl/workbook.xml": strToU8(
          '<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>',
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/a.xml"/></Relationships>',
        ),
      }),
    );
    expect(noSheet).toMatchObject({
      message: 'the sheet "A" is missing from the workbook',
      location: { part: "xl/worksheets/a.xml", sheet: "A" },
    });
  });

  it("reads back what writeXlsx wrote, sheet names made safe", () => {
    const bytes = writeXlsx([
      {
        name: "Vastaukset: 2026/11",
        rows: [
          ["ä", "ö"],
          ["å\u0001", -1.5],
          [true, null, "x"],
        ],
      },
    ]);
    const book = readXlsx(bytes);
    expect(book.sheet).toBe("Vastaukset_ 2026_11");
    expect(book.rows).toEqual([
      { line: 1, values: ["ä", "ö"] },
      { line: 2, values: ["å", -1.5] },
      { line: 3, values: [true, null, "x"] },
    ]);
  });
});

describe("helpers", () => {
  it("column letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
  it("serial dates (Excel's 1900 system counts from 1899-12-30)", () => {
    expect(serialToIso(1)).toBe("1899-12-31");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(45658.75)).toBe("2025-01-01T18:00:00");
  });
});
