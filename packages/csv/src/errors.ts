/** What is wrong with a CSV text. Each package turns these into its own error codes. */
export type CsvProblem =
  /** A quoted field runs to the end of the text; `line`/`column` are the opening quote's. */
  | "UNCLOSED_QUOTE"
  /** A `"` inside a field that does not start with one; `line`/`column` are the quote's. */
  | "QUOTE_IN_FIELD"
  /** Something other than a delimiter or line break after a closing quote (`character`). */
  | "TEXT_AFTER_QUOTE"
  /** The text holds no record at all, so there is no header row. */
  | "NO_HEADER"
  /** A row has more fields than the header (`fields`, `expected`). */
  | "TOO_MANY_FIELDS"
  /** A row has fewer fields than the header, and the table does not pad short rows. */
  | "TOO_FEW_FIELDS"
  /** `decodeCsv`: the bytes are in no encoding it reads (`encoding` says what they are). */
  | "ENCODING";

export interface CsvErrorDetails {
  /** 1-based line of the text (a line break inside a quoted field starts a new line). */
  line: number;
  /** 1-based character position in that line, for the quote problems. */
  column?: number;
  /** The unexpected character (TEXT_AFTER_QUOTE). */
  character?: string;
  /** How many fields the row has, and how many the header has (the field-count problems). */
  fields?: number;
  expected?: number;
  /** What is wrong with the bytes (ENCODING), e.g. "holds zero bytes: probably UTF-16 …". */
  encoding?: string;
}

const DESCRIPTIONS: Record<CsvProblem, (d: CsvErrorDetails) => string> = {
  UNCLOSED_QUOTE: () => "a quoted field is not closed before the end of the file",
  QUOTE_IN_FIELD: () =>
    "quote inside an unquoted field (quote the whole field and double the quote)",
  TEXT_AFTER_QUOTE: (d) =>
    `unexpected character ${JSON.stringify(d.character)} after a closing quote (write "" for a quote inside a quoted field)`,
  NO_HEADER: () => "the file is empty (a header row is needed)",
  TOO_MANY_FIELDS: (d) => `row has ${d.fields} fields, the header has ${d.expected}`,
  TOO_FEW_FIELDS: (d) => `row has ${d.fields} fields, the header has ${d.expected}`,
  ENCODING: (d) =>
    `the file ${d.encoding}; open it in the spreadsheet and save it as "CSV UTF-8", then try again`,
};

/**
 * The one error of @kuulo/csv: a stable `problem` and where it is. The message is English
 * ("line 2, character 3: …"); packages that have their own error codes catch it and say it
 * their way.
 */
export class CsvError extends Error implements CsvErrorDetails {
  override name = "CsvError";
  readonly problem: CsvProblem;
  readonly line: number;
  readonly column: number | undefined;
  readonly character: string | undefined;
  readonly fields: number | undefined;
  readonly expected: number | undefined;
  /** The problem in words, without the place. */
  readonly description: string;

  constructor(problem: CsvProblem, details: CsvErrorDetails) {
    const description = DESCRIPTIONS[problem](details);
    const place =
      details.column === undefined
        ? `line ${details.line}`
        : `line ${details.line}, character ${details.column}`;
    super(`${place}: ${description}`);
    this.problem = problem;
    this.line = details.line;
    this.column = details.column;
    this.character = details.character;
    this.fields = details.fields;
    this.expected = details.expected;
    this.description = description;
  }
}
