// When a resident may be called: calling windows in Helsinki time (daylight saving time comes
// from Intl, so the March and October changes are right), no Finnish public holidays, at most
// N attempts spaced hours apart, and a scheduler that never calls a number twice at once.
import { finnishHolidays } from "@kuulo/payments";

export interface CallingWindow {
  /** ISO weekdays allowed: 1 Monday … 7 Sunday (default Monday–Friday). */
  days: number[];
  /** Local hours [from, to): calls may start from `from`:00 until before `to`:00. */
  fromHour: number;
  toHour: number;
  timeZone: string;
  /** Skip Finnish public holidays and the eves of Midsummer and Christmas (default true). */
  skipHolidays: boolean;
}

export const DEFAULT_WINDOW: CallingWindow = {
  days: [1, 2, 3, 4, 5],
  fromHour: 10,
  toHour: 19,
  timeZone: "Europe/Helsinki",
  skipHolidays: true,
};

const HOUR = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date, ISO weekday and time of an instant in a time zone. */
export function localTime(
  at: Date,
  timeZone = "Europe/Helsinki",
): { date: string; weekday: number; hour: number; minute: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday!) + 1;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The instant at which the wall clock in `timeZone` shows `date` `hour`:00. */
export function zonedInstant(date: string, hour: number, timeZone = "Europe/Helsinki"): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + hour * HOUR;
  // Guess with the offset at the wall time read as UTC, then correct once with the offset there.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const seen = localTime(new Date(guess), timeZone);
    const seenWall = Date.parse(`${seen.date}T00:00:00Z`) + seen.hour * HOUR + seen.minute * 60_000;
    guess += wall - seenWall;
  }
  return new Date(guess);
}

function dayAllowed(date: string, weekday: number, window: CallingWindow): boolean {
  if (!window.days.includes(weekday)) return false;
  return !(window.skipHolidays && finnishHolidays(Number(date.slice(0, 4))).has(date));
}

/** Whether a call may start at `now`. */
export function mayCallNow(now: Date, window: CallingWindow = DEFAULT_WINDOW): boolean {
  const local = localTime(now, window.timeZone);
  return (
    dayAllowed(local.date, local.weekday, window) &&
    local.hour >= window.fromHour &&
    local.hour < window.toHour
  );
}

/** `at` itself when calls may start then, else the start of the next calling window. */
export function nextWindowStart(at: Date, window: CallingWindow = DEFAULT_WINDOW): Date {
  if (mayCallNow(at, window)) return at;
  let local = localTime(at, window.timeZone);
  let date = local.date;
  // Later today, when the window has not opened yet; else from tomorrow on.
  if (local.hour < window.fromHour && dayAllowed(date, local.weekday, window)) {
    return zonedInstant(date, window.fromHour, window.timeZone);
  }
  for (let i = 0; i < 400; i++) {
    date = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
    const start = zonedInstant(date, window.fromHour, window.timeZone);
    local = localTime(start, window.timeZone);
    if (dayAllowed(local.date, local.weekday, window)) return start;
  }
  throw new Error("the calling window never opens");
}

export interface RetryRules {
  /** Attempts at most (default 3). */
  maxAttempts: number;
  /** Hours at least between two attempts (default 4). */
  spacingHours: number;
  window: CallingWindow;
}

export const DEFAULT_RETRY: RetryRules = {
  maxAttempts: 3,
  spacingHours: 4,
  window: DEFAULT_WINDOW,
};

/**
 * When to call a number next, given the times of its earlier attempts; null when the attempts
 * are used up. Never before `now`, never outside the calling window.
 */
export function nextAttemptAt(
  attempts: Date[],
  now: Date,
  rules: RetryRules = DEFAULT_RETRY,
): Date | null {
  if (attempts.length >= rules.maxAttempts) return null;
  const last = attempts.reduce((a, b) => Math.max(a, b.getTime()), Number.NEGATIVE_INFINITY);
  const earliest = Math.max(now.getTime(), last + rules.spacingHours * HOUR);
  return nextWindowStart(new Date(earliest), rules.window);
}

export interface DueCall {
  /** The attempt's id (one per number and attempt). */
  id: string;
  number: string;
  dueAt: Date;
}

/**
 * Which due calls to place now: due ones first by time, never a number already in flight or
 * twice in one pick, and no more than the free places under `maxConcurrent`.
 */
export function pickCalls(options: {
  due: DueCall[];
  inFlight: Iterable<string>;
  maxConcurrent: number;
  now: Date;
}): DueCall[] {
  const busy = new Set(options.inFlight);
  const free = options.maxConcurrent - busy.size;
  const picked: DueCall[] = [];
  if (free <= 0) return picked;
  const due = options.due
    .filter((c) => c.dueAt.getTime() <= options.now.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
  for (const call of due) {
    if (picked.length >= free) break;
    if (busy.has(call.number)) continue;
    busy.add(call.number);
    picked.push(call);
  }
  return picked;
}

/** A Finnish phone number in E.164 (+358…), or undefined when it is not one. */
export function e164(number: string, countryCode = "358"): string | undefined {
  const compact = number.replace(/[\s\-().]/g, "");
  let digits: string;
  if (/^\+\d{7,15}$/.test(compact)) return compact;
  if (/^00\d{7,15}$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^0\d{5,12}$/.test(compact)) digits = countryCode + compact.slice(1);
  else return undefined;
  return `+${digits}`;
}
