import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv, firstInvalidUtf8 } from "./decode.js";
import { CsvError } from "./errors.js";
import { readCsv } from "./read.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const EXPECTED = [
  ["1", "päivystys on liian kaukana", "Jyväskylä"],
  ["2", "Åbo och “hälsocentralen” ö", "Äänekoski"],
  ["3", "maksu 5 € on kohtuullinen", "Keuruu"],
];

function errorOf(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("decodeCsv", () => {
  it("reads Finnish Excel's Windows-1252 CSV (ä ö å € “ ”) and says so, naming the first byte", () => {
    const decoded = decodeCsv(fixture("answers-windows-1252.csv"));
    expect(decoded.encoding).toBe("windows-1252");
    expect(readCsv(decoded.text).rows.map((r) => r.fields)).toEqual(EXPECTED);
    expect(decoded.text).not.toContain("\ufffd");
    // "1;päivystys": the ä is byte 0xE4, the 4th character of line 2.
    expect(decoded.notice).toBe(
      'not UTF-8 (byte 0xE4 on line 2, character 4), so read as Windows-1252, the encoding of Excel\'s "CSV (semicolon delimited)". Check that ä, ö and € look right; to avoid this, save the file as "CSV UTF-8".',
    );
  });

  it.each([
    ["answers-utf8-bom.csv", "utf-8"],
    ["answers-utf16le.csv", "utf-16le"],
    ["answers-utf16be.csv", "utf-16be"],
  ])("reads %s by its byte order mark as %s, without the mark", (name, encoding) => {
    const decoded = decodeCsv(fixture(name));
    expect(decoded).toMatchObject({ encoding, bom: true });
    expect(decoded.notice).toBeUndefined();
    expect(decoded.text.startsWith("id;")).toBe(true);
    expect(readCsv(decoded.text).rows.map((r) => r.fields)).toEqual(EXPECTED);
  });

  it("reads UTF-8 without a mark as UTF-8, quietly", () => {
    const decoded = decodeCsv(new TextEncoder().encode("a;b\n€;“ä”\n"));
    expect(decoded).toEqual({ text: "a;b\n€;“ä”\n", encoding: "utf-8", bom: false });
  });

  it("refuses bytes that are neither, naming line, character and the fix", () => {
    // 0x81 has no meaning in Windows-1252.
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xe4, 0x81]);
    const error = errorOf(() => decodeCsv(bytes));
    expect(error.problem).toBe("ENCODING");
    expect(error.message).toBe(
      'line 2, character 3: the file is neither UTF-8 nor Windows-1252 (byte 0x81 has no meaning in Windows-1252); open it in the spreadsheet and save it as "CSV UTF-8", then try again',
    );
    const marked = errorOf(() => decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe4])));
    expect(marked.message).toContain(
      "line 1, character 2: the file starts with a UTF-8 byte order mark but byte 0xE4 is not UTF-8",
    );
    const utf16 = errorOf(() => decodeCsv(new Uint8Array([0x61, 0, 0xe4, 0])));
    expect(utf16.message).toContain("probably UTF-16 without a byte order mark");
  });

  it("finds the first byte that is not UTF-8", () => {
    const enc = new TextEncoder();
    expect(firstInvalidUtf8(enc.encode("päivä 😀 €"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1); // cut short
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x80]))).toBe(1);
  });
});
