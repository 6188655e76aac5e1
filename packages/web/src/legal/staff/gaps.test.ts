import { describe, expect, it } from "vitest";
import { gapsOf } from "./FactsForm.js";

describe("gapsOf", () => {
  it("pairs the languages' lines by position and drops empty rows", () => {
    expect(gapsOf({ fi: "Kartta\n\nKaavio", sv: "Karta", en: "Map\n\nChart\n" })).toEqual([
      { fi: "Kartta", sv: "Karta", en: "Map" },
      { fi: "Kaavio", sv: "", en: "Chart" },
    ]);
  });
});
