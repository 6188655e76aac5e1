import { describe, expect, it } from "vitest";
import type { SortitionError } from "../errors.js";
import type { Quota } from "../model.js";
import { parsePeople } from "./people.js";

const quotas: Quota[] = [
  { feature: "gender", value: "female", min: 1, max: 2 },
  { feature: "gender", value: "male", min: 1, max: 2 },
  { feature: "age", value: "16-29", min: 0, max: 2 },
  { feature: "age", value: "30+", min: 0, max: 2 },
];

function errorOf(fn: () => unknown): SortitionError {
  try {
    fn();
  } catch (error) {
    return error as SortitionError;
  }
  throw new Error("expected an error");
}

describe("parsePeople", () => {
  it("reads ids, features (case-insensitively matched) and keeps every column", () => {
    const people = parsePeople({
      quotas,
      text: "id,first_name,gender,age,address\nx7,Aino,Female,16-29,Kotikatu 1\nx8,Eino,male,30+,\n",
    });
    expect(people[0]).toEqual({
      id: "x7",
      features: { gender: "female", age: "16-29" },
      columns: {
        id: "x7",
        first_name: "Aino",
        gender: "Female",
        age: "16-29",
        address: "Kotikatu 1",
      },
      line: 2,
    });
  });

  it("numbers people from 1 when there is no id column (replication format)", () => {
    const people = parsePeople({ quotas, text: "gender,age\nfemale,30+\nmale,30+\n" });
    expect(people.map((p) => p.id)).toEqual(["1", "2"]);
  });

  it("uses --id-column and household columns", () => {
    const people = parsePeople({
      quotas,
      idColumn: "nro",
      householdColumns: ["address", "postcode"],
      text: "nro,gender,age,address,postcode\n5,female,30+,Kotikatu  1,05800\n6,male,30+,kotikatu 1,05800\n7,male,30+,,\n",
    });
    expect(people.map((p) => p.household)).toEqual([
      "kotikatu 1 | 05800",
      "kotikatu 1 | 05800",
      undefined,
    ]);
  });

  it("names the row and column of unknown or missing values", () => {
    const unknown = errorOf(() =>
      parsePeople({ quotas, file: "p.csv", text: "id,gender,age\n1,female,30+\n2,other,30+\n" }),
    );
    expect(unknown.code).toBe("UNKNOWN_VALUE");
    expect(unknown.location).toEqual({ file: "p.csv", line: 3, column: "gender" });
    expect(unknown.message).toContain("'other'");
    const missing = errorOf(() => parsePeople({ quotas, text: "id,gender,age\n1,female,\n" }));
    expect(missing.code).toBe("MISSING_VALUE");
    expect(missing.location).toMatchObject({ line: 2, column: "age" });
    const noColumn = errorOf(() => parsePeople({ quotas, text: "id,gender\n1,female\n" }));
    expect(noColumn.code).toBe("MISSING_COLUMN");
    expect(noColumn.location).toMatchObject({ line: 1, column: "age" });
    const noId = errorOf(() =>
      parsePeople({ quotas, idColumn: "hetu", text: "id,gender,age\n1,female,30+\n" }),
    );
    expect(noId.code).toBe("MISSING_COLUMN");
    const dup = errorOf(() =>
      parsePeople({ quotas, text: "id,gender,age\n1,female,30+\n1,male,30+\n" }),
    );
    expect(dup.code).toBe("DUPLICATE_ID");
    expect(dup.location).toMatchObject({ line: 3, column: "id" });
  });
});
