// Text in SEPA payment files. The EPC's basic character set is a–z A–Z 0–9 / - ? : ( ) . , ' +
// and space; Finnish banks also accept the letters of the Finnish and Swedish alphabets
// (Å Ä Ö å ä ö) — Finance Finland's payment guide — so those are kept as such, and so a name
// like "Mäkelä" arrives right. Other letters lose their accents (é → e, ü → u), a few are
// spelled out (ß → ss, æ → ae, ø → o), and anything else becomes a space.

const BASIC = /^[A-Za-z0-9/\-?:().,'+ ]$/;
const FINNISH = /^[ÅÄÖåäö]$/;
const SPELLED: Readonly<Record<string, string>> = {
  ß: "ss",
  Æ: "AE",
  æ: "ae",
  Ø: "O",
  ø: "o",
  Œ: "OE",
  œ: "oe",
  Ð: "D",
  ð: "d",
  Þ: "TH",
  þ: "th",
  Ł: "L",
  ł: "l",
  "&": "+",
  "–": "-",
  "—": "-",
  "’": "'",
  "‘": "'",
  _: "-",
};

function sepaChar(ch: string): string {
  if (BASIC.test(ch) || FINNISH.test(ch)) return ch;
  const spelled = SPELLED[ch];
  if (spelled !== undefined) return spelled;
  const stripped = ch.normalize("NFD").replace(/\p{M}/gu, "");
  if ([...stripped].every((c) => BASIC.test(c))) return stripped;
  return " ";
}

/**
 * `text` in the characters that Finnish banks accept in SEPA transfers, whitespace collapsed,
 * trimmed, and cut to `max` characters.
 */
export function sepaText(text: string, max: number): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += sepaChar(ch);
  return [...out.replace(/\s+/g, " ").trim()].slice(0, max).join("").trim();
}

/** Whether `text` is already in the accepted characters (nothing would change but length). */
export function isSepaText(text: string): boolean {
  return [...text].every((ch) => BASIC.test(ch) || FINNISH.test(ch));
}

/** Escapes the five XML special characters. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A SEPA identifier (MsgId, PmtInfId, EndToEndId): 1–35 characters of the basic set without
 * spaces, not starting or ending with "/" and without "//" (the EPC's rule for references).
 */
export function isSepaIdentifier(text: string): boolean {
  return (
    /^[A-Za-z0-9/\-?:().,'+]{1,35}$/.test(text) &&
    !text.startsWith("/") &&
    !text.endsWith("/") &&
    !text.includes("//")
  );
}
