import { describe, expect, it } from "vitest";
import { ageBand, ageInYear } from "./age.js";
import { languageGroup } from "./language.js";
import { MUNICIPALITIES, municipality, WELLBEING_COUNTIES } from "./municipalities.js";

describe("ageBand", () => {
  it("derives the band from the birth year", () => {
    expect(ageBand({ birthYear: 2000, year: 2026 })).toBe("25-34");
    expect(ageBand({ birthYear: "2011", year: 2026 })).toBe("15-24");
    expect(ageBand({ birthYear: 1951, year: 2026 })).toBe("75+");
    expect(ageBand({ birthYear: 2012, year: 2026 })).toBe("under 15");
    expect(ageBand({ birthYear: 1990, year: 2026, bands: [18, 30, 65] })).toBe("30-64");
    expect(ageInYear({ birthYear: 1966, year: 2026 })).toBe(60);
  });

  it("rejects impossible birth years", () => {
    expect(() => ageBand({ birthYear: "19x0", year: 2026 })).toThrow(/birth year/);
    expect(() => ageBand({ birthYear: 2030, year: 2026 })).toThrow(/birth year/);
  });
});

describe("languageGroup", () => {
  it("maps codes and names to fi / sv / other", () => {
    expect(["fi", "Suomi", " FIN "].map(languageGroup)).toEqual(["fi", "fi", "fi"]);
    expect(["sv", "svenska", "ruotsi"].map(languageGroup)).toEqual(["sv", "sv", "sv"]);
    expect(["se", "ru", "et", "arabia"].map(languageGroup)).toEqual([
      "other",
      "other",
      "other",
      "other",
    ]);
  });
});

describe("municipality", () => {
  it("finds Keusote's six municipalities by code and name", () => {
    const keusote = ["106", "186", "505", "543", "611", "858"].map((c) => municipality(c)!);
    expect(keusote.map((m) => m.name)).toEqual([
      "Hyvinkää",
      "Järvenpää",
      "Mäntsälä",
      "Nurmijärvi",
      "Pornainen",
      "Tuusula",
    ]);
    expect(new Set(keusote.map((m) => m.county))).toEqual(
      new Set(["Keski-Uudenmaan hyvinvointialue"]),
    );
    expect(municipality(91)?.name).toBe("Helsinki");
    expect(municipality("tampere")?.county).toBe("Pirkanmaan hyvinvointialue");
    expect(municipality("999")).toBeUndefined();
  });

  it("has unique three-digit codes and names, every county a known one", () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(MUNICIPALITIES.length);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(MUNICIPALITIES.length);
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{3}$/);
      expect(WELLBEING_COUNTIES).toContain(m.county);
    }
    // Every wellbeing services county has at least one municipality in the table.
    expect(new Set(MUNICIPALITIES.map((m) => m.county)).size).toBe(WELLBEING_COUNTIES.length);
  });
});
