import { describe, expect, it } from "vitest";
import { fold, measureRows, queryRows, type RowQuery } from "./rows.js";

const recommendations = [
  {
    number: 1,
    text: "Nuorten ääni kuuluviin",
    measures: [
      {
        number: "1.1",
        text: "Aloiteoikeus",
        schedule: "2025",
        status: "in_progress",
        unit: "Hallinto",
        notes: "",
        updatedAt: "2025-03-01T00:00:00Z",
      },
      {
        number: "1.2",
        text: "Työpajat kouluissa",
        schedule: "",
        status: "not_started",
        unit: "Hyvinvointi",
        notes: "Äänekoski",
        updatedAt: "2025-01-01T00:00:00Z",
      },
    ],
  },
  {
    number: 2,
    text: "Ålands samarbete",
    measures: Array.from({ length: 11 }, (_, i) => ({
      number: `2.${i + 1}`,
      text: `Toimenpide ${i + 1}`,
      schedule: "",
      status: "done",
      unit: "Viestintä",
      notes: "",
      updatedAt: "2025-02-01T00:00:00Z",
    })),
  },
];
const labels: Record<string, string> = {
  in_progress: "Käynnissä",
  not_started: "Ei aloitettu",
  done: "Toteutettu",
};
const label = (k: string) => labels[k] ?? k;
const base: RowQuery = {
  search: "",
  status: "",
  unit: "",
  sort: "number",
  descending: false,
  pageSize: 0,
  page: 1,
};
const rows = measureRows(recommendations);

describe("the public table's rows", () => {
  it("folds ä, ö and å so that a search without them matches", () => {
    expect(fold("Ääni ÖLJY åbo")).toBe("aani oljy abo");
    expect(queryRows(rows, { ...base, search: "aani" }, label).rows.map((r) => r.number)).toEqual([
      "1.1",
      "1.2",
    ]);
    expect(
      queryRows(rows, { ...base, search: "tyopajat" }, label).rows.map((r) => r.number),
    ).toEqual(["1.2"]);
    expect(queryRows(rows, { ...base, search: "alands" }, label).total).toBe(11);
    // Status labels are searched as shown, and every word must match.
    expect(
      queryRows(rows, { ...base, search: "kaynnissa hallinto" }, label).rows.map((r) => r.number),
    ).toEqual(["1.1"]);
    expect(queryRows(rows, { ...base, search: "kaynnissa viestinta" }, label).total).toBe(0);
    // The text is shown as written.
    expect(queryRows(rows, { ...base, search: "aani" }, label).rows[0]!.recommendation).toBe(
      "Nuorten ääni kuuluviin",
    );
  });

  it("filters by status and unit", () => {
    expect(
      queryRows(rows, { ...base, status: "not_started" }, label).rows.map((r) => r.number),
    ).toEqual(["1.2"]);
    expect(queryRows(rows, { ...base, unit: "Viestintä" }, label).total).toBe(11);
  });

  it("sorts numbers part by part and by other columns both ways", () => {
    const numbers = queryRows(rows, base, label).rows.map((r) => r.number);
    expect(numbers.indexOf("2.10")).toBe(numbers.indexOf("2.9") + 1);
    expect(
      queryRows(rows, { ...base, sort: "updatedAt", descending: true }, label).rows[0]!.number,
    ).toBe("1.1");
    expect(queryRows(rows, { ...base, sort: "status" }, label).rows[0]!.status).toBe("not_started");
  });

  it("cuts pages of 10, 25, 50 or all", () => {
    const first = queryRows(rows, { ...base, pageSize: 10 }, label);
    expect([first.rows.length, first.total, first.pages]).toEqual([10, 13, 2]);
    expect(
      queryRows(rows, { ...base, pageSize: 10, page: 2 }, label).rows.map((r) => r.number),
    ).toEqual(["2.9", "2.10", "2.11"]);
    expect(queryRows(rows, { ...base, pageSize: 10, page: 9 }, label).rows).toHaveLength(3);
    expect(queryRows(rows, { ...base, pageSize: 0 }, label).rows).toHaveLength(13);
  });
});
