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

  it("holds all 308 municipalities of 2025, 292 on the mainland and 16 in Åland", () => {
    expect(MUNICIPALITIES).toHaveLength(308);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(308);
    expect(new Set(MUNICIPALITIES.map((m) => m.name.toLowerCase())).size).toBe(308);
    expect(MUNICIPALITIES.filter((m) => m.county === "Ahvenanmaa (Åland)")).toHaveLength(16);
    // Every municipality is found again by its code and by its name.
    for (const m of MUNICIPALITIES) {
      expect(municipality(m.code)).toBe(m);
      expect(municipality(m.name.toUpperCase())).toBe(m);
    }
  });

  it("gives every wellbeing services county all its municipalities", () => {
    const counts: Record<string, number> = {};
    for (const m of MUNICIPALITIES) counts[m.county] = (counts[m.county] ?? 0) + 1;
    expect(counts).toEqual({
      "Helsingin kaupunki": 1,
      "Keski-Uudenmaan hyvinvointialue": 6,
      "Vantaan ja Keravan hyvinvointialue": 2,
      "Länsi-Uudenmaan hyvinvointialue": 10,
      "Itä-Uudenmaan hyvinvointialue": 7,
      "Varsinais-Suomen hyvinvointialue": 27,
      "Satakunnan hyvinvointialue": 16,
      "Kanta-Hämeen hyvinvointialue": 11,
      "Pirkanmaan hyvinvointialue": 23,
      "Päijät-Hämeen hyvinvointialue": 10,
      "Kymenlaakson hyvinvointialue": 6,
      "Etelä-Karjalan hyvinvointialue": 9,
      "Etelä-Savon hyvinvointialue": 11,
      "Pohjois-Savon hyvinvointialue": 19,
      "Pohjois-Karjalan hyvinvointialue": 13,
      "Keski-Suomen hyvinvointialue": 22,
      "Etelä-Pohjanmaan hyvinvointialue": 18,
      "Pohjanmaan hyvinvointialue": 14,
      "Keski-Pohjanmaan hyvinvointialue": 8,
      "Pohjois-Pohjanmaan hyvinvointialue": 30,
      "Kainuun hyvinvointialue": 8,
      "Lapin hyvinvointialue": 21,
      "Ahvenanmaa (Åland)": 16,
    });
  });

  it("places known municipalities outside Uusimaa in their counties", () => {
    const expected: [string, string, string][] = [
      ["853", "Turku", "Varsinais-Suomen hyvinvointialue"],
      ["837", "Tampere", "Pirkanmaan hyvinvointialue"],
      ["179", "Jyväskylä", "Keski-Suomen hyvinvointialue"],
      ["564", "Oulu", "Pohjois-Pohjanmaan hyvinvointialue"],
      ["698", "Rovaniemi", "Lapin hyvinvointialue"],
      ["478", "Maarianhamina", "Ahvenanmaa (Åland)"],
      ["297", "Kuopio", "Pohjois-Savon hyvinvointialue"],
      ["905", "Vaasa", "Pohjanmaan hyvinvointialue"],
      ["214", "Kankaanpää", "Satakunnan hyvinvointialue"],
      ["507", "Mäntyharju", "Etelä-Savon hyvinvointialue"],
      // Moved region in 2021: Heinävesi from Etelä-Savo, Kuhmoinen from Keski-Suomi,
      // Isokyrö from Pohjanmaa.
      ["090", "Heinävesi", "Pohjois-Karjalan hyvinvointialue"],
      ["291", "Kuhmoinen", "Pirkanmaan hyvinvointialue"],
      ["152", "Isokyrö", "Etelä-Pohjanmaan hyvinvointialue"],
      // Names of more than one word.
      ["284", "Koski Tl", "Varsinais-Suomen hyvinvointialue"],
      ["599", "Pedersören kunta", "Pohjanmaan hyvinvointialue"],
    ];
    for (const [code, name, county] of expected) {
      expect(municipality(code), code).toEqual({ code, name, county });
    }
    expect(municipality(5)?.name).toBe("Alajärvi");
  });

  it("has no municipality that has merged into another", () => {
    expect(municipality("099")).toBeUndefined(); // Honkajoki → Kankaanpää, 2021
    expect(municipality("Honkajoki")).toBeUndefined();
    expect(municipality("588")).toBeUndefined(); // Pertunmaa → Mäntyharju, 2025
    expect(municipality("Pertunmaa")).toBeUndefined();
  });
});
