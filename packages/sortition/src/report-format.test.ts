import { describe, expect, it } from "vitest";
import { counted, formatDecimal, formatPercent } from "./report-format.js";

const NBSP = "\u00a0";

describe("report numbers and plurals", () => {
  it("writes percentages and decimals the way each language does", () => {
    expect(formatPercent(0.1, "fi")).toBe(`10,00${NBSP}%`);
    expect(formatPercent(0.1, "sv")).toBe(`10,00${NBSP}%`);
    expect(formatPercent(0.1, "en")).toBe("10.00%");
    expect(formatDecimal(0.12345, "fi", 4)).toBe("0,1235");
    expect(formatDecimal(1234.5, "en", 2)).toBe("1,234.50");
  });

  it("chooses the noun's form for the count", () => {
    const level = {
      fi: { one: "taso", other: "tasoa" },
      sv: { one: "nivå", other: "nivåer" },
      en: { one: "level", other: "levels" },
    } as const;
    expect(counted(1, "fi", level.fi)).toBe("1 taso");
    expect(counted(2, "fi", level.fi)).toBe("2 tasoa");
    expect(counted(1, "sv", level.sv)).toBe("1 nivå");
    expect(counted(5, "sv", level.sv)).toBe("5 nivåer");
    expect(counted(1, "en", level.en)).toBe("1 level");
    expect(counted(0, "en", level.en)).toBe("0 levels");
  });
});
