// The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit of seven digits, or null when no valid check digit exists (remainder 1). */
export function businessIdCheckDigit(digits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Whether `text` is a business ID such as 0201256-6 (an old six-digit one padded with 0). */
export function isValidBusinessId(text: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(text);
  return m !== null && businessIdCheckDigit(m[1]!) === Number(m[2]);
}
