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

/** A date in the user's language; a calendar day (YYYY-MM-DD) stays that day in every time zone. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: "long",
    ...(day ? { timeZone: "UTC" } : {}),
  }).format(date);
}

/** A day as a chart axis shows it, in the reader's locale: 3.12. (fi-FI), 3.12 (sv-FI), 03/12 (en-GB). */
export function formatShortDate(value: string | null | undefined, language: string): string {
  if (!value) return "";
  // A calendar day (YYYY-MM-DD) is that day wherever the reader is: read it at noon UTC.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    day: "numeric",
    month: "numeric",
    timeZone: "UTC",
  }).format(date);
}
