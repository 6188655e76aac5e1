import { normalizeForMatching, redact, redactIdentityCodes } from "@kuulo/text";
import type { StatementFlag } from "../schema.js";

/**
 * Automatic screening of a statement before anyone sees it: personal data and profanity are
 * flagged for the moderator. A Finnish personal identity code (hetu) is replaced in the stored
 * text, so that no one — moderators included — ever sees it.
 */

// A short, own list of strong swear words and slurs in Finnish, Swedish and English (stems).
const PROFANITY = [
  "vittu",
  "perkele",
  "saatana",
  "helvet",
  "paska",
  "kusipää",
  "huora",
  "mulkku",
  "neekeri",
  "fitta",
  "jävla",
  "kuk",
  "hora",
  "fuck",
  "shit",
  "cunt",
  "bitch",
  "asshole",
];
const PROFANITY_PATTERN = new RegExp(`(^|[^\\p{L}])(${PROFANITY.join("|")})`, "iu");

export interface Screened {
  /** The text to store: identity codes replaced. */
  text: string;
  flags: StatementFlag[];
}

export function screenStatement(input: string): Screened {
  const redacted = redact(input);
  const flags: StatementFlag[] = [];
  if (redacted.counts.hetu > 0) flags.push("hetu");
  if (redacted.counts.phone > 0) flags.push("phone");
  if (redacted.counts.email > 0) flags.push("email");
  // The same normalisation as redaction: zero-width characters, soft hyphens and full-width
  // letters do not hide a word.
  if (PROFANITY_PATTERN.test(normalizeForMatching(input))) flags.push("profanity");
  // Only identity codes are removed from the stored text; phone numbers and addresses are
  // left for the moderator to judge (a flagged statement always waits for review).
  return { text: redactIdentityCodes(input).text, flags };
}

/** Lower-case letters and digits only: "Lisää  nuorisotiloja!" and "lisää nuorisotiloja" match. */
export function fingerprint(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Similarity of two fingerprints: Dice coefficient of their word sets, 0…1. */
export function similarity(a: string, b: string): number {
  const wa = new Set(a.split(" ").filter(Boolean));
  const wb = new Set(b.split(" ").filter(Boolean));
  if (wa.size + wb.size === 0) return 1;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** Statements at least this similar to an existing one are refused as near-duplicates. */
export const NEAR_DUPLICATE = 0.85;
