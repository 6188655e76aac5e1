/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Since 2023 the century signs are
 * "+" (1800s), "-", "U"–"Y" (1900s) and "A"–"F" (2000s).
 */
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** Shape of a code, without validation; used to find candidates in running text. */
export const HETU_PATTERN =
  /(?<![\p{L}\p{N}])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;

export function hetuCheckChar(options: { date: string; individual: string }): string {
  const n = Number.parseInt(options.date + options.individual, 10);
  return CHECK_CHARS[n % 31]!;
}

/** True when `code` is a well-formed identity code with a real date and a valid check character. */
export function isValidHetu(code: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/i.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, check] = m as unknown as string[];
  const century = CENTURY[sign!.toUpperCase()];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return false;
  }
  if (individual === "000" || individual === "001") return false;
  return (
    hetuCheckChar({ date: `${dd}${mm}${yy}`, individual: individual! }) === check!.toUpperCase()
  );
}
