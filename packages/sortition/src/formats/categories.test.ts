import { describe, expect, it } from "vitest";
import type { SortitionError } from "../errors.js";
import { parseCategories } from "./categories.js";

function errorOf(fn: () => unknown): SortitionError {
  try {
    fn();
  } catch (error) {
    return error as SortitionError;
  }
  throw new Error("expected an error");
}

describe("parseCategories", () => {
  it("reads the Sortition Foundation layout with flex columns", () => {
    const { quotas, format } = parseCategories({
      text: "feature,value,min,max,min_flex,max_flex\ngender,female,9,11,8,12\ngender,male,9,11,,\n",
    });
    expect(format).toBe("sortition-foundation");
    expect(quotas).toEqual([
      { feature: "gender", value: "female", min: 9, max: 11, minFlex: 8, maxFlex: 12, line: 2 },
      { feature: "gender", value: "male", min: 9, max: 11, line: 3 },
    ]);
  });

  it("reads the older category,name layout and the replication layout", () => {
    expect(parseCategories({ text: "category,name,min,max\nage,16-29,2,4\n" }).format).toBe(
      "sortition-foundation-legacy",
    );
    const replication = parseCategories({ text: "category,feature,min,max\ngender,female,9,20" });
    expect(replication.format).toBe("replication");
    expect(replication.quotas[0]).toMatchObject({
      feature: "gender",
      value: "female",
      min: 9,
      max: 20,
    });
  });

  it("names the line and column of bad numbers, swapped bounds and duplicates", () => {
    const bad = errorOf(() =>
      parseCategories({ text: "feature,value,min,max\ng,f,1,x\n", file: "c.csv" }),
    );
    expect(bad.code).toBe("BAD_NUMBER");
    expect(bad.message).toBe("c.csv, line 2, column 'max': 'x' is not a whole number ≥ 0");
    const swapped = errorOf(() =>
      parseCategories({ text: "feature,value,min,max\ng,f,1,2\ng,m,3,2\n" }),
    );
    expect(swapped.code).toBe("BAD_QUOTA");
    expect(swapped.location).toMatchObject({ line: 3, column: "min" });
    const twice = errorOf(() =>
      parseCategories({ text: "feature,value,min,max\ng,f,1,2\ng,f,1,2\n" }),
    );
    expect(twice.code).toBe("DUPLICATE_QUOTA");
    expect(twice.message).toContain("line 2");
    const flex = errorOf(() =>
      parseCategories({ text: "feature,value,min,max,min_flex\ng,f,1,2,3\n" }),
    );
    expect(flex.location).toMatchObject({ line: 2, column: "min_flex" });
  });

  it("rejects an unknown header", () => {
    const error = errorOf(() => parseCategories({ text: "a,b,c\n1,2,3\n", file: "c.csv" }));
    expect(error.code).toBe("BAD_HEADER");
    expect(error.location).toMatchObject({ file: "c.csv", line: 1 });
  });
});
