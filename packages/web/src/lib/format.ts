import { localeFor } from "./language.js";

/** A date and time in the user's language, or "" for a missing or invalid value. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

/**
 * A date formatted in the user's language. A calendar day (YYYY-MM-DD) stays that day in every
 * time zone: it is read at noon UTC and shown in UTC. "" for a missing value; an invalid one as
 * it is.
 */
function formatDay(
  value: string | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions,
): string {
  if (!value) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    ...options,
    ...(day ? { timeZone: "UTC" } : {}),
  }).format(date);
}

/** A date in the user's language (3. joulukuuta 2026). */
export function formatDate(value: string | null | undefined, language: string): string {
  return formatDay(value, language, { dateStyle: "long" });
}

/** A day as a chart axis shows it, in the reader's locale: 3.12. (fi-FI), 3.12 (sv-FI), 03/12 (en-GB). */
export function formatShortDate(value: string | null | undefined, language: string): string {
  return formatDay(value, language, { day: "numeric", month: "numeric" });
}
