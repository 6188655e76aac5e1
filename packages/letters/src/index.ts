// @kuulo/letters: invitation letters for population-register recruitment (issue #14): one PDF
// for C5 window envelopes, personal sign-up codes, QR codes and the printing-house file.

export {
  CODE_ALPHABET,
  CODE_LENGTH,
  codeCheckCharacter,
  formatCode,
  generateCode,
  generateCodes,
  isValidCode,
  type NormalisedCode,
  normaliseCode,
} from "./codes.js";
export { LettersError, type LettersErrorCode } from "./errors.js";
export { type LetterFonts, letterFonts } from "./fonts.js";
export {
  ADDRESS_AREA,
  type AddressInput,
  inside,
  LAYOUT,
  type Measure,
  MM,
  mm,
  PAGE,
  type PlacedLine,
  placeAddress,
  type Rect,
  WINDOW,
  WINDOW_PLAY,
} from "./geometry.js";
export { formatDate, formatDay, LABELS, letterLanguages, type MotherTongue } from "./language.js";
export {
  type Letter,
  type LettersPdfOptions,
  type LettersPdfResult,
  lettersPdf,
  pagesPerLetter,
  shortUrl,
  signUpLink,
  writeLettersPdf,
} from "./pdf.js";
export { PRINTING_HOUSE_COLUMNS, printingHouseCsv, printingHouseRows } from "./printing-house.js";
export { qrMatrix, qrRuns } from "./qr.js";
export {
  fill,
  LETTER_LANGUAGES,
  type LetterLanguage,
  type LetterSession,
  type LetterTemplate,
  type LetterText,
  PLACEHOLDERS,
  parseTemplate,
} from "./template.js";
