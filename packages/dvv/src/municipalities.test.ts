import { describe, expect, it } from "vitest";
import { COUNTIES, MUNICIPALITIES, municipality } from "./municipalities.js";

describe("municipalities", () => {
  it("holds the 309 municipalities with their counties", () => {
    expect(MUNICIPALITIES.size).toBe(309);
    expect(COUNTIES.size).toBe(22);
    const perCounty = new Map<string, number>();
    for (const m of MUNICIPALITIES.values()) {
      const key = m.county?.code ?? "Åland";
      perCounty.set(key, (perCounty.get(key) ?? 0) + 1);
    }
    expect(perCounty.get("Åland")).toBe(16);
    expect(perCounty.get("90")).toBe(1);
    expect(perCounty.get("04")).toBe(2);
    // Every county has municipalities.
    for (const code of COUNTIES.keys()) expect(perCounty.get(code)).toBeGreaterThan(0);
  });

  it.each([
    ["091", "Helsinki", "Helsingfors", "90"],
    ["049", "Espoo", "Esbo", "03"],
    ["837", "Tampere", "Tammerfors", "08"],
    ["179", "Jyväskylä", "Jyväskylä", "15"],
    ["167", "Joensuu", "Joensuu", "14"],
    ["405", "Lappeenranta", "Villmanstrand", "11"],
    ["564", "Oulu", "Uleåborg", "19"],
    ["853", "Turku", "Åbo", "05"],
    ["092", "Vantaa", "Vanda", "04"],
    ["245", "Kerava", "Kervo", "04"],
    ["858", "Tuusula", "Tusby", "02"],
    ["753", "Sipoo", "Sibbo", "01"],
    ["142", "Iitti", "Itis", "09"],
  ])("%s is %s / %s in county %s", (code, fi, sv, county) => {
    const m = municipality(code)!;
    expect(m.name).toEqual({ fi, sv });
    expect(m.county?.code).toBe(county);
    expect(m.aland).toBe(false);
  });

  it("puts Åland in no county", () => {
    const m = municipality("478")!;
    expect(m.name).toEqual({ fi: "Maarianhamina", sv: "Mariehamn" });
    expect(m.county).toBeNull();
    expect(m.aland).toBe(true);
  });

  it("names the counties in Finnish, Swedish and English", () => {
    expect(COUNTIES.get("15")!.name).toEqual({
      fi: "Keski-Suomen hyvinvointialue",
      sv: "Mellersta Finlands välfärdsområde",
      en: "Central Finland wellbeing services county",
    });
    expect(COUNTIES.get("90")!.name.en).toBe("City of Helsinki");
  });

  it("reads codes without leading zeros and refuses others", () => {
    expect(municipality("91")?.name.fi).toBe("Helsinki");
    expect(municipality(" 049 ")?.name.fi).toBe("Espoo");
    expect(municipality("000")).toBeUndefined();
    expect(municipality("999")).toBeUndefined();
    expect(municipality("Helsinki")).toBeUndefined();
    expect(municipality("0091")).toBeUndefined();
  });
});
