// The file for a printing house: one row per letter, in the PDF's order.
import { writeCsv } from "@kuulo/csv";
import type { Letter } from "./pdf.js";

export const PRINTING_HOUSE_COLUMNS = [
  "letter",
  "code",
  "language",
  "name",
  "street_address",
  "postal_code",
  "post_office",
  "text_version",
] as const;

/** Rows for @kuulo/csv's writeCsv; language is "fi", "sv", or "fi+sv"/"sv+fi" (page order). */
export function printingHouseRows(letters: Iterable<Letter>, textVersion: string): string[][] {
  const rows: string[][] = [[...PRINTING_HOUSE_COLUMNS]];
  for (const l of letters)
    rows.push([
      String(l.number),
      l.code,
      l.languages.join("+"),
      `${l.firstNames} ${l.surname}`,
      l.streetAddress,
      l.postalCode,
      l.postOffice,
      textVersion,
    ]);
  return rows;
}

/** The printing-house file as CSV text (UTF-8, comma, a header row). */
export function printingHouseCsv(letters: Iterable<Letter>, textVersion: string): string {
  return writeCsv(printingHouseRows(letters, textVersion));
}
