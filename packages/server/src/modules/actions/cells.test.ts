import { describe, expect, it } from "vitest";
import { monthsOf, parseActionCells } from "./cells.js";
import { DEFAULT_STATUSES, fold, statusOf } from "./statuses.js";

describe("reading an action table from cells", () => {
  it("continues the recommendation above on a row whose recommendation cell is empty", () => {
    const { recommendations, errors } = parseActionCells(
      [
        ["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"],
        ["1. Ääni kuuluviin", "Kysely", "2025", "Käynnissä", "Hallinto", "Öisin"],
        ["", "1.2 Työpaja", "3/2026", "ei aloitettu", "Hyvinvointi", ""],
        ["", "", "", "", "", ""],
        ["Toinen suositus", "Mittari", "", "", "", ""],
      ],
      DEFAULT_STATUSES,
    );
    expect(errors).toEqual([]);
    expect(recommendations.map((r) => [r.number, r.text])).toEqual([
      [1, "Ääni kuuluviin"],
      [2, "Toinen suositus"],
    ]);
    expect(recommendations[0]!.measures.map((m) => [m.number, m.text, m.status, m.notes])).toEqual([
      ["1.1", "Kysely", "in_progress", "Öisin"],
      ["1.2", "Työpaja", "not_started", ""],
    ]);
    expect(recommendations[1]!.measures[0]).toMatchObject({ number: "2.1", status: "not_started" });
  });

  it("takes Swedish and English headers in any order", () => {
    const sv = parseActionCells(
      [
        ["Åtgärd", "Rekommendation", "Status", "Ansvar"],
        ["Enkät", "Höra unga", "Pågår", "Förvaltning"],
      ],
      DEFAULT_STATUSES,
    );
    expect(sv.errors).toEqual([]);
    expect(sv.recommendations[0]).toMatchObject({ text: "Höra unga" });
    expect(sv.recommendations[0]!.measures[0]).toMatchObject({
      text: "Enkät",
      status: "in_progress",
      unit: "Förvaltning",
    });
    const en = parseActionCells(
      [
        ["Recommendation", "Measure", "Status"],
        ["R", "M", "Done"],
      ],
      DEFAULT_STATUSES,
    );
    expect(en.recommendations[0]!.measures[0]!.status).toBe("done");
  });

  it("names the line, column and value of every problem", () => {
    const { errors } = parseActionCells(
      [
        ["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"],
        ["R1", "M1", "", "Valmiina ehkä", "", ""],
        ["", "M2", "", "Ei viedä eteenpäin", "", ""],
      ],
      DEFAULT_STATUSES,
      { lines: [1, 2, 4] },
    );
    expect(errors.map((e) => e.params)).toEqual([
      expect.objectContaining({ line: 2, column: 4, value: "Valmiina ehkä" }),
      expect.objectContaining({ line: 4, column: 6, value: "Ei viedä eteenpäin" }),
    ]);
    expect(errors[0]!.message).toContain("Line 2, column 4");
  });

  it("refuses a file without the recommendation column, or starting with a continuation row", () => {
    expect(
      parseActionCells([["Toimenpide"], ["M"]], DEFAULT_STATUSES).errors[0]!.message,
    ).toContain("Suositus");
    const orphan = parseActionCells(
      [
        ["Suositus", "Toimenpide"],
        ["", "M"],
      ],
      DEFAULT_STATUSES,
    );
    expect(orphan.errors[0]!.params).toMatchObject({ line: 2, column: 1 });
  });

  it("folds ä→a, ö→o, å→a for matching", () => {
    expect(fold("  Käynnissä  ÖLJY Åbo ")).toBe("kaynnissa oljy abo");
    expect(statusOf(DEFAULT_STATUSES, "KAYNNISSA")?.key).toBe("in_progress");
    expect(statusOf(DEFAULT_STATUSES, "förs inte vidare")?.key).toBe("not_taken_forward");
  });

  it("reads start and end months from a schedule text", () => {
    expect(monthsOf("8/2025–6/2026")).toEqual({ startMonth: "2025-08", endMonth: "2026-06" });
    expect(monthsOf("2025")).toEqual({ startMonth: "2025-01", endMonth: "2025-12" });
    expect(monthsOf("Jatkuva")).toEqual({ startMonth: null, endMonth: null });
  });
});
