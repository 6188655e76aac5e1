import { CsvError } from "./errors.js";

/**
 * The bytes of a CSV file as text. Spreadsheets write UTF-8 (with or without a byte order
 * mark), UTF-16 with a byte order mark ("Unicode text"), or — Finnish Excel's classic
 * "CSV (semicolon delimited)" — Windows-1252. A BOM decides; without one the bytes are UTF-8
 * when they are valid UTF-8 (text in Windows-1252 with any ä, ö, å or € never is), else
 * Windows-1252, and the result says so in `notice` for the caller to show.
 */

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedCsv {
  /** The text, without the byte order mark. */
  text: string;
  encoding: CsvEncoding;
  /** Whether the file started with a byte order mark. */
  bom: boolean;
  /** Set when the file was not UTF-8 and was read as Windows-1252: what happened and why. */
  notice?: string;
}

/** Windows-1252 bytes 0x80–0x9F; the rest is ISO-8859-1. 0 marks the five unassigned bytes. */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Offset of the first byte that makes the bytes invalid UTF-8, or -1 when they are valid. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * 1-based line and character of byte `offset`, the bytes before it being valid UTF-8 (or, with
 * `singleByte`, one character each).
 */
function placeOf(
  bytes: Uint8Array,
  from: number,
  offset: number,
  singleByte = false,
): { line: number; column: number } {
  let line = 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  if (singleByte) return { line, column: offset - lineStart + 1 };
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

function decodeWindows1252(bytes: Uint8Array, from: number): string {
  let text = "";
  const chunk: number[] = [];
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** See the top of this file. Throws a CsvError `ENCODING` when the bytes are neither. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      bom: true,
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      bom: true,
    };
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const from = bom ? 3 : 0;
  try {
    // The native decoder checks the common case fast; only a failure is looked into below.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(from));
    return { text, encoding: "utf-8", bom };
  } catch {
    // not UTF-8: find where, and whether it is Windows-1252
  }
  const invalid = firstInvalidUtf8(bytes, from);
  if (invalid < 0) {
    // Cannot happen (both follow the Unicode standard's definition), but never guess then.
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(from)), encoding: "utf-8", bom };
  }
  const place = placeOf(bytes, from, invalid);
  const byte = hex(bytes[invalid]!);
  if (bom) {
    throw new CsvError("ENCODING", {
      ...place,
      encoding: `starts with a UTF-8 byte order mark but byte ${byte} is not UTF-8`,
    });
  }
  const nul = bytes.indexOf(0, from);
  if (nul >= 0) {
    throw new CsvError("ENCODING", {
      ...placeOf(bytes, from, Math.min(nul, invalid)),
      encoding: "holds zero bytes: probably UTF-16 without a byte order mark",
    });
  }
  for (let i = invalid; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f && CP1252_80_9F[b - 0x80] === 0) {
      throw new CsvError("ENCODING", {
        ...placeOf(bytes, from, i, true),
        encoding: `is neither UTF-8 nor Windows-1252 (byte ${hex(b)} has no meaning in Windows-1252)`,
      });
    }
  }
  return {
    text: decodeWindows1252(bytes, from),
    encoding: "windows-1252",
    bom: false,
    notice:
      `not UTF-8 (byte ${byte} on line ${place.line}, character ${place.column}), so read as ` +
      `Windows-1252, the encoding of Excel's "CSV (semicolon delimited)". Check that ä, ö and € ` +
      `look right; to avoid this, save the file as "CSV UTF-8".`,
  };
}
