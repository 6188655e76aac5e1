import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY,
  e164,
  localTime,
  mayCallNow,
  nextAttemptAt,
  nextWindowStart,
  pickCalls,
  zonedInstant,
} from "./schedule.js";

const at = (iso: string) => new Date(iso);

describe("Helsinki time", () => {
  it("is UTC+2 in winter and UTC+3 in summer, changing on the last Sundays of March and October", () => {
    // 2026: summer time starts 29 March 01:00 UTC and ends 25 October 01:00 UTC.
    expect(localTime(at("2026-03-29T00:59:00Z"))).toMatchObject({ hour: 2, minute: 59 });
    expect(localTime(at("2026-03-29T01:00:00Z"))).toMatchObject({ hour: 4, minute: 0 });
    expect(localTime(at("2026-10-25T00:59:00Z"))).toMatchObject({ hour: 3, minute: 59 });
    expect(localTime(at("2026-10-25T01:00:00Z"))).toMatchObject({ hour: 3, minute: 0 });
    expect(zonedInstant("2026-03-27", 10).toISOString()).toBe("2026-03-27T08:00:00.000Z");
    expect(zonedInstant("2026-03-30", 10).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(zonedInstant("2026-10-23", 10).toISOString()).toBe("2026-10-23T07:00:00.000Z");
    expect(zonedInstant("2026-10-26", 10).toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });
});

describe("mayCallNow", () => {
  it("allows weekdays 10–19 Helsinki time only", () => {
    // Wednesday 2 December 2026 (winter, UTC+2)
    expect(mayCallNow(at("2026-12-02T07:59:00Z"))).toBe(false); // 09:59
    expect(mayCallNow(at("2026-12-02T08:00:00Z"))).toBe(true); // 10:00
    expect(mayCallNow(at("2026-12-02T16:59:00Z"))).toBe(true); // 18:59
    expect(mayCallNow(at("2026-12-02T17:00:00Z"))).toBe(false); // 19:00
    // Wednesday 3 June 2026 (summer, UTC+3): 10:00 local is 07:00 UTC
    expect(mayCallNow(at("2026-06-03T07:00:00Z"))).toBe(true);
    expect(mayCallNow(at("2026-06-03T06:59:00Z"))).toBe(false);
    expect(mayCallNow(at("2026-12-05T10:00:00Z"))).toBe(false); // Saturday
  });

  it("never on Finnish public holidays, Midsummer Eve or Christmas Eve", () => {
    expect(mayCallNow(at("2026-12-07T10:00:00Z"))).toBe(true); // Monday
    for (const day of [
      "2026-12-24",
      "2026-12-25",
      "2026-01-06",
      "2026-04-03",
      "2026-04-06",
      "2026-05-14",
      "2026-06-19",
    ]) {
      expect(mayCallNow(at(`${day}T10:00:00Z`)), day).toBe(false);
    }
  });

  it("can allow holidays and other days and hours when a campaign says so", () => {
    const window = {
      days: [1, 2, 3, 4, 5, 6],
      fromHour: 9,
      toHour: 12,
      timeZone: "Europe/Helsinki",
      skipHolidays: false,
    };
    expect(mayCallNow(at("2026-12-24T08:00:00Z"), window)).toBe(true);
    expect(mayCallNow(at("2026-12-05T07:30:00Z"), window)).toBe(true); // Saturday 09:30
  });
});

describe("nextWindowStart and nextAttemptAt", () => {
  it("waits for the morning, the weekend and holidays to pass", () => {
    expect(nextWindowStart(at("2026-12-02T06:00:00Z")).toISOString()).toBe(
      "2026-12-02T08:00:00.000Z",
    );
    expect(nextWindowStart(at("2026-12-04T18:00:00Z")).toISOString()).toBe(
      "2026-12-07T08:00:00.000Z",
    );
    // Wednesday 23 Dec evening → Christmas Eve, Christmas, Boxing Day (Sat), Sunday → Mon 28th
    expect(nextWindowStart(at("2026-12-23T18:00:00Z")).toISOString()).toBe(
      "2026-12-28T08:00:00.000Z",
    );
    // Friday 27 March 2026 evening → Monday 30 March, the first summer-time morning (UTC+3)
    expect(nextWindowStart(at("2026-03-27T18:00:00Z")).toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });

  it("spaces attempts and stops after the last", () => {
    const first = at("2026-12-02T08:00:00Z");
    expect(nextAttemptAt([], first)?.toISOString()).toBe(first.toISOString());
    expect(nextAttemptAt([first], first)?.toISOString()).toBe("2026-12-02T12:00:00.000Z");
    const second = at("2026-12-02T15:00:00Z"); // 17:00 local + 4 h is after 19:00 → next morning
    expect(nextAttemptAt([first, second], second)?.toISOString()).toBe("2026-12-03T08:00:00.000Z");
    expect(nextAttemptAt([first, second, second], second)).toBeNull();
    expect(
      nextAttemptAt([first], first, { ...DEFAULT_RETRY, spacingHours: 24 })?.toISOString(),
    ).toBe("2026-12-03T08:00:00.000Z");
  });
});

describe("pickCalls", () => {
  const now = at("2026-12-02T10:00:00Z");
  const due = (id: string, number: string, minutesAgo = 1) => ({
    id,
    number,
    dueAt: new Date(now.getTime() - minutesAgo * 60_000),
  });

  it("never picks a number in flight or twice in one pick, and respects the cap", () => {
    const picked = pickCalls({
      due: [
        due("a1", "+358401", 5),
        due("a2", "+358401", 4),
        due("b", "+358402", 3),
        due("c", "+358403", 2),
        due("d", "+358404"),
      ],
      inFlight: ["+358403"],
      maxConcurrent: 3,
      now,
    });
    expect(picked.map((c) => c.id)).toEqual(["a1", "b"]);
  });

  it("picks nothing when full and nothing not yet due", () => {
    expect(pickCalls({ due: [due("a", "+1")], inFlight: ["+2"], maxConcurrent: 1, now })).toEqual(
      [],
    );
    expect(pickCalls({ due: [due("a", "+1", -5)], inFlight: [], maxConcurrent: 5, now })).toEqual(
      [],
    );
  });

  it("holds for random inputs: unique numbers, none in flight, within the cap", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const calls = Array.from({ length: rand(30) }, (_, i) =>
        due(`c${i}`, `+358${rand(10)}`, rand(20) - 5),
      );
      const inFlight = Array.from({ length: rand(5) }, () => `+358${rand(10)}`);
      const maxConcurrent = rand(8);
      const picked = pickCalls({ due: calls, inFlight, maxConcurrent, now });
      const numbers = picked.map((c) => c.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers.some((n) => inFlight.includes(n))).toBe(false);
      expect(picked.length).toBeLessThanOrEqual(
        Math.max(0, maxConcurrent - new Set(inFlight).size),
      );
      expect(picked.every((c) => c.dueAt <= now)).toBe(true);
    }
  });
});

describe("e164", () => {
  it("writes Finnish numbers in E.164", () => {
    expect(e164("040 123 4567")).toBe("+358401234567");
    expect(e164("+358 40 123 4567")).toBe("+358401234567");
    expect(e164("00358401234567")).toBe("+358401234567");
    expect(e164("abc")).toBeUndefined();
  });
});
