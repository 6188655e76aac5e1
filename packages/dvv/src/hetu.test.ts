import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageOn,
  CENTURY_SIGNS,
  CHECK_CHARACTERS,
  checkCharacter,
  parseHetu,
  syntheticHetu,
} from "./hetu.js";

const SIGNS = Object.keys(CENTURY_SIGNS);

/** Any valid hetu: a real date in the sign's century, individual number 002–999. */
const validHetu = fc
  .record({
    sign: fc.constantFrom(...SIGNS),
    yy: fc.integer({ min: 0, max: 99 }),
    dayOfYear: fc.integer({ min: 0, max: 365 }),
    individual: fc.integer({ min: 2, max: 999 }),
  })
  .map(({ sign, yy, dayOfYear, individual }) => {
    const year = CENTURY_SIGNS[sign]! + yy;
    const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
    if (date.getUTCFullYear() !== year) date.setUTCDate(date.getUTCDate() - 1);
    const iso = date.toISOString().slice(0, 10);
    const [, mm, dd] = iso.split("-") as [string, string, string];
    const digits = `${dd}${mm}${String(yy).padStart(2, "0")}${String(individual).padStart(3, "0")}`;
    return {
      code: `${digits.slice(0, 6)}${sign}${digits.slice(6)}${checkCharacter(digits)}`,
      birthDate: iso,
      sex: individual % 2 === 1 ? 1 : 2,
      temporary: individual >= 900,
    };
  });

describe("parseHetu", () => {
  it("reads known codes of every century", () => {
    expect(parseHetu("131052-308T")).toEqual({
      ok: true,
      birthDate: "1952-10-13",
      sex: 2,
      temporary: false,
    });
    expect(parseHetu("010594Y9032")).toMatchObject({ ok: true, birthDate: "1994-05-01", sex: 1 });
    expect(parseHetu("010594Y9021")).toMatchObject({ ok: true, birthDate: "1994-05-01", sex: 2 });
    expect(parseHetu("020505A902P")).toMatchObject({ ok: true, birthDate: "2005-05-02", sex: 2 });
    expect(parseHetu("020505E902P")).toMatchObject({ ok: true, birthDate: "2005-05-02" });
    expect(parseHetu("010180+1232")).toMatchObject({ ok: true, birthDate: "1880-01-01" });
  });

  it("round-trips generated codes of every century sign", () => {
    fc.assert(
      fc.property(validHetu, (h) => {
        expect(parseHetu(h.code)).toEqual({
          ok: true,
          birthDate: h.birthDate,
          sex: h.sex,
          temporary: h.temporary,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("catches any single changed character", () => {
    const replacement = fc.constantFrom(..."0123456789+-ABCDEFHJKLMNPRSTUVWXY abcfz".split(""));
    fc.assert(
      fc.property(validHetu, fc.integer({ min: 0, max: 10 }), replacement, (h, at, c) => {
        fc.pre(h.code[at] !== c);
        const changed = h.code.slice(0, at) + c + h.code.slice(at + 1);
        const result = parseHetu(changed);
        if (at === 6 && CENTURY_SIGNS[c] !== undefined) {
          // The check character does not cover the century sign: another sign is another
          // (valid) birth year unless that date does not exist (29 February).
          if (result.ok) expect(result.birthDate.slice(2)).toBe(h.birthDate.slice(2));
          else expect(result).toMatchObject({ problem: "date" });
        } else expect(result.ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("names what is wrong", () => {
    expect(parseHetu("")).toMatchObject({ ok: false, problem: "format" });
    expect(parseHetu("131052-308t")).toMatchObject({ ok: false, problem: "check_character" });
    expect(parseHetu("131052 308T")).toMatchObject({ ok: false, problem: "century_sign" });
    expect(parseHetu("131052G308T")).toMatchObject({ ok: false, problem: "century_sign" });
    expect(parseHetu("300252-308T")).toMatchObject({ ok: false, problem: "date" });
    expect(parseHetu("290200-101P").ok).toBe(false); // 1900 was no leap year
    expect(parseHetu(`290200A101${checkCharacter("290200101")}`).ok).toBe(true); // 2000 was
    expect(parseHetu(`010190-001${checkCharacter("010190001")}`)).toMatchObject({
      ok: false,
      problem: "individual_number",
    });
    expect(parseHetu("131052-308U")).toMatchObject({
      ok: false,
      problem: "check_character",
      detail: 'check character is "U", should be "T"',
    });
    expect(parseHetu(" 131052-308T")).toMatchObject({ ok: false, problem: "format" });
    // Messages never repeat the code.
    expect(parseHetu("131052-308")).toEqual({
      ok: false,
      problem: "format",
      detail: "expected 11 characters DDMMYYCNNNT, got 10",
    });
    expect(JSON.stringify(parseHetu("1310520308T"))).not.toContain("131052");
  });

  it("uses the 31 check characters without G I O Q Z", () => {
    expect(CHECK_CHARACTERS).toHaveLength(31);
    expect(CHECK_CHARACTERS).not.toMatch(/[GIOQZ]/);
  });
});

describe("ageOn", () => {
  it("counts completed years", () => {
    expect(ageOn("2000-02-29", "2018-02-28")).toBe(17);
    expect(ageOn("2000-02-29", "2018-03-01")).toBe(18);
    expect(ageOn("1952-10-13", "2026-10-13")).toBe(74);
    expect(ageOn("1952-10-13", "2026-10-12")).toBe(73);
  });
});

describe("syntheticHetu", () => {
  it("makes valid temporary codes of the given date and sex", () => {
    fc.assert(
      fc.property(validHetu, fc.integer({ min: 0, max: 49 }), (h, serial) => {
        const code = syntheticHetu({ birthDate: h.birthDate, sex: h.sex as 1 | 2, serial });
        expect(parseHetu(code)).toEqual({
          ok: true,
          birthDate: h.birthDate,
          sex: h.sex,
          temporary: true,
        });
      }),
    );
    expect(syntheticHetu({ birthDate: "1994-05-01", sex: 2, sign: "Y" })).toBe("010594Y900Y");
    expect(() => syntheticHetu({ birthDate: "1994-05-01", sex: 2, sign: "A" })).toThrow(RangeError);
  });
});
