import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { formatDate, formatShortDate } from "../../lib/format.js";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

async function translator(language: "fi" | "sv" | "en") {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { fi: { c: fi }, sv: { c: sv }, en: { c: en } },
    defaultNS: "c",
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as (key: string, values?: Record<string, unknown>) => string;
}

describe("counts in the conversation texts", () => {
  it("take the singular for one and the plural otherwise, in each language", async () => {
    const expected = {
      fi: ["1 päivä", "2 päivää", "1 osallistuja", "1 ääni", "1 mielipideryhmä"],
      sv: ["1 dag", "2 dagar", "1 deltagare", "1 röst", "1 åsiktsgrupp"],
      en: ["1 day", "2 days", "1 participant", "1 vote", "1 opinion group"],
    };
    for (const language of ["fi", "sv", "en"] as const) {
      const t = await translator(language);
      expect([
        t("count.days", { count: 1 }),
        t("count.days", { count: 2 }),
        t("count.participants", { count: 1 }),
        t("count.votes", { count: 1 }),
        t("count.opinionGroups", { count: 1 }),
      ]).toEqual(expected[language]);
    }
  });

  it("build the participation summary from counted phrases", async () => {
    const t = await translator("fi");
    const summary = t("participation.summary", {
      days: t("count.days", { count: 1 }),
      participants: t("count.participants", { count: 61 }),
      votes: t("count.votes", { count: 1 }),
      statements: t("count.writtenStatements", { count: 0 }),
    });
    expect(summary).toBe(
      "1 päivä: 61 osallistujaa, 1 ääni, 0 osallistujien kirjoittamaa väitettä.",
    );
  });

  it("no text puts a bare number before a counted noun: counts go through count.*", () => {
    for (const bundle of [fi, sv, en]) {
      const p = bundle.participation as Record<string, string>;
      expect(p.summary).not.toMatch(/\{\{days\}\} (päivää|dagar|days)/);
      expect((bundle.results as Record<string, string>).summary).not.toMatch(
        /\{\{participants\}\} \p{L}/u,
      );
    }
  });
});

describe("dates on charts and tables", () => {
  it("are in the reader's language, and a calendar day stays that day", () => {
    expect(formatShortDate("2026-12-03", "fi")).toBe("3.12.");
    expect(formatShortDate("2026-12-03", "en")).toBe("03/12");
    expect(formatShortDate("2026-12-03", "sv")).toBe("3.12");
    expect(formatDate("2026-12-03", "fi")).toBe("3. joulukuuta 2026");
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
  });
});
