// The Finnish personal identity code (henkilötunnus, hetu): DDMMYYCNNNT.
//   DDMMYY  date of birth
//   C       century sign: + 1800s; - Y X W V U 1900s; A B C D E F 2000s
//   NNN     individual number: 002–899 (odd for men, even for women); 900–999 are temporary
//           codes (and the codes of test data) that the register never gives a resident
//   T       check character: the 9-digit number DDMMYYNNN modulo 31, as a character of
//           "0123456789ABCDEFHJKLMNPRSTUVWXY"

export const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

export const CENTURY_SIGNS: Readonly<Record<string, number>> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** Why a code is not a valid hetu. */
export type HetuProblem =
  | "format"
  | "century_sign"
  | "date"
  | "individual_number"
  | "check_character";

export interface Hetu {
  /** YYYY-MM-DD. */
  birthDate: string;
  /** As Statistics Finland codes sex: 1 man (odd individual number), 2 woman (even). */
  sex: 1 | 2;
  /** Individual number 900–999: a temporary code (or test data), not a resident's own. */
  temporary: boolean;
}

export type HetuResult =
  | ({ ok: true } & Hetu)
  | { ok: false; problem: HetuProblem; detail: string };

const SHAPE = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})(.)$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The check character of the 9 digits DDMMYYNNN. */
export function checkCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % 31]!;
}

/** Parses a hetu exactly as written (upper case, no spaces). */
export function parseHetu(code: string): HetuResult {
  const m = SHAPE.exec(code);
  if (!m) {
    return {
      ok: false,
      problem: "format",
      // Never the code itself: messages go to logs and screens.
      detail:
        code.length === 11
          ? "expected DDMMYYCNNNT: six digits, a century sign, three digits, a check character"
          : `expected 11 characters DDMMYYCNNNT, got ${code.length}`,
    };
  }
  const [, dd, mm, yy, sign, nnn, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const century = CENTURY_SIGNS[sign];
  if (century === undefined) {
    return {
      ok: false,
      problem: "century_sign",
      detail: `unknown century sign ${JSON.stringify(sign)}`,
    };
  }
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: "date", detail: `${dd}.${mm}.${year} is not a date` };
  }
  const individual = Number(nnn);
  if (individual < 2) {
    return {
      ok: false,
      problem: "individual_number",
      detail: `individual number ${nnn} is never given`,
    };
  }
  const expected = checkCharacter(`${dd}${mm}${yy}${nnn}`);
  if (check !== expected) {
    return {
      ok: false,
      problem: "check_character",
      detail: `check character is ${JSON.stringify(check)}, should be ${JSON.stringify(expected)}`,
    };
  }
  return {
    ok: true,
    birthDate: `${year}-${mm}-${dd}`,
    sex: individual % 2 === 1 ? 1 : 2,
    temporary: individual >= 900,
  };
}

export function isValidHetu(code: string): boolean {
  return parseHetu(code).ok;
}

/** Completed years at `on` (YYYY-MM-DD) of a person born on `birthDate` (YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface SyntheticHetuOptions {
  /** YYYY-MM-DD, 1800-01-01 … 2099-12-31. */
  birthDate: string;
  sex: 1 | 2;
  /** A number in 0…49 picking the individual number within the range (default 0). */
  serial?: number;
  /** The century sign to use (default: the first of its century, + - A). */
  sign?: string;
}

/**
 * A valid hetu that belongs to nobody: the individual number is from 900–999, the range of
 * temporary and test codes, which the register never gives a resident. For demos and tests.
 */
export function syntheticHetu(options: SyntheticHetuOptions): string {
  const [year, month, day] = options.birthDate.split("-").map(Number) as [number, number, number];
  const century = Math.floor(year / 100) * 100;
  const sign = options.sign ?? Object.keys(CENTURY_SIGNS).find((s) => CENTURY_SIGNS[s] === century);
  if (sign === undefined || CENTURY_SIGNS[sign] !== century)
    throw new RangeError(`no century sign ${options.sign ?? ""} for the year ${year}`);
  const serial = options.serial ?? 0;
  if (!Number.isInteger(serial) || serial < 0 || serial > 49)
    throw new RangeError("serial is a whole number 0…49");
  const individual = 900 + serial * 2 + (options.sex === 1 ? 1 : 0);
  const digits = `${pad(day)}${pad(month)}${pad(year % 100)}${pad(individual, 3)}`;
  return `${digits.slice(0, 6)}${sign}${digits.slice(6)}${checkCharacter(digits)}`;
}
