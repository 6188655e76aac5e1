import { describe, expect, it } from "vitest";
import { fingerprint, NEAR_DUPLICATE, screenStatement, similarity } from "./screening.js";

describe("statement screening", () => {
  it("removes a valid personal identity code from the stored text and flags it", () => {
    // 131052-308T is the example code of the Digital and Population Data Services Agency.
    const screened = screenStatement("Minun hetuni on 131052-308T, soittakaa.");
    expect(screened.text).toBe("Minun hetuni on [HETU], soittakaa.");
    expect(screened.flags).toContain("hetu");
    expect(screened.text).not.toContain("131052");
  });

  it.each([
    "hetu131052-308T",
    "131052–308T",
    "131052\u2212308T",
    "1310\u200B52-308T",
    "131052\u00AD-308T",
    "131052 - 308T",
    "131052308T",
    "13.10.52-308T",
    "１３１０５２－３０８Ｔ",
  ])("removes a disguised identity code from the stored text: %j", (code) => {
    const screened = screenStatement(`Tunnukseni ${code} kiitos`);
    expect(screened.flags).toContain("hetu");
    expect(screened.text).toMatch(/^Tunnukseni (hetu)?\[HETU\] kiitos$/);
    expect(screened.text.normalize("NFKC")).not.toMatch(/\d/);
  });

  it.each([
    ["a zero-width space", "Ihan vi\u200Bttu huonoa"],
    ["a zero-width joiner and a soft hyphen", "Ihan per\u200Dke\u00ADleen huonoa"],
    ["a word joiner", "What the f\u2060uck"],
    ["full-width letters", "Ｐａｓｋａ idea"],
  ])("flags profanity hidden with %s", (_name, text) => {
    expect(screenStatement(text).flags).toEqual(["profanity"]);
    expect(screenStatement(text).text).toBe(text);
  });

  it("leaves a code with a wrong check character alone", () => {
    const screened = screenStatement("Tilausnumero 131052-308X");
    expect(screened.text).toBe("Tilausnumero 131052-308X");
    expect(screened.flags).not.toContain("hetu");
  });

  it("flags phone numbers, email addresses and profanity without changing the text", () => {
    expect(screenStatement("Soita 040 123 4567").flags).toEqual(["phone"]);
    expect(screenStatement("Kirjoita maija@example.fi").flags).toEqual(["email"]);
    expect(screenStatement("Tämä on ihan perkeleen huonoa").flags).toEqual(["profanity"]);
    expect(screenStatement("Lisää nuorisotiloja Jyväskylään").flags).toEqual([]);
  });

  it("fingerprints ignore case, punctuation and spacing", () => {
    expect(fingerprint("Lisää  NUORISOTILOJA!")).toBe(fingerprint("lisää nuorisotiloja"));
  });

  it("finds near-duplicates by shared words, but not opposite statements", () => {
    const a = fingerprint("Nuorten mielenterveyspalveluihin pitää päästä nopeammin");
    const b = fingerprint("Nuorten mielenterveyspalveluihin pitää päästä paljon nopeammin");
    const c = fingerprint("Koulukuraattoreita tarvitaan lisää");
    expect(similarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(similarity(a, c)).toBeLessThan(0.2);
    const more = fingerprint("Kouluihin lisää kuraattoreita");
    const fewer = fingerprint("Kouluihin vähemmän kuraattoreita");
    expect(similarity(more, fewer)).toBeLessThan(NEAR_DUPLICATE);
  });
});
