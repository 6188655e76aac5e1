import { describe, expect, it } from "vitest";
import { checkExtract } from "./check.js";
import { syntheticHetu } from "./hetu.js";
import { parseMapping } from "./mapping.js";

const A = syntheticHetu({ birthDate: "1980-03-15", sex: 1 });
const B = syntheticHetu({ birthDate: "2005-12-31", sex: 2, sign: "B" });
const C = syntheticHetu({ birthDate: "1899-07-01", sex: 2 });
const check = (text: string, mapping: string) =>
  checkExtract(new TextEncoder().encode(text), {
    key: "test-key",
    on: "2026-01-01",
    mapping: parseMapping(mapping),
  });

describe("fixed-width extracts", () => {
  it("reads a fixed-width extract", () => {
    const line = (hetu: string, rest: string) => `${hetu}${rest}`;
    //          hetu(1–11) kunta(12–14) tk(15) kieli(16–17) kuolinpvm(18–25) postinro(26–30) …
    const text = [
      "HETU       KUNTK..KUOLPVM.POSTI",
      line(A, "091Efi00000000"),
      line(B, "853Esv0000000020100TURKU          Kauppiaskatu 1"),
      line(C, "564E  20200101"),
    ].join("\n");
    const field = (start: number, length: number) => ({ start, length });
    const mapping = JSON.stringify({
      format: "fixed",
      skipLines: 1,
      fields: {
        hetu: field(1, 11),
        municipality: field(12, 3),
        turvakielto: field(15, 1),
        language: field(16, 2),
        death_date: field(18, 8),
        postal_code: field(26, 5),
        post_office: field(31, 15),
        street_address: field(46, 30),
        surname: null,
        first_names: null,
      },
    });
    const r = check(text, mapping);
    expect(r.format).toBe("fixed");
    expect(r.problems).toEqual([
      {
        line: 2,
        column: "46–75",
        reason: "missing_address",
        message: "no street address, postal code, post office for the letter",
      },
    ]);
    expect(r).toMatchObject({ rows: 3, valid: 2, letters: 1, deceased: 1 });
  });
});

describe("parseMapping", () => {
  it("refuses what it does not understand", () => {
    expect(() => parseMapping("{")).toThrow(/not JSON/);
    expect(() => parseMapping('{"fields": {"hetu": "x", "nimi": "y"}}')).toThrow(
      /unknown field "nimi"/,
    );
    expect(() => parseMapping('{"fields": {"hetu": null}}')).toThrow(/cannot be null/);
    expect(() => parseMapping('{"fields": {"hetu": {"start": 1, "length": 11}}}')).toThrow(
      /field "surname" needs/,
    );
    expect(() => parseMapping('{"fields": {}, "colour": 1}')).toThrow(/unknown key "colour"/);
  });
});
