import { DvvError, type Mapping, parseMapping } from "@kuulo/dvv";
import { AppError } from "../../../errors.js";

/** The 1-based line of a character offset in a text. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/** Where a mapping problem is: the line of the JSON key it names ("fields.hetu"), if any. */
function placeOf(text: string, message: string): { line: number; field: string } {
  const named = /(?:field|key) "([^"]+)"/.exec(message)?.[1];
  const top = /^mapping: (skipLines|delimiter|encoding|format)\b/.exec(message)?.[1];
  const key = named ?? top ?? (/`fields`/.test(message) ? "fields" : undefined);
  if (!key) return { line: 1, field: "" };
  const at = text.indexOf(`"${key}"`);
  const inFields =
    named && !["format", "fields", "delimiter", "encoding", "skipLines"].includes(key);
  return { line: at >= 0 ? lineAt(text, at) : 1, field: inFields ? `fields.${key}` : key };
}

const refuse = (message: string, line: number, field: string) =>
  new AppError("validation.failed", "The column mapping is not valid.", {
    errors: [
      {
        path: "body.mapping",
        message: `line ${line}${field ? `, ${field}` : ""}: ${message}`,
        code: "invalid_file",
        params: { file: "mapping", line, column: field, reason: "MAPPING" },
      },
    ],
  });

/**
 * A frame import's column mapping (the JSON of `kuulo dvv check --mapping`), read with
 * @kuulo/dvv's own rules; a broken one is refused at `body.mapping` with its line and field.
 */
export function readFrameMapping(text: string): Mapping {
  const json = text.replace(/^\uFEFF/, "");
  try {
    JSON.parse(json);
  } catch {
    throw refuse("not JSON", lineAt(json, syntaxErrorAt(json)), "");
  }
  try {
    return parseMapping(text);
  } catch (error) {
    if (!(error instanceof DvvError)) throw error;
    const place = placeOf(text, error.message);
    throw refuse(error.message.replace(/^mapping: /, ""), place.line, place.field);
  }
}

/**
 * The offset of a JSON text's first syntax error (Node's messages do not always give it): the
 * shortest prefix that fails otherwise than by ending too soon ends at the bad character.
 */
function syntaxErrorAt(text: string): number {
  const broken = (end: number) => {
    try {
      JSON.parse(text.slice(0, end));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      if (/end of (JSON )?input|Unterminated/i.test(message)) return false;
      // V8 names the position; one at the prefix's end also means it ended too soon.
      const position = /position (\d+)/.exec(message)?.[1];
      return position === undefined || Number(position) < end;
    }
  };
  let low = 1;
  let high = text.length;
  if (!broken(high)) return text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (broken(mid)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}
