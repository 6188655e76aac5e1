/** Where in a workbook a problem is: the zip part (e.g. `xl/workbook.xml`) and/or the sheet. */
export interface XlsxLocation {
  part?: string;
  sheet?: string;
}

/**
 * The one error of @kuulo/xlsx: a file that is not a workbook it can read. The message is
 * English and says what is wrong ("the file is not an XLSX workbook (…)"); packages that have
 * their own error codes catch it and say it their way.
 */
export class XlsxError extends Error {
  override name = "XlsxError";
  readonly location: XlsxLocation | undefined;

  constructor(message: string, location?: XlsxLocation) {
    super(message);
    this.location = location;
  }
}
