// The organization's letter template (JSON): who sends, the letter texts in Finnish and
// Swedish with placeholders, the session dates. Checked field by field with messages that
// name the field.
import { LettersError } from "./errors.js";

export const LETTER_LANGUAGES = ["fi", "sv"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export const PLACEHOLDERS = [
  "first_names",
  "surname",
  "organization",
  "deadline",
  "url",
  "code",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface LetterText {
  title: string;
  /** Paragraphs; may hold {placeholders}. */
  body: string[];
  /** Lines under the text: the signer's name, title ("" for an empty line). */
  signature: string[];
}

export interface LetterSession {
  /** YYYY-MM-DD. */
  date: string;
  /** e.g. "17–20". */
  time: string;
  place: Record<LetterLanguage, string>;
}

export interface LetterTemplate {
  /** The text version, e.g. "pori-2026-kutsu-1": in the printing-house CSV and the draw. */
  id: string;
  organization: Record<LetterLanguage, string>;
  /** The sender's address lines (first line usually the unit), in each language. */
  sender: Record<LetterLanguage, string[]>;
  /** A bilingual county: every letter in both languages, the mother tongue's first. */
  bilingual: boolean;
  /** The last day to sign up, YYYY-MM-DD ({deadline}). */
  deadline: string;
  /** The letters' date, YYYY-MM-DD (default: the day they are made). */
  date?: string;
  /** The address printed to type, e.g. "kuulo.fi/pirha" (default: the URL without https://). */
  shortUrl?: string;
  sessions: LetterSession[];
  texts: Record<LetterLanguage, LetterText>;
}

const KEYS = [
  "id",
  "organization",
  "sender",
  "bilingual",
  "deadline",
  "date",
  "shortUrl",
  "sessions",
  "texts",
];

function fail(field: string, message: string): never {
  throw new LettersError("BAD_TEMPLATE", `template: ${field}: ${message}`, field);
}

function isDate(text: unknown): text is string {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function text(value: unknown, field: string, { empty = false } = {}): string {
  if (typeof value !== "string") fail(field, "must be text");
  if (!empty && value.trim() === "") fail(field, "must not be empty");
  const unknown = [...value.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1]!)
    .find((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined)
    fail(
      field,
      `unknown placeholder {${unknown}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")})`,
    );
  return value;
}

function lines(value: unknown, field: string, empty = false): string[] {
  if (!Array.isArray(value)) fail(field, "must be a list of lines");
  return value.map((line, i) => text(line, `${field}[${i}]`, { empty }));
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(field, "must be an object");
  return value as Record<string, unknown>;
}

function perLanguage<T>(value: unknown, field: string, read: (v: unknown, f: string) => T) {
  const o = object(value, field);
  const extra = Object.keys(o).find((k) => !(LETTER_LANGUAGES as readonly string[]).includes(k));
  if (extra !== undefined) fail(`${field}.${extra}`, "unknown language (fi and sv are needed)");
  return { fi: read(o.fi, `${field}.fi`), sv: read(o.sv, `${field}.sv`) };
}

/** Reads and checks a template (JSON text or a parsed value). Throws a LettersError. */
export function parseTemplate(input: string | unknown): LetterTemplate {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new LettersError("BAD_TEMPLATE", `template: not JSON (${(error as Error).message})`);
    }
  }
  const o = object(value, "template");
  const extra = Object.keys(o).find((k) => !KEYS.includes(k));
  if (extra !== undefined) fail(extra, `unknown key (known: ${KEYS.join(", ")})`);
  const id = text(o.id, "id");
  if (!/^[\w.-]{1,64}$/.test(id)) fail("id", "letters, digits, . _ - only (at most 64)");
  if (typeof o.bilingual !== "boolean") fail("bilingual", "must be true or false");
  if (!isDate(o.deadline)) fail("deadline", "must be a date YYYY-MM-DD");
  if (o.date !== undefined && !isDate(o.date)) fail("date", "must be a date YYYY-MM-DD");
  if (o.shortUrl !== undefined) text(o.shortUrl, "shortUrl");
  if (!Array.isArray(o.sessions)) fail("sessions", "must be a list (may be empty)");
  const sessions = o.sessions.map((s, i): LetterSession => {
    const session = object(s, `sessions[${i}]`);
    if (!isDate(session.date)) fail(`sessions[${i}].date`, "must be a date YYYY-MM-DD");
    return {
      date: session.date,
      time: text(session.time, `sessions[${i}].time`),
      place: perLanguage(session.place, `sessions[${i}].place`, text),
    };
  });
  const texts = perLanguage(o.texts, "texts", (t, field): LetterText => {
    const body = object(t, field);
    if (!Array.isArray(body.body) || body.body.length === 0)
      fail(`${field}.body`, "must be a list of paragraphs");
    return {
      title: text(body.title, `${field}.title`),
      body: lines(body.body, `${field}.body`),
      signature:
        body.signature === undefined ? [] : lines(body.signature, `${field}.signature`, true),
    };
  });
  return {
    id,
    organization: perLanguage(o.organization, "organization", text),
    sender: perLanguage(o.sender, "sender", lines),
    bilingual: o.bilingual,
    deadline: o.deadline,
    ...(o.date !== undefined ? { date: o.date as string } : {}),
    ...(o.shortUrl !== undefined ? { shortUrl: o.shortUrl as string } : {}),
    sessions,
    texts,
  };
}

/** Fills {placeholders}. */
export function fill(template: string, values: Record<Placeholder, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? values[name as Placeholder] : all,
  );
}
