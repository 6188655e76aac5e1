import { surveyToolWorkbook } from "@kuulo/xlsx/testing";
import { describe, expect, it } from "vitest";
import { parseDefinition } from "./definition.js";
import { SurveyError } from "./errors.js";
import { exportCsv, exportTable, exportXlsx } from "./export.js";
import { exportMapping, importResponses } from "./import.js";
import { readTable } from "./import-table.js";
import { inferDefinition } from "./infer.js";
import type { Answers } from "./model.js";
import { everyType } from "./testing.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

const rows = [
  ["2026-11-02 10:15", "34", "5", "Neuvola; Hammashoito", "Joensuu", "Hyvä palvelu, kiitos"],
  ["2026-11-02 11:00", "67", "4", "Hammashoito", "Kitee", ""],
  ["2026-11-03 09:30", "45", "2", "Neuvola", "Joensuu", "Jonot olivat pitkät;\nodotin tunnin."],
  ["2026-11-03 12:45", "29", "3", "Terveysasema; Neuvola", "Joensuu", "Ok"],
  [
    "2026-11-04 08:05",
    "81",
    "1",
    "Terveysasema",
    "Kitee",
    "Ajanvaraus ei toiminut, soitin monta kertaa eikä kukaan vastannut. Toivoisin takaisinsoittoa.",
  ],
  ["2026-11-04 14:20", "52", "5", "Hammashoito; Terveysasema", "Lieksa", ""],
  ["2026-11-05 16:40", "38", "4", "Neuvola", "Joensuu", "Ystävällinen henkilökunta"],
  ["2026-11-05 17:10", "73", "3", "Terveysasema", "Kitee", "Pysäköinti on hankalaa"],
];
const header =
  "Aikaleima;Ikä;Kuinka tyytyväinen olit?;Mitä palveluita käytit?;Kotikunta;Mitä parannettavaa?";
const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = [header, ...rows.map((r) => r.map(quote).join(";"))].join("\r\n");

describe("readTable", () => {
  it("reads `;` CSV with a BOM, Finnish letters and a quoted line break, rows by their lines", () => {
    const table = readTable(utf8(`\ufeff${csv}\r\n`));
    expect(table).toMatchObject({
      format: "csv",
      encoding: "utf-8",
      delimiter: ";",
      headerLine: 1,
    });
    expect(table.header[1]).toBe("Ikä");
    expect(table.rows[2]!.values[5]).toBe("Jonot olivat pitkät;\nodotin tunnin.");
    // the quoted line break moves the later rows down a line
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 10]);
    expect(table.rows[1]!.values[5]).toBeNull();
  });

  it("reads Windows-1252 / ISO-8859-1 with a notice, and tab-separated files", () => {
    const table = readTable(latin1(csv));
    expect(table.encoding).toBe("windows-1252");
    expect(table.notice).toMatch(/Windows-1252/);
    expect(table.header[2]).toBe("Kuinka tyytyväinen olit?");
    const tabs = readTable(utf8("nimi\tvastaus\nÅsa\tjå\n"));
    expect(tabs.delimiter).toBe("\t");
    expect(tabs.rows[0]!.values).toEqual(["Åsa", "jå"]);
  });

  it("names the line of a broken CSV", () => {
    expect(() => readTable(utf8('a;b\n1;"kesken\n'))).toThrow(
      /line 2: a quoted field is not closed/,
    );
  });

  it("says why a workbook cannot be read, as a SurveyError on the file", () => {
    const problems = (bytes: Uint8Array, sheet?: string) => {
      try {
        readTable(bytes, sheet === undefined ? {} : { sheet });
      } catch (error) {
        if (error instanceof SurveyError)
          return { message: error.message, problems: error.problems };
        throw error;
      }
      throw new Error("read");
    };
    const message = "the file is not an XLSX workbook (it cannot be unzipped)";
    expect(problems(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).toEqual({
      message,
      problems: [{ path: "file", code: "invalid_value", message }],
    });
    const noSheet = 'the workbook has no sheet "Muu" (it has: Info, Vastaukset & tiedot)';
    expect(problems(surveyToolWorkbook(), "Muu")).toEqual({
      message: noSheet,
      problems: [{ path: "file", code: "invalid_value", message: noSheet }],
    });
  });
});

describe("inferDefinition and importResponses", () => {
  const table = readTable(utf8(`\ufeff${csv}`));
  const proposal = inferDefinition(table);

  it("proposes question types from the values, and metadata from time stamps", () => {
    expect(proposal.columns.map((c) => [c.letter, c.role, c.type])).toEqual([
      ["A", "metadata", undefined],
      ["B", "question", "number"],
      ["C", "question", "scale"],
      ["D", "question", "multiple"],
      ["E", "question", "single"],
      ["F", "question", "text"],
    ]);
    const definition = parseDefinition(proposal.definition);
    const questions = definition.pages[0]!.questions;
    expect(questions.map((q) => q.id)).toEqual([
      "ika",
      "kuinka_tyytyvainen_olit",
      "mita_palveluita_kaytit",
      "kotikunta",
      "mita_parannettavaa",
    ]);
    expect(questions[1]).toMatchObject({ type: "scale", min: 1, max: 5 });
    const services = questions[2]!;
    expect(
      services.type === "multiple" && services.options.map((o) => [o.value, o.label.fi]),
    ).toEqual([
      ["neuvola", "Neuvola"],
      ["hammashoito", "Hammashoito"],
      ["terveysasema", "Terveysasema"],
    ]);
    expect(questions[4]).toMatchObject({ type: "text", long: true });
  });

  it("imports every row into checked answers with the metadata", () => {
    const definition = parseDefinition(proposal.definition);
    const result = importResponses(definition, table, proposal.mapping);
    expect(result.problems).toEqual([]);
    expect(result.responses).toHaveLength(8);
    expect(result.responses[0]).toEqual({
      line: 2,
      meta: { aikaleima: "2026-11-02 10:15" },
      answers: {
        ika: 34,
        kuinka_tyytyvainen_olit: 5,
        mita_palveluita_kaytit: { choices: ["neuvola", "hammashoito"] },
        kotikunta: { choice: "joensuu" },
        mita_parannettavaa: "Hyvä palvelu, kiitos",
      },
    });
    expect(result.responses[2]!.answers.mita_parannettavaa).toBe(
      "Jonot olivat pitkät;\nodotin tunnin.",
    );
  });

  it("names the line, column and value of every problem and imports nothing unless asked", () => {
    const definition = parseDefinition(proposal.definition);
    const bad = readTable(
      utf8(
        `${header}\n2026-11-02;34;9;Neuvola;Joensuu;\n2026-11-03;kolme;3;Kirjasto;Kitee;\n2026-11-04;40;4;Neuvola;Kitee;Hyvä\n`,
      ),
    );
    const result = importResponses(definition, bad, proposal.mapping);
    expect(result.responses).toEqual([]);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: "C",
        header: "Kuinka tyytyväinen olit?",
        value: "9",
        question: "kuinka_tyytyvainen_olit",
        code: "too_large",
        message: "at most 5",
      },
      {
        line: 3,
        column: "B",
        header: "Ikä",
        value: "kolme",
        question: "ika",
        code: "invalid_value",
        message: "is not a number",
      },
      {
        line: 3,
        column: "D",
        header: "Mitä palveluita käytit?",
        value: "Kirjasto",
        question: "mita_palveluita_kaytit",
        code: "invalid_value",
        message: '"Kirjasto" is not an option',
      },
    ]);
    const skipping = importResponses(definition, bad, proposal.mapping, { skipInvalid: true });
    expect(skipping.skipped).toBe(2);
    expect(skipping.responses.map((r) => r.line)).toEqual([4]);
  });

  it("tells comma-separated choices from option wordings that hold a comma", () => {
    const combos = [
      "Bussi, Juna",
      "Juna",
      "Bussi",
      "Auto, Bussi",
      "Auto, Juna, Pyörä",
      "Pyörä",
      "Auto",
      "Pyörä, Juna",
      "Bussi, Pyörä",
      "Auto, Bussi, Juna",
    ];
    const often = ["Kyllä, usein", "Kyllä, joskus", "Ei, en koskaan"];
    const lines = combos.map((c, i) => `"${c}","${often[i % 3]}"`);
    const table = readTable(utf8(`Kulkuvälineet,Käytätkö palvelua?\n${lines.join("\n")}\n`));
    const { columns, mapping, definition } = inferDefinition(table, { lang: "sv" });
    expect(columns.map((c) => c.type)).toEqual(["multiple", "single"]);
    expect(definition.languages).toEqual(["sv"]);
    const result = importResponses(parseDefinition(definition), table, mapping);
    expect(result.problems).toEqual([]);
    expect(result.responses[4]!.answers).toEqual({
      kulkuvalineet: { choices: ["juna", "auto", "pyora"] },
      kaytatko_palvelua: { choice: "kylla_joskus" },
    });
  });

  it("refuses a mapping to a column or question that is not there", () => {
    const definition = parseDefinition(proposal.definition);
    const result = importResponses(definition, table, {
      columns: [{ column: "Puuttuu", question: "ika" }],
    });
    expect(result.problems[0]).toMatchObject({
      line: 1,
      code: "unknown_field",
      message: 'there is no column "Puuttuu"',
    });
  });
});

describe("XLSX imports", () => {
  it("reads back Kuulo's own export into the same answers", () => {
    const answers: Answers[] = [
      {
        used: { choice: "yes" },
        channels: { choices: ["phone", "other"], other: "Kirje äidille" },
        home: "837",
        satisfied: 1,
        recommend: 0,
        visits: 12,
        aspects: { speed: "2", kindness: "5" },
        priorities: ["c", "a"],
        why: "Jono; pitkä\nja hidas",
        comments: "Åbo",
      },
      { used: { choice: "no" }, home: "other", comments: "=1+1" },
    ];
    const exported = exportTable({
      definition: everyType,
      responses: answers.map((a, i) => ({ answers: a, meta: { id: `r${i + 1}` } })),
      metaColumns: ["id"],
    });
    const table = readTable(exportXlsx(exported));
    expect(table.format).toBe("xlsx");
    const result = importResponses(everyType, table, exportMapping(everyType, table.header));
    expect(result.problems).toEqual([]);
    expect(result.responses.map((r) => r.answers)).toEqual(answers);
    expect(result.responses.map((r) => r.meta)).toEqual([{ id: "r1" }, { id: "r2" }]);
  });

  it("reads back Kuulo's own CSV export, the formula guard taken off", () => {
    const answers: Answers[] = [
      {
        used: { choice: "yes" },
        channels: { choices: ["web"] },
        satisfied: "dont_know",
        visits: 3,
        priorities: ["b"],
        comments: "-5 astetta; kylmä",
      },
      { used: { choice: "no" }, comments: "=1+1" },
    ];
    const exported = exportTable({
      definition: everyType,
      responses: answers.map((a) => ({ answers: a })),
    });
    const csv = exportCsv(exported);
    expect(csv).toContain("'=1+1");
    const table = readTable(new TextEncoder().encode(csv));
    const result = importResponses(everyType, table, exportMapping(everyType, table.header));
    expect(result.problems).toEqual([]);
    expect(result.responses.map((r) => r.answers)).toEqual(answers);
  });

  it("imports a survey tool's workbook: labels to points, rich-text headers, dates", () => {
    const table = readTable(surveyToolWorkbook(), { sheet: "Vastaukset & tiedot" });
    expect(table.header).toEqual([
      "Aikaleima",
      "Kuinka tyytyväinen olit?",
      "Kunta",
      "Kommentit",
      "Lapsia",
      "Jäsen",
    ]);
    const definition = parseDefinition({
      languages: ["fi"],
      title: { fi: "Palvelukysely" },
      pages: [
        {
          id: "p",
          questions: [
            { id: "tyytyvainen", type: "likert", text: { fi: "Kuinka tyytyväinen olit?" } },
            {
              id: "kunta",
              type: "single",
              text: { fi: "Kunta" },
              options: [
                { value: "turku", label: { fi: "Turku", sv: "Åbo" } },
                { value: "vora", label: { fi: "Vöyri", sv: "Vörå" } },
              ],
              other: true,
            },
            { id: "kommentit", type: "text", text: { fi: "Kommentit" } },
            { id: "lapsia", type: "number", text: { fi: "Lapsia" } },
          ],
        },
      ],
    });
    const result = importResponses(definition, table, {
      columns: [
        { column: 1, question: "tyytyvainen" },
        { column: "Kunta", question: "kunta" },
        { column: "Kommentit", question: "kommentit" },
        { column: "Lapsia", question: "lapsia" },
      ],
      meta: [{ column: "Aikaleima", name: "submitted" }],
    });
    expect(result.problems).toEqual([
      {
        line: 4,
        column: "E",
        header: "Lapsia",
        value: "#DIV/0!",
        question: "lapsia",
        code: "invalid_value",
        message: "is not a number",
      },
    ]);
    const skipped = importResponses(definition, table, {
      columns: [
        { column: 1, question: "tyytyvainen" },
        { column: "Kunta", question: "kunta" },
        { column: "Kommentit", question: "kommentit" },
      ],
      meta: [{ column: 0, name: "submitted" }],
    });
    expect(skipped.responses).toEqual([
      {
        line: 3,
        meta: { submitted: "2026-11-02T12:00:00" },
        answers: {
          tyytyvainen: 5,
          kunta: { choice: "other", other: "Åbo & Vörå <3" },
          kommentit: "Rivi 1\nrivi 2",
        },
      },
      { line: 4, meta: { submitted: "2026-11-02" }, answers: { tyytyvainen: 4 } },
    ]);
    expect(inferDefinition(table).columns[0]!.role).toBe("metadata");
  });
});
