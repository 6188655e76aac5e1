import { describe, expect, it } from "vitest";
import { chooseLanguage, localized } from "./language.js";

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
