import { describe, expect, it } from "vitest";
import type { SortitionError } from "./errors.js";
import type { Instance } from "./model.js";
import { people, quota } from "./testing/fixtures.js";
import { validateInstance } from "./validate.js";

function codeOf(instance: Instance): string | undefined {
  try {
    validateInstance(instance);
    return undefined;
  } catch (error) {
    return (error as SortitionError).code;
  }
}

const base: Instance = {
  k: 2,
  quotas: [
    { ...quota("g", "f", 1, 2), line: 2 },
    { ...quota("g", "m", 1, 2), line: 3 },
  ],
  people: people(["1", { g: "f" }], ["2", { g: "m" }], ["3", { g: "m" }]),
  files: { categories: "c.csv", people: "p.csv" },
};

describe("validateInstance", () => {
  it("accepts a sound instance", () => {
    expect(codeOf(base)).toBeUndefined();
  });

  it("rejects k larger than the pool or not a whole number", () => {
    expect(codeOf({ ...base, k: 4 })).toBe("BAD_K");
    expect(codeOf({ ...base, k: 1.5 })).toBe("BAD_K");
  });

  it("rejects quotas whose minimums or maximums cannot add up to k, naming the lines", () => {
    const tooMany = { ...base, quotas: [quota("g", "f", 2, 2), quota("g", "m", 1, 2)] };
    expect(codeOf(tooMany)).toBe("QUOTAS_DONT_SUM");
    expect(() =>
      validateInstance({
        ...base,
        k: 3,
        quotas: [
          { ...base.quotas[0]!, max: 1 },
          { ...base.quotas[1]!, max: 1 },
        ],
      }),
    ).toThrow(
      "c.csv, line 2, column 'g': the maximums of 'g' (lines 2, 3) add up to 2, less than the panel size 3",
    );
  });

  it("rejects unknown values, missing features and unknown already-selected ids", () => {
    const withLine = people(["9", { g: "x" }]).map((p) => ({ ...p, line: 7 }));
    expect(() => validateInstance({ ...base, people: [...base.people, ...withLine] })).toThrow(
      /p\.csv, line 7, column 'g'/,
    );
    expect(codeOf({ ...base, people: [...base.people, ...people(["9", {}])] })).toBe(
      "MISSING_VALUE",
    );
    expect(codeOf({ ...base, alreadySelected: ["nobody"] })).toBe("UNKNOWN_PERSON");
  });
});
