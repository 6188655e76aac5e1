import { HETU_PATTERN, isValidHetu } from "./hetu.js";

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
 * Removes personal data before anything else sees the text: identity codes (valid check
 * character), e-mail addresses and Finnish phone numbers become placeholders; URLs are
 * stripped. Ordinary numbers (years, amounts, dates) are left alone.
 */
export function redact(text: string): Redacted {
  const counts: RedactionCounts = { email: 0, phone: 0, hetu: 0, url: 0 };
  let out = text.replace(EMAIL, () => {
    counts.email++;
    return REDACTION_TOKENS.email;
  });
  out = out.replace(URL_PATTERN, () => {
    counts.url++;
    return " ";
  });
  out = out.replace(HETU_PATTERN, (match) => {
    if (!isValidHetu(match)) return match;
    counts.hetu++;
    return REDACTION_TOKENS.hetu;
  });
  out = out.replace(PHONE, () => {
    counts.phone++;
    return REDACTION_TOKENS.phone;
  });
  return { text: out, counts };
}

/** Redacts and normalises whitespace and Unicode (NFC); the input of every later step. */
export function clean(text: string): Redacted {
  const normalised = text.normalize("NFC").replace(/\u00ad/g, "");
  const r = redact(normalised);
  return { text: r.text.replace(/\s+/g, " ").trim(), counts: r.counts };
}
