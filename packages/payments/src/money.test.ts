import { describe, expect, it } from "vitest";
import { formatCents, parseEuros } from "./money.js";

describe("parseEuros", () => {
  it("reads euros with a comma or a dot, and spaces between thousands", () => {
    expect(parseEuros("30")).toBe(3000);
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5")).toBe(1250);
    expect(parseEuros(" 1 000,05 ")).toBe(100005);
    expect(parseEuros("1\u00a0234,50")).toBe(123450);
    expect(parseEuros("1\u202f234.50")).toBe(123450);
    expect(parseEuros("0")).toBe(0);
    expect(parseEuros("0,07")).toBe(7);
  });

  it("reads up to twelve digits of whole euros", () => {
    expect(parseEuros("999999999999,99")).toBe(99_999_999_999_999);
    expect(parseEuros("1000000000000")).toBeNull();
  });

  it("refuses what is not an amount", () => {
    for (const text of [
      "",
      " ",
      "-3",
      "+3",
      "12,345",
      "kaksi",
      "12,",
      ",5",
      "1e3",
      "12,50 €",
      "€12",
      "1,000.50",
    ])
      expect(parseEuros(text), text).toBeNull();
  });

  it("reads back what formatCents writes", () => {
    for (const cents of [0, 5, 99, 100, 1250, 123_456_789])
      expect(parseEuros(formatCents(cents))).toBe(cents);
  });
});
