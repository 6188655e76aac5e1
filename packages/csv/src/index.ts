// @kuulo/csv: the one CSV reader and writer of Kuulo's packages. Pure, no dependencies.

export { type CsvEncoding, type DecodedCsv, decodeCsv, firstInvalidUtf8 } from "./decode.js";
export { CsvError, type CsvErrorDetails, type CsvProblem } from "./errors.js";
export {
  type CsvDelimiter,
  type CsvReadOptions,
  type CsvRecord,
  type CsvTable,
  type CsvTableOptions,
  csvRecords,
  csvTable,
  DELIMITERS,
  detectDelimiter,
  readCsv,
} from "./read.js";
export { type CsvValue, type CsvWriteOptions, csvCell, writeCsv } from "./write.js";
