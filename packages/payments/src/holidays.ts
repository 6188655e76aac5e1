// Finnish days on which a deadline does not end (Act on the Calculation of Statutory Time
// Limits, laki säädettyjen määräaikain laskemisesta 150/1930, § 5): Saturdays, Sundays and
// other church holidays (pyhäpäivät), Independence Day, May Day, Christmas Eve and Midsummer
// Eve. A deadline that falls on one moves to the next working day.

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const DAY = 86_400_000;
const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The first date from `from` (inclusive) that is the given weekday (0 Sunday … 6 Saturday). */
function weekdayOnOrAfter(from: number, weekday: number): number {
  const shift = (weekday - new Date(from).getUTCDay() + 7) % 7;
  return from + shift * DAY;
}

/** The year's days other than weekends on which deadlines do not end: date → name. */
export function finnishHolidays(year: number): Map<string, string> {
  const [em, ed] = easterSunday(year);
  const easter = utc(year, em, ed);
  const midsummerDay = weekdayOnOrAfter(utc(year, 6, 20), 6);
  const days: [number, string][] = [
    [utc(year, 1, 1), "New Year's Day"],
    [utc(year, 1, 6), "Epiphany"],
    [easter - 2 * DAY, "Good Friday"],
    [easter, "Easter Sunday"],
    [easter + DAY, "Easter Monday"],
    [utc(year, 5, 1), "May Day"],
    [easter + 39 * DAY, "Ascension Day"],
    [easter + 49 * DAY, "Whitsunday"],
    [midsummerDay - DAY, "Midsummer Eve"],
    [midsummerDay, "Midsummer Day"],
    [weekdayOnOrAfter(utc(year, 10, 31), 6), "All Saints' Day"],
    [utc(year, 12, 6), "Independence Day"],
    [utc(year, 12, 24), "Christmas Eve"],
    [utc(year, 12, 25), "Christmas Day"],
    [utc(year, 12, 26), "Boxing Day"],
  ];
  return new Map(days.map(([time, name]) => [iso(time), name]));
}

/** Whether a date (YYYY-MM-DD) is a working day in Finland for deadlines. */
export function isWorkingDay(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = new Date(time).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !finnishHolidays(Number(date.slice(0, 4))).has(date);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

/** `date` itself when it is a working day, else the next working day. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
