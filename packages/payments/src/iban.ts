// IBAN (ISO 13616): validation, electronic and paper formats, and the BIC of a Finnish account.

/** IBAN lengths of the SEPA scheme countries (SWIFT's IBAN registry). */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** Why a text is not a valid IBAN. */
export type IbanProblem = "characters" | "country" | "length" | "checksum";

export type IbanResult =
  | { ok: true; iban: string; country: string }
  | { ok: false; problem: IbanProblem; detail: string };

/** Removes spaces (any whitespace) and makes letters upper case. */
export function electronicIban(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}

/** The paper format: groups of four characters separated by spaces. */
export function paperIban(text: string): string {
  return electronicIban(text).replace(/(.{4})(?=.)/g, "$1 ");
}

/** ISO 7064 MOD 97-10 of an IBAN in electronic format (1 for a valid IBAN). */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/**
 * Validates an IBAN of a SEPA country, written with or without spaces, in any letter case.
 * The result has the IBAN in electronic format. The detail never repeats the IBAN itself.
 */
export function validateIban(text: string): IbanResult {
  const iban = electronicIban(text);
  if (!/^[A-Z0-9]*$/.test(iban)) {
    return { ok: false, problem: "characters", detail: "only letters A–Z, digits and spaces" };
  }
  if (!/^[A-Z]{2}\d{2}/.test(iban)) {
    return {
      ok: false,
      problem: "characters",
      detail: "an IBAN starts with a country code and two check digits, e.g. FI21",
    };
  }
  const country = iban.slice(0, 2);
  const length = SEPA_IBAN_LENGTHS[country];
  if (length === undefined) {
    return { ok: false, problem: "country", detail: `${country} is not a SEPA country` };
  }
  if (iban.length !== length) {
    return {
      ok: false,
      problem: "length",
      detail: `an IBAN of ${country} has ${length} characters, this has ${iban.length}`,
    };
  }
  if (ibanMod97(iban) !== 1) {
    return { ok: false, problem: "checksum", detail: "the check digits do not match (a typo?)" };
  }
  return { ok: true, iban, country };
}

/** Makes a valid IBAN from a country code and a BBAN (computes the check digits). */
export function ibanFromBban(country: string, bban: string): string {
  const remainder = ibanMod97(`${country}00${bban}`);
  return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}

/**
 * Finnish monetary institution codes → BIC, from Finance Finland's list "Suomalaiset
 * rahalaitostunnukset ja BIC-koodit" (see the README for the version and what is left out).
 * Keys are the first 1–3 digits of the Finnish BBAN; the longest matching key wins.
 */
export const FINNISH_BICS: Readonly<Record<string, string>> = (() => {
  const table: Record<string, string> = {
    "1": "NDEAFIHH",
    "2": "NDEAFIHH",
    "31": "HANDFIHH",
    "33": "ESSEFIHX",
    "36": "SBANFIHH",
    "37": "DNBAFIHX",
    "38": "SWEDFIHH",
    "39": "SBANFIHH",
    "405": "HELSFIHH",
    "497": "HELSFIHH",
    "5": "OKOYFIHH",
    "6": "AABAFI22",
    "713": "CITIFIHX",
    "715": "ITELFIHH",
    "717": "BIGKFIH1",
    "799": "HOLVFIHH",
    "8": "DABAFIHH",
  };
  // Savings banks (Säästöpankit), through Säästöpankkien Keskuspankki.
  const savings = [
    [400, 400],
    [402, 403],
    [406, 408],
    [410, 412],
    [414, 421],
    [423, 432],
    [435, 452],
    [454, 464],
    [483, 493],
    [495, 496],
  ];
  for (const [from, to] of savings) for (let c = from!; c <= to!; c++) table[c] = "ITELFIHH";
  // POP banks (POP Pankit) and Bonum Pankki.
  for (let c = 470; c <= 479; c++) table[c] = "POPFFI22";
  return table;
})();

/**
 * The BIC of a Finnish IBAN's bank, or null when the IBAN is not Finnish or its bank code is
 * not in the table (then ask the payee for the BIC).
 */
export function finnishBic(iban: string): string | null {
  const electronic = electronicIban(iban);
  if (!electronic.startsWith("FI")) return null;
  const bban = electronic.slice(4);
  for (const digits of [3, 2, 1]) {
    const bic = FINNISH_BICS[bban.slice(0, digits)];
    if (bic) return bic;
  }
  return null;
}

/** A BIC (ISO 9362): 4 letters bank, 2 letters country, 2 characters location, optional branch. */
export function isValidBic(text: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text);
}
