import { describe, expect, it } from "vitest";
import { municipalityCode, readPopulation } from "./jsonstat.js";
import { syntheticTable } from "./testing.js";

const municipalities = { "179": "Jyväskylä", "992": "Äänekoski" };
const count = (m: string, age: number, sex: 1 | 2, year: string) =>
  (m === "179" ? 100 : 10) + age + sex * 1000 + (year === "2024" ? 1 : 0);

describe("reading a population table (JSON-stat 2, StatFin 11re)", () => {
  it("reads municipality × age × sex for the latest year and leaves totals out", () => {
    const table = readPopulation(
      syntheticTable({ years: ["2023", "2024"], municipalities, count }),
    );
    expect(table.year).toBe("2024");
    expect(table.municipalityNames).toEqual({ "179": "Jyväskylä", "992": "Äänekoski" });
    expect(table.cells).toHaveLength(2 * 101 * 2);
    const cell = table.cells.find((c) => c.municipality === "992" && c.age === 42 && c.sex === 2);
    expect(cell?.count).toBe(count("992", 42, 2, "2024"));
    const older = readPopulation(
      syntheticTable({ years: ["2023", "2024"], municipalities, count }),
      {
        year: "2023",
      },
    );
    expect(
      older.cells.find((c) => c.municipality === "179" && c.age === 0 && c.sex === 1)?.count,
    ).toBe(count("179", 0, 1, "2023"));
  });

  it("takes the values as an object (sparse JSON-stat)", () => {
    const dataset = syntheticTable({ municipalities, count, maxAge: 3 });
    const sparse = {
      ...dataset,
      value: Object.fromEntries(dataset.value.map((v, i) => [String(i), v])),
    };
    expect(readPopulation(sparse).cells).toEqual(readPopulation(dataset).cells);
  });

  it("says what is wrong with a file that is not a population table", () => {
    expect(() => readPopulation({ foo: 1 }, { file: "x.json" })).toThrow(
      /x.json: not a JSON-stat 2 dataset/,
    );
    const dataset = syntheticTable({ municipalities, count, maxAge: 2 });
    const noSex = {
      ...dataset,
      id: ["Vuosi", "Alue", "Sp", "Ikä", "Tiedot"],
      dimension: { ...dataset.dimension, Sp: { ...dataset.dimension.Sukupuoli, label: "Sp" } },
    };
    expect(() => readPopulation(noSex)).toThrow(/no sex dimension/);
    expect(() => readPopulation(dataset, { year: "1999" })).toThrow(
      /no year 1999 \(the file has 2024\)/,
    );
  });

  it("normalises municipality codes", () => {
    expect(municipalityCode("KU091")).toBe("091");
    expect(municipalityCode("91")).toBe("091");
    expect(municipalityCode("SSS")).toBeUndefined();
    expect(municipalityCode("MK01")).toBeUndefined();
  });
});
