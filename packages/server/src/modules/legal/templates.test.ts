import { describe, expect, it } from "vitest";
import { STORED_DATA } from "./inventory.js";
import { accessibilityTemplate, EMPTY_FACTS, formatDay, privacyTemplate } from "./templates.js";

const name = { fi: "Kunta", sv: "Kommun", en: "" };

describe("the documents' templates", () => {
  it("lists everything the inventory declares, in every language", () => {
    const text = privacyTemplate(name, EMPTY_FACTS);
    for (const entry of STORED_DATA) {
      expect(text.fi).toContain(entry.what.fi);
      expect(text.sv).toContain(entry.what.sv);
      expect(text.en).toContain(entry.what.en);
    }
    // A name missing in a language falls back to Finnish.
    expect(text.en).toContain("Privacy notice – Kunta");
    expect(text.fi).toContain("(organisaatio täydentää)");
  });

  it("names the organizations a shared pool is open to as recipients, in every language", () => {
    const alone = privacyTemplate(name, EMPTY_FACTS);
    expect(alone.fi).not.toContain("jaettu sopimuksella");
    const shared = privacyTemplate(name, EMPTY_FACTS, [
      { fi: "Tampereen kaupunkiseutu", sv: "Tammerforsregionen", en: "" },
    ]);
    expect(shared.fi).toMatch(
      /Vastaanottajat[\s\S]*jaettu sopimuksella[^\n]*Tampereen kaupunkiseutu/,
    );
    expect(shared.sv).toContain("Tammerforsregionen");
    expect(shared.en).toContain(
      "shared by agreement with these organizations: Tampereen kaupunkiseutu",
    );
  });

  it("states full or partial conformance and the evaluation as recorded", () => {
    const partial = accessibilityTemplate(name, EMPTY_FACTS, "2026-12-04");
    expect(partial.fi).toContain("osittain");
    expect(partial.fi).toContain("ei ole vielä tehnyt omaa");
    expect(partial.fi).toContain("4.12.2026");
    const full = accessibilityTemplate(
      name,
      { ...EMPTY_FACTS, conformance: "full", evaluatedOn: "2026-11-02", evaluator: "Arvioija Oy" },
      "2026-12-04",
    );
    expect(full.fi).not.toContain("osittain");
    expect(full.en).toContain("The service meets the level AA requirements");
    expect(full.en).toContain("2 November 2026, by Arvioija Oy");
  });

  it("writes days as each language does", () => {
    expect(formatDay("2026-12-18", "fi")).toBe("18.12.2026");
    expect(formatDay("2026-12-18", "sv")).toBe("2026-12-18");
    expect(formatDay("2026-12-18", "en")).toBe("18 December 2026");
  });
});
