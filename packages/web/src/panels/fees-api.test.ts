import { describe, expect, it } from "vitest";
import { centsOf } from "./fees-api.js";

describe("centsOf", () => {
  it("reads euros with a comma or a dot, and spaces between thousands", () => {
    expect(centsOf("30")).toBe(3000);
    expect(centsOf("12,50")).toBe(1250);
    expect(centsOf("12.5")).toBe(1250);
    expect(centsOf(" 1 000,05 ")).toBe(100005);
    expect(centsOf("0")).toBe(0);
  });

  it("refuses what is not an amount", () => {
    for (const text of ["", "-3", "12,345", "kaksi", "12,", ",5", "1e3", "12,50 €"])
      expect(centsOf(text), text).toBeNull();
  });
});
