import { describe, expect, it } from "vitest";
import { chooseLanguage, localized, otherLanguage, pickStatement, pickText } from "./language.js";

describe("chooseLanguage", () => {
  it("prefers the stored choice when allowed", () => {
    expect(chooseLanguage({ stored: "sv" })).toBe("sv");
  });

  it("ignores a stored choice the organization has not enabled", () => {
    expect(chooseLanguage({ stored: "sv", allowed: ["fi", "en"], fallback: "en" })).toBe("en");
  });

  it("uses the organization's default, then Finnish", () => {
    expect(chooseLanguage({ stored: null, fallback: "sv" })).toBe("sv");
    expect(chooseLanguage({ stored: "de" })).toBe("fi");
  });

  it("takes the first of the browser's languages that is allowed, after the user's own choice", () => {
    expect(chooseLanguage({ stored: null, browser: ["sv-FI", "fi"] })).toBe("sv");
    expect(chooseLanguage({ stored: null, browser: ["de-DE", "EN-gb"] })).toBe("en");
    expect(chooseLanguage({ stored: "fi", browser: ["sv-FI"] })).toBe("fi");
    expect(
      chooseLanguage({ stored: null, browser: ["sv"], allowed: ["fi", "en"], fallback: "fi" }),
    ).toBe("fi");
    expect(chooseLanguage({ stored: null, browser: ["de"], fallback: "sv" })).toBe("sv");
  });

  it("returns an allowed language even when Finnish is not enabled", () => {
    expect(chooseLanguage({ stored: null, allowed: ["sv"] })).toBe("sv");
  });
});

describe("localized", () => {
  it("falls back through the languages", () => {
    expect(localized({ fi: "Keski-Suomi", sv: "Mellersta Finland" }, "sv")).toBe(
      "Mellersta Finland",
    );
    expect(localized({ fi: "Keski-Suomi", sv: "" }, "sv")).toBe("Keski-Suomi");
    expect(localized({ en: "Only English" }, "fi")).toBe("Only English");
    expect(localized("plain", "fi")).toBe("plain");
    expect(localized(undefined, "fi")).toBe("");
  });
});

describe("pickText and pickStatement", () => {
  it("gives the page's language without naming it", () => {
    expect(pickText({ fi: "Liikenne", sv: "Trafik" }, "sv")).toEqual({ text: "Trafik" });
  });

  it("falls back to the original's language, then Finnish, Swedish, English, naming it", () => {
    expect(pickText({ fi: "Liikenne", sv: "Trafik", en: "" }, "en", "sv")).toEqual({
      text: "Trafik",
      lang: "sv",
    });
    expect(pickText({ fi: "Liikenne", sv: "Trafik", en: "  " }, "en")).toEqual({
      text: "Liikenne",
      lang: "fi",
    });
    expect(pickText({ en: "Traffic" }, "sv")).toEqual({ text: "Traffic", lang: "en" });
    expect(pickText({}, "fi")).toEqual({ text: "" });
  });

  it("shows a statement's translation, or the text as written with its language", () => {
    const statement = { text: "Pyöräteitä", language: "fi", translations: { sv: "Cykelvägar" } };
    expect(pickStatement(statement, "sv")).toEqual({ text: "Cykelvägar" });
    expect(pickStatement(statement, "fi")).toEqual({ text: "Pyöräteitä" });
    expect(pickStatement(statement, "en")).toEqual({ text: "Pyöräteitä", lang: "fi" });
    // A statement written in Swedish, untranslated, on a Finnish page.
    expect(pickStatement({ text: "Fler bussar", language: "sv", translations: {} }, "fi")).toEqual({
      text: "Fler bussar",
      lang: "sv",
    });
    // The language unknown (written before it was kept): Finnish, the default.
    expect(pickStatement({ text: "Vanha", language: null }, "sv")).toEqual({
      text: "Vanha",
      lang: "fi",
    });
  });
});

describe("otherLanguage", () => {
  it("names a text's language only when it is not the page's (null counts as Finnish)", () => {
    expect(otherLanguage("sv", "fi")).toBe("sv");
    expect(otherLanguage("fi", "fi")).toBeUndefined();
    expect(otherLanguage(null, "sv")).toBe("fi");
    expect(otherLanguage(null, "fi")).toBeUndefined();
    expect(otherLanguage("xx", "en")).toBe("fi");
  });
});
