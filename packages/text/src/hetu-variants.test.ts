import { describe, expect, it } from "vitest";
import { findIdentityCodes } from "./hetu.js";
import { normalizeForMatching } from "./normalize.js";
import { clean, redact, redactIdentityCodes } from "./redact.js";

/**
 * Every way of writing an identity code that we have seen used to slip past redaction, and
 * the ordinary numbers that must never be taken for one. 131052-308T and 020502A902X are
 * examples published by the Digital and Population Data Services Agency (DVV).
 */
const FULL_WIDTH = "１３１０５２－３０８Ｔ";
const ARABIC_INDIC = "١٣١٠٥٢-٣٠٨T";
const DEVANAGARI = "१३१०५२-३०८T";
const MATH_BOLD = "𝟏𝟑𝟏𝟎𝟓𝟐-𝟑𝟎𝟖T";

const VARIANTS: [name: string, code: string, glued?: [before: string, after: string]][] = [
  ["plain", "131052-308T"],
  ["lower-case check character", "131052-308t"],
  ["2000s sign A", "020502A902X"],
  ["2000s sign in lower case", "020502a902x"],
  ["1800s sign +", "010199+123Y"],
  ["2023 sign Y", "010594Y9032"],
  ["letter glued before", "131052-308T", ["hetu", ""]],
  ["letters glued after", "131052-308T", ["", "kiitos"]],
  ["letters glued on both sides, en dash", "131052–308T", ["HETU:", "ok"]],
  ["en dash", "131052–308T"],
  ["em dash", "131052—308T"],
  ["minus sign U+2212", "131052−308T"],
  ["non-breaking hyphen U+2011", "131052‑308T"],
  ["hyphen U+2010", "131052‐308T"],
  ["figure dash U+2012", "131052‒308T"],
  ["small hyphen-minus U+FE63", "131052﹣308T"],
  ["full-width hyphen U+FF0D", "131052－308T"],
  ["zero-width space inside the date", "1310\u200B52-308T"],
  ["zero-width joiner after the separator", "131052-\u200D308T"],
  ["zero-width non-joiner", "13\u200C1052-308T"],
  ["word joiner U+2060", "131052\u2060-308T"],
  ["byte-order mark U+FEFF", "131\uFEFF052-308T"],
  ["soft hyphen U+00AD", "131052-30\u00AD8T"],
  ["zero-width space between every character", [..."131052-308T"].join("\u200B")],
  ["spaces around the separator", "131052 - 308T"],
  ["space before the separator", "131052 -308T"],
  ["no-break spaces around the separator", "131052\u00A0-\u00A0308T"],
  ["space as the separator", "131052 308T"],
  ["no separator", "131052308T"],
  ["no separator, digit check character", "0105949032"],
  ["dots in the date", "13.10.52-308T"],
  ["dots in the date, no separator", "13.10.52308T"],
  ["full-width digits and letters", FULL_WIDTH],
  ["Arabic-Indic digits", ARABIC_INDIC],
  ["Devanagari digits", DEVANAGARI],
  ["mathematical bold digits (astral plane)", MATH_BOLD],
  ["en dash with spaces and a zero-width space", "131052 –\u200B 308T"],
];

const NOT_CODES: [name: string, text: string][] = [
  ["a date with dots", "Kokous on 13.10.1952 kello 14.30."],
  ["a date and a year", "Sain 01.02.2024 kirjeen, 123456 ja 7."],
  ["a date range", "Jono kesti 15.3.2024–30.4.2024, eli 3-4 viikkoa."],
  ["a mobile number", "Soita 040 123 4567 iltaisin."],
  ["a mobile number with the country code", "Soita +358 40 123 4567."],
  ["a landline number", "Vaihde (09) 123 4567."],
  ["an amount with decimals", "Lasku oli 131052,30 € vuonna 2023."],
  ["an amount with thousands spaces", "Budjetti 1 310 523,08 €."],
  ["a plain six-digit number", "Asukkaita on 131052 ja kuntia 23."],
  ["an IBAN in groups", "Tili FI21 1234 5600 0007 85."],
  ["an IBAN without spaces", "Tili FI2112345600000785."],
  ["a business id", "Y-tunnus 1234567-8."],
  ["a wrong check character", "Tilausnumero 131052-308U."],
  ["an impossible date", "Koodi 310252-308T."],
  ["an unknown century sign", "Koodi 131052G308T."],
  ["a code inside a longer digit run", "Viite 91310523089 ja 1310523089T1."],
  ["a reference number", "Viitenumero 13105 23087 1."],
];

describe("identity codes in every disguise", () => {
  it.each(VARIANTS)("redacts a code written with %s", (_name, code, glued = ["", ""]) => {
    for (const [lead, tail] of [
      ["Hetuni on ", ", soittakaa."],
      ["", ""],
      ["(", ")\n"],
    ]) {
      const before = lead + glued[0];
      const after = glued[1] + tail;
      const text = `${before}${code}${after}`;
      expect(findIdentityCodes(text), text).toHaveLength(1);
      const stored = redactIdentityCodes(text).text;
      expect(stored).toBe(`${before}[HETU]${after}`);
      // Nothing of the code is left in any form.
      expect(normalizeForMatching(stored)).not.toMatch(/\d{3}/);
      const r = redact(text);
      expect(r.counts.hetu).toBe(1);
      expect(r.text).toBe(`${before}[HETU]${after}`);
      expect(clean(text).text).toBe(`${before}[HETU]${after}`.replace(/\s+/g, " ").trim());
    }
  });

  it.each(NOT_CODES)("leaves %s alone", (_name, text) => {
    expect(findIdentityCodes(text)).toEqual([]);
    expect(redactIdentityCodes(text).text).toBe(text);
    expect(redact(text).counts.hetu).toBe(0);
  });

  it("finds several codes and keeps the text between them untouched", () => {
    const text = "A: 131052-308T; B: ０２０５０２Ａ９０２Ｘ; C: 13.10.52 – 308T.";
    expect(redactIdentityCodes(text)).toEqual({
      text: "A: [HETU]; B: [HETU]; C: [HETU].",
      count: 3,
    });
  });

  it("keeps the writer's characters outside the code (no NFKC of the whole text)", () => {
    const text = "Ｆｕｌｌ ﬁ x² 131052-308T – loppu";
    expect(redactIdentityCodes(text).text).toBe("Ｆｕｌｌ ﬁ x² [HETU] – loppu");
  });

  it("finds phone numbers written in full-width digits", () => {
    expect(redact("Soita ０４０ １２３ ４５６７ iltaisin.").text).toBe("Soita [PHONE] iltaisin.");
  });
});
