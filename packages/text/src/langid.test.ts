import { describe, expect, it } from "vitest";
import { loadSib200 } from "./fixtures.js";
import { identifyLanguage, identifyLanguages } from "./langid.js";

describe("language identification", () => {
  it("identifies held-out SIB-200 dev sentences (not in the profiles' training data)", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const { texts } = loadSib200(lang);
      const dev = texts.slice(-99);
      const correct = dev.filter((text) => identifyLanguage({ text }).lang === lang).length;
      expect(correct / dev.length, lang).toBeGreaterThan(0.97);
    }
  });

  it("identifies typical short answers", () => {
    expect(identifyLanguage({ text: "Terveyskeskukseen on liian vaikea saada aikaa." }).lang).toBe(
      "fi",
    );
    expect(identifyLanguage({ text: "Det är svårt att få tid till hälsocentralen." }).lang).toBe(
      "sv",
    );
    expect(
      identifyLanguage({ text: "It is hard to get an appointment at the health centre." }).lang,
    ).toBe("en");
  });

  it("gives unsure short answers the batch's dominant language", () => {
    const langs = identifyLanguages({
      texts: ["Bussit kulkevat harvoin illalla.", "Ok", "Kirjasto on hyvä paikka lapsille.", "Ei"],
    });
    expect(langs).toEqual(["fi", "fi", "fi", "fi"]);
  });
});
