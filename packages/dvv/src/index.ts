// @kuulo/dvv: reading population-register (DVV) extracts for resident pools. Pure: values in,
// values out; the hetu is only read, never kept (an HMAC of it is the person's id).

export { type AddressOptions, type LetterAddress, readAddresses } from "./addresses.js";
export {
  type CheckOptions,
  type CheckResult,
  checkExtract,
  type Person,
  peopleRows,
  REASONS,
  type Reason,
  type RowProblem,
} from "./check.js";
export { DvvError, type DvvErrorCode } from "./errors.js";
export {
  type DecodedExtract,
  decodeExtract,
  type ExtractEncoding,
  type ExtractLayout,
  type ExtractRow,
  extractLayout,
} from "./extract.js";
export {
  ageOn,
  CENTURY_SIGNS,
  CHECK_CHARACTERS,
  checkCharacter,
  type Hetu,
  type HetuProblem,
  type HetuResult,
  isValidHetu,
  parseHetu,
  type SyntheticHetuOptions,
  syntheticHetu,
} from "./hetu.js";
export {
  DEFAULT_HEADERS,
  DEFAULT_MAPPING,
  FIELDS,
  type Field,
  type FixedField,
  type Mapping,
  parseMapping,
  REQUIRED_FIELDS,
} from "./mapping.js";
export {
  COUNTIES,
  type County,
  MUNICIPALITIES,
  type Municipality,
  municipality,
} from "./municipalities.js";
export { type SyntheticExtractOptions, syntheticExtract } from "./synthetic.js";
export { type Language, parseDeathDate, parseLanguage, parseTurvakielto } from "./values.js";
