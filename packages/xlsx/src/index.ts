// @kuulo/xlsx: a small XLSX reader and writer (fflate for the zip, its own XML tokenizer).
// Pure: bytes in, values out, no I/O.

export { XlsxError, type XlsxLocation } from "./errors.js";
export { type CellValue, parseXml, readXlsx, serialToIso, type XlsxTable } from "./read.js";
export { columnLetter, writeXlsx, type XlsxSheet, type XlsxValue } from "./write.js";
