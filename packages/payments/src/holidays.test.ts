import { describe, expect, it } from "vitest";
import { easterSunday, finnishHolidays, isWorkingDay, nextWorkingDay } from "./holidays.js";
import { reportingDeadline } from "./incomes-register.js";

describe("Finnish holidays", () => {
  it("knows Easter", () => {
    expect(easterSunday(2024)).toEqual([3, 31]);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2026)).toEqual([4, 5]);
    expect(easterSunday(2027)).toEqual([3, 28]);
    expect(easterSunday(2038)).toEqual([4, 25]);
  });

  it("lists the movable holidays of 2026", () => {
    const days = finnishHolidays(2026);
    expect(days.get("2026-04-03")).toBe("Good Friday");
    expect(days.get("2026-04-06")).toBe("Easter Monday");
    expect(days.get("2026-05-14")).toBe("Ascension Day");
    expect(days.get("2026-06-19")).toBe("Midsummer Eve");
    expect(days.get("2026-06-20")).toBe("Midsummer Day");
    expect(days.get("2026-10-31")).toBe("All Saints' Day");
    expect(days.size).toBe(15);
  });

  it("finds the next working day", () => {
    expect(isWorkingDay("2026-12-04")).toBe(true); // Friday
    expect(isWorkingDay("2026-12-05")).toBe(false); // Saturday
    expect(nextWorkingDay("2026-12-24")).toBe("2026-12-28");
    expect(nextWorkingDay("2026-04-03")).toBe("2026-04-07");
  });
});

describe("reportingDeadline", () => {
  it("is the 5th calendar day after the payment date on a working day", () => {
    expect(reportingDeadline("2026-12-01")).toBe("2026-12-07"); // 6.12. Sunday and Independence Day
    expect(reportingDeadline("2026-11-02")).toBe("2026-11-09"); // 7.11. Saturday
    expect(reportingDeadline("2026-11-10")).toBe("2026-11-16"); // 15.11. Sunday
    expect(reportingDeadline("2026-11-11")).toBe("2026-11-16");
    expect(reportingDeadline("2026-11-12")).toBe("2026-11-17"); // Tuesday
  });

  it("moves over holidays and year ends", () => {
    expect(reportingDeadline("2026-12-19")).toBe("2026-12-28"); // 24.–27.12.
    expect(reportingDeadline("2026-12-27")).toBe("2027-01-04"); // 1.1. Friday, weekend
    expect(reportingDeadline("2027-01-01")).toBe("2027-01-07"); // 6.1. Epiphany
    expect(reportingDeadline("2026-03-31")).toBe("2026-04-07"); // Good Friday to Easter Monday
    expect(reportingDeadline("2026-06-14")).toBe("2026-06-22"); // Midsummer Eve and Day
    expect(reportingDeadline("2026-04-26")).toBe("2026-05-04"); // May Day Friday, weekend
    expect(() => reportingDeadline("2026-13-01")).toThrow(/paymentDate/);
  });
});
