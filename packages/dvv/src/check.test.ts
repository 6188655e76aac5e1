import { describe, expect, it } from "vitest";
import { checkExtract, peopleRows } from "./check.js";
import { DvvError } from "./errors.js";
import { syntheticHetu } from "./hetu.js";
import { parseMapping } from "./mapping.js";

const HEADER =
  "Henkilötunnus;Sukunimi;Etunimet;Äidinkieli;Kotikunta;Lähiosoite;Postinumero;Postitoimipaikka;Turvakielto;Kuolinpäivä";
const A = syntheticHetu({ birthDate: "1980-03-15", sex: 1 }); // 150380-901…
const B = syntheticHetu({ birthDate: "2005-12-31", sex: 2, sign: "B" });
const C = syntheticHetu({ birthDate: "1899-07-01", sex: 2 });
const D = syntheticHetu({ birthDate: "1960-01-01", sex: 1, sign: "V", serial: 3 });
const E = syntheticHetu({ birthDate: "1990-06-06", sex: 2, serial: 7 });

const row = (hetu: string, rest = "Malli;Aino;fi;091;Testikatu 1;00100;HELSINKI;E;") =>
  `${hetu};${rest}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const check = (text: string, options: Parameters<typeof parseMapping>[0] | undefined = undefined) =>
  checkExtract(bytes(text), {
    key: "test-key",
    on: "2026-01-01",
    ...(options ? { mapping: parseMapping(options) } : {}),
  });

describe("checkExtract", () => {
  it("reads a clean extract: counts, people, ages, counties", () => {
    const r = check(
      [
        HEADER,
        row(A),
        row(B, "Malli;Saga;SV;049;Provgatan 2;02100;ESBO;0;"),
        row(C, "Malli;Helmi;suomi;478;Torggatan 1;22100;MARIEHAMN;E;3.4.1990"),
        row(D, "Malli;Eino;se;179;;;;K;"),
        row(E, "Malli;Ilona;ru;837;Katu 3;33100;TAMPERE;Kyllä;"),
      ].join("\r\n"),
    );
    expect(r).toMatchObject({
      encoding: "utf-8",
      format: "csv",
      delimiter: ";",
      rows: 5,
      valid: 5,
      letters: 2,
      turvakielto: 2,
      deceased: 1,
      invalid: 0,
      problems: [],
    });
    expect(r.people.map(({ id, ...p }) => p)).toEqual([
      {
        birthDate: "1980-03-15",
        age: 45,
        sex: 1,
        language: "fi",
        municipality: "091",
        county: "90",
        turvakielto: false,
        deceased: false,
        letter: true,
      },
      {
        birthDate: "2005-12-31",
        age: 20,
        sex: 2,
        language: "sv",
        municipality: "049",
        county: "03",
        turvakielto: false,
        deceased: false,
        letter: true,
      },
      {
        birthDate: "1899-07-01",
        age: 126,
        sex: 2,
        language: "fi",
        municipality: "478",
        county: "",
        turvakielto: false,
        deceased: true,
        letter: false,
      },
      {
        birthDate: "1960-01-01",
        age: 66,
        sex: 1,
        language: "se",
        municipality: "179",
        county: "15",
        turvakielto: true,
        deceased: false,
        letter: false,
      },
      {
        birthDate: "1990-06-06",
        age: 35,
        sex: 2,
        language: "other",
        municipality: "837",
        county: "08",
        turvakielto: true,
        deceased: false,
        letter: false,
      },
    ]);
    expect(r.people[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    const out = peopleRows(r.people);
    expect(out[0]).toEqual([
      "id",
      "birth_date",
      "age",
      "sex",
      "language",
      "municipality",
      "county",
      "letter",
    ]);
    expect(out[1]!.slice(1)).toEqual(["1980-03-15", 45, 1, "fi", "091", "90", "yes"]);
    expect(JSON.stringify(out)).not.toContain(A.slice(0, 6));
  });

  it("keeps ids stable per key and different between keys", () => {
    const text = `${HEADER}\n${row(A)}\n`;
    const one = checkExtract(bytes(text), { key: "k1", on: "2026-01-01" }).people[0]!.id;
    expect(checkExtract(bytes(text), { key: "k1", on: "2026-01-01" }).people[0]!.id).toBe(one);
    expect(checkExtract(bytes(text), { key: "k2", on: "2026-01-01" }).people[0]!.id).not.toBe(one);
  });

  it("reports every problem with line and column", () => {
    const bad = `${A.slice(0, 10)}${A[10] === "A" ? "B" : "A"}`;
    const r = check(
      [
        HEADER,
        row(A),
        row(bad),
        row(B, "Malli;Saga;fi;999;Katu 1;00100;X;E;"),
        row(A),
        row(C, "Malli;Helmi;fi;091;;00100;HELSINKI;E;"),
        row(D, "Malli;Eino;fi;091;Katu 1;00100;HELSINKI;ehkä;"),
        row(E, "Malli;Ilona;fi;091;Katu 1;00100;HELSINKI;E;31.2.2020"),
        row("", "Malli;;fi;;Katu 1;00100;HELSINKI;E;"),
        `${row(syntheticHetu({ birthDate: "1970-01-01", sex: 1 }))};extra`,
      ].join("\n"),
    );
    expect(r.rows).toBe(9);
    expect(r.valid).toBe(1);
    expect(r.invalid).toBe(8);
    expect(r.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [3, "Henkilötunnus", "invalid_hetu"],
      [4, "Kotikunta", "unknown_municipality"],
      [5, "Henkilötunnus", "duplicate"],
      [6, "Lähiosoite", "missing_address"],
      [7, "Turvakielto", "invalid_turvakielto"],
      [8, "Kuolinpäivä", "invalid_death_date"],
      [9, "Henkilötunnus", "missing_field"],
      [9, "Kotikunta", "missing_field"],
      [9, "Etunimet", "missing_field"],
      [10, undefined, "field_count"],
    ]);
    expect(r.problems[2]!.message).toBe("the same henkilötunnus as on line 2");
    expect(r.problems[0]!.message).toMatch(/check character/);
    expect(r.invalidByReason).toMatchObject({ invalid_hetu: 1, missing_field: 3, duplicate: 1 });
  });

  it("asks for an address only of those who would get a letter", () => {
    const r = check(
      [HEADER, row(A, "Malli;Aino;fi;091;;;;K;"), row(B, "Malli;Aino;fi;091;;;;E;1.1.2025")].join(
        "\n",
      ),
    );
    expect(r).toMatchObject({ valid: 2, invalid: 0, letters: 0, turvakielto: 1, deceased: 1 });
  });

  it("reads ISO-8859-1 with commas, detected with a notice or given", () => {
    const header = HEADER.replaceAll(";", ",");
    const text = `${header}\n${row(A, "Mäki,Åsa,ruotsi,091,Ääkköstie 1,00100,HELSINKI,0,").replaceAll(";", ",")}\n`;
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const detected = checkExtract(latin1, { key: "k", on: "2026-01-01" });
    expect(detected).toMatchObject({
      encoding: "windows-1252",
      delimiter: ",",
      valid: 1,
      letters: 1,
    });
    expect(detected.notice).toMatch(/not UTF-8/);
    expect(detected.people[0]!.language).toBe("sv");
    const given = checkExtract(latin1, { key: "k", on: "2026-01-01", encoding: "latin1" });
    expect(given.notice).toBeUndefined();
    expect(given.valid).toBe(1);
    expect(() => checkExtract(latin1, { key: "k", on: "2026-01-01", encoding: "utf8" })).toThrow(
      /line 1: the file is not UTF-8/,
    );
  });

  it("matches headers whatever their case, spacing or byte order mark", () => {
    const header = `\uFEFF ${HEADER.toUpperCase().replaceAll(";", " ; ")}`;
    expect(check(`${header}\n${row(A)}\n`)).toMatchObject({ valid: 1, letters: 1 });
  });

  it("takes near headers: no accents, parentheses, known other names", () => {
    const header =
      "HENKILOTUNNUS,Sukunimi,Etunimi,Aidinkieli,Kotikunta (koodi),Osoite,Postinro,Postitoimipaikka,Turvakielto,Kuolinpaivamaara";
    const r = check(`${header}\n${row(A).replaceAll(";", ",")}\n`);
    expect(r).toMatchObject({ valid: 1, letters: 1 });
  });

  it("reads Excel's sep= line and forgives a trailing delimiter", () => {
    const text = `sep=;\n${HEADER}\n${row(A)};\n${row(B)};;\n`;
    const r = check(text);
    expect(r).toMatchObject({ rows: 2, valid: 2, delimiter: ";" });
    const short = check(`${HEADER}\n${row(A).replace(/;E;$/, "")}\n`);
    expect(short.problems.map((p) => p.reason)).toContain("field_count");
  });

  it("may lack the names and mother tongue, with a notice, but not the rest", () => {
    const header =
      "Henkilötunnus;Kotikunta;Lähiosoite;Postinumero;Postitoimipaikka;Turvakielto;Kuolinpäivä";
    const r = check(`${header}\n${A};091;Katu 1;00100;HELSINKI;E;\n`);
    expect(r).toMatchObject({
      valid: 1,
      letters: 1,
      absentColumns: ["Sukunimi", "Etunimet", "Äidinkieli"],
    });
    expect(r.people[0]!.language).toBe("other");
    expect(() =>
      check(`${header.replace(";Kuolinpäivä", "")}\n${A};091;Katu 1;00100;HELSINKI;E\n`),
    ).toThrow(/no column "Kuolinpäivä"/);
  });

  it("names missing columns", () => {
    expect(() => check(`${HEADER.replace("Turvakielto", "Kielto")}\n${row(A)}\n`)).toThrow(
      /no column "Turvakielto" in the header/,
    );
    try {
      check(`Foo,Bar\n1,2\n`);
    } catch (error) {
      expect(error).toBeInstanceOf(DvvError);
      expect((error as DvvError).code).toBe("MISSING_COLUMN");
    }
  });

  it("takes other headers from a mapping, and columns the extract lacks as null", () => {
    const text = `hetu,kunta,osoite,postinro,toimipaikka,tk\n${A},91,Katu 1,00100,HELSINKI,1\n${B},49,Katu 2,02100,ESPOO,0\n`;
    const mapping = JSON.stringify({
      fields: {
        hetu: "HETU",
        Kotikunta: "kunta",
        street_address: "osoite",
        postal_code: "postinro",
        post_office: "toimipaikka",
        turvakielto: "TK",
        surname: null,
        first_names: null,
        language: null,
        death_date: null,
      },
    });
    const r = check(text, mapping);
    expect(r).toMatchObject({ valid: 2, letters: 1, turvakielto: 1 });
    expect(r.people.map((p) => [p.municipality, p.language])).toEqual([
      ["091", "other"],
      ["049", "other"],
    ]);
  });
});
