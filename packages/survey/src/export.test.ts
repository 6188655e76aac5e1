import { readCsv } from "@kuulo/csv";
import { readXlsx } from "@kuulo/xlsx";
import { describe, expect, it } from "vitest";
import { parseDefinition } from "./definition.js";
import { codebookRows, exportColumns, exportCsv, exportTable, exportXlsx } from "./export.js";
import type { Answers } from "./model.js";
import { everyType } from "./testing.js";

const full: Answers = {
  used: { choice: "yes" },
  channels: { choices: ["web", "other"], other: '=HYPERLINK("x")' },
  home: "091",
  satisfied: 2,
  recommend: 7,
  visits: 2.5,
  aspects: { speed: "4" },
  priorities: ["c", "a"],
  why: 'Jonot; ja "odotus"\nliian pitkä',
  comments: "Kiitos, hyvä!",
};

const table = exportTable({
  definition: everyType,
  responses: [
    {
      answers: full,
      meta: {
        id: "r1",
        channel: "web",
        submitted: "2026-11-02T10:00:00Z",
        version: 1,
        weight: 1.25,
      },
    },
    { answers: { used: { choice: "no" } }, meta: { id: "r2", channel: "paper", version: 1 } },
  ],
  metaColumns: ["id", "channel", "submitted", "version", "weight"],
});

describe("exportTable", () => {
  it("has a column per question, per option of multiple, per row of a grid and per rank", () => {
    expect(table.header).toEqual([
      "id",
      "channel",
      "submitted",
      "version",
      "weight",
      "used",
      "channels_phone",
      "channels_web",
      "channels_visit",
      "channels_other",
      "home",
      "satisfied",
      "recommend",
      "visits",
      "aspects_speed",
      "aspects_kindness",
      "priorities_1",
      "priorities_2",
      "why",
      "comments",
    ]);
    expect(table.rows[0]).toEqual([
      "r1",
      "web",
      "2026-11-02T10:00:00Z",
      1,
      1.25,
      "yes",
      0,
      1,
      0,
      '=HYPERLINK("x")',
      "091",
      2,
      7,
      2.5,
      4,
      null,
      "c",
      "a",
      'Jonot; ja "odotus"\nliian pitkä',
      "Kiitos, hyvä!",
    ]);
    // unanswered questions are empty, not 0
    expect(table.rows[1]!.slice(5, 10)).toEqual(["no", null, null, null, null]);
    expect(table.rows[1]![2]).toBeNull();
  });

  it("has a code book with the question texts and the values' labels", () => {
    const satisfied = table.codebook.find((e) => e.column === "satisfied")!;
    expect(satisfied).toMatchObject({
      question: "satisfied",
      type: "likert",
      text: "Olin tyytyväinen",
    });
    expect(satisfied.values[0]).toEqual({ value: "1", label: "Täysin eri mieltä" });
    expect(satisfied.values.at(-1)).toEqual({ value: "dont_know", label: "En osaa sanoa" });
    expect(table.codebook.find((e) => e.column === "channels_web")!.text).toBe(
      "Mitä kanavia käytit?: web",
    );
    expect(table.codebook.find((e) => e.column === "id")!.type).toBe("meta");
    const rows = codebookRows(table, "en");
    expect(rows[0]).toEqual(["column", "question", "type", "text", "value", "label"]);
    expect(rows).toContainEqual([
      "home",
      "home",
      "municipality",
      "Kotikunta",
      "other",
      "Muu kunta",
    ]);
  });
});

describe("column names", () => {
  it("stay distinct when a part spells another question's id", () => {
    const definition = parseDefinition({
      languages: ["fi"],
      title: { fi: "K" },
      pages: [
        {
          id: "p",
          questions: [
            {
              id: "a",
              type: "multiple",
              text: { fi: "A" },
              options: [
                { value: "b", label: { fi: "B" } },
                { value: "c", label: { fi: "C" } },
              ],
            },
            { id: "a_b", type: "text", text: { fi: "AB" } },
          ],
        },
      ],
    });
    expect(exportColumns(definition).map((c) => c.name)).toEqual(["a_b", "a_c", "a_b_2"]);
  });
});

describe("CSV", () => {
  const csv = exportCsv(table);
  it("is UTF-8 with a BOM, `;`-separated, RFC 4180 quoted, decimal commas", () => {
    expect(csv.startsWith("\ufeffid;channel;")).toBe(true);
    const back = readCsv(csv);
    expect(back.delimiter).toBe(";");
    const row = back.rows[0]!.fields;
    expect(row[back.header.indexOf("why")]).toBe('Jonot; ja "odotus"\nliian pitkä');
    expect(row[back.header.indexOf("visits")]).toBe("2,5");
    expect(row[back.header.indexOf("weight")]).toBe("1,25");
    expect(row[back.header.indexOf("home")]).toBe("091");
  });
  it("guards cells a spreadsheet would run as formulas", () => {
    const back = readCsv(csv);
    expect(back.rows[0]!.fields[back.header.indexOf("channels_other")]).toBe('\'=HYPERLINK("x")');
  });
  it("writes `,` with decimal points when asked", () => {
    const back = readCsv(exportCsv(table, { delimiter: "," }));
    expect(back.delimiter).toBe(",");
    expect(back.rows[0]!.fields[back.header.indexOf("visits")]).toBe("2.5");
  });
});

describe("XLSX", () => {
  const book = exportXlsx(table, "fi");
  it("has the responses and the code book, read back with numbers as numbers", () => {
    const responses = readXlsx(book);
    expect(responses.sheets).toEqual(["Vastaukset", "Koodikirja"]);
    expect(responses.rows[0]!.values).toEqual(table.header);
    const row = responses.rows[1]!.values;
    expect(row[table.header.indexOf("visits")]).toBe(2.5);
    expect(row[table.header.indexOf("home")]).toBe("091");
    expect(row[table.header.indexOf("why")]).toBe('Jonot; ja "odotus"\nliian pitkä');
    // inline strings never run as formulas: the text is kept as it is
    expect(row[table.header.indexOf("channels_other")]).toBe('=HYPERLINK("x")');
    const codebook = readXlsx(book, { sheet: "Koodikirja" });
    expect(codebook.rows[0]!.values).toEqual([
      "sarake",
      "kysymys",
      "tyyppi",
      "teksti",
      "arvo",
      "selite",
    ]);
    expect(
      codebook.rows.some(
        (r) => r.values[0] === "satisfied" && r.values[5] === "Täysin samaa mieltä",
      ),
    ).toBe(true);
  });
  it("writes the same bytes for the same table", () => {
    expect(exportXlsx(table, "fi")).toEqual(book);
  });
});
