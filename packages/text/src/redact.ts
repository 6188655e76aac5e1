import { replaceIdentityCodes } from "./hetu.js";
import { mapSpan, normalizeWithOffsets } from "./normalize.js";

export interface RedactionCounts {
  email: number;
  phone: number;
  hetu: number;
  url: number;
}

export interface Redacted {
  text: string;
  counts: RedactionCounts;
}

export const REDACTION_TOKENS = { email: "[EMAIL]", phone: "[PHONE]", hetu: "[HETU]" } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]]/giu;
// Finnish numbers: +358 / 00358 / 0 followed by an area or mobile code (first digit 1–9),
// then 5–9 more digits with optional single spaces or hyphens between them.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)358[ -]?(?:\(0\)[ -]?)?|\(0(?=\d{1,3}\))|0)[1-9]\d{0,2}\)?(?:[ -]?\d){5,9}(?![\p{L}\p{N}])/gu;

/**
 * Replaces every match of `pattern` in the normalised text (normalize.ts) at the matching
 * span of the ORIGINAL text, so that disguised data (full-width digits, zero-width characters
 * inside) is found while everything else keeps the writer's own characters.
 */
function replaceNormalized(
  text: string,
  pattern: RegExp,
  replacement: string,
): { text: string; count: number } {
  const normalized = normalizeWithOffsets(text);
  let out = "";
  let at = 0;
  let count = 0;
  for (const m of normalized.text.matchAll(pattern)) {
    const [start, end] = mapSpan(normalized, m.index, m.index + m[0].length);
    if (start < at) continue;
    out += text.slice(at, start) + replacement;
    at = end;
    count++;
  }
  return { text: out + text.slice(at), count };
}

/**
 * Removes personal data before anything else sees the text: identity codes (valid date and
 * check character, in any of the disguises `findIdentityCodes` knows), e-mail addresses and
 * Finnish phone numbers become placeholders; URLs are stripped. Ordinary numbers (years,
 * amounts, dates) are left alone. Matching runs on normalised text, replacement on the
 * original: the result holds none of the data in any form, and nothing else is changed.
 * This is the one redaction of Kuulo: text analysis, statement screening and imports use it.
 */
export function redact(text: string): Redacted {
  const hetu = replaceIdentityCodes(text, REDACTION_TOKENS.hetu);
  const email = replaceNormalized(hetu.text, EMAIL, REDACTION_TOKENS.email);
  const url = replaceNormalized(email.text, URL_PATTERN, " ");
  const phone = replaceNormalized(url.text, PHONE, REDACTION_TOKENS.phone);
  return {
    text: phone.text,
    counts: { hetu: hetu.count, email: email.count, url: url.count, phone: phone.count },
  };
}

/** Only the identity codes replaced (statements keep phone numbers for the moderator). */
export function redactIdentityCodes(text: string): { text: string; count: number } {
  return replaceIdentityCodes(text, REDACTION_TOKENS.hetu);
}

/** Redacts and normalises whitespace and Unicode (NFC); the input of every later step. */
export function clean(text: string): Redacted {
  const r = redact(text.normalize("NFC"));
  return {
    text: r.text
      .replace(/\p{Cf}/gu, "")
      .replace(/\s+/g, " ")
      .trim(),
    counts: r.counts,
  };
}
