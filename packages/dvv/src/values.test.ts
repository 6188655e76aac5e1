import { describe, expect, it } from "vitest";
import { parseDeathDate, parseLanguage, parseTurvakielto } from "./values.js";

describe("values", () => {
  it.each([
    ["K", true],
    ["k", true],
    ["1", true],
    ["Kyllä", true],
    ["KYLLÄ", true],
    ["ja", true],
    ["E", false],
    ["0", false],
    ["Ei", false],
    ["", false],
    [" ", false],
    ["nej", false],
    ["?", undefined],
    ["2", undefined],
    ["ehkä", undefined],
  ])("turvakielto %j is %s", (text, value) => {
    expect(parseTurvakielto(text)).toBe(value);
  });

  it.each([
    ["3.4.1990", "1990-04-03"],
    ["03.04.1990", "1990-04-03"],
    ["1990-04-03", "1990-04-03"],
    ["19900403", "1990-04-03"],
    ["29.2.2024", "2024-02-29"],
  ])("death date %s is %s", (text, date) => {
    expect(parseDeathDate(text)).toEqual({ date });
  });

  it("reads empty death dates as alive and refuses non-dates", () => {
    for (const empty of ["", "  ", "00000000", "0000-00-00", "00.00.0000"])
      expect(parseDeathDate(empty)).toEqual({});
    for (const bad of ["29.2.2023", "2023-13-01", "1.1.90", "eilen", "20231301"])
      expect(parseDeathDate(bad)).toBeUndefined();
  });

  it.each([
    ["fi", "fi"],
    ["FI", "fi"],
    ["suomi", "fi"],
    ["Suomi", "fi"],
    ["sv", "sv"],
    ["ruotsi", "sv"],
    ["svenska", "sv"],
    ["se", "se"],
    ["saame", "se"],
    ["pohjoissaame", "se"],
    ["en", "other"],
    ["ru", "other"],
    ["", "other"],
    ["xx", "other"],
  ])("language %j is %s", (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });
});
