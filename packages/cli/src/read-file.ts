import { readFile } from "node:fs/promises";
import { CsvError, decodeCsv } from "@kuulo/csv";
import type { CliIO } from "./command.js";

/**
 * A CSV (or other text) file given on the command line, decoded by @kuulo/csv: UTF-8 with or
 * without a byte order mark, UTF-16 with one, or Windows-1252 (Finnish Excel's classic CSV),
 * which is announced on stderr. `name` is how the file is called in messages.
 */
export async function readTextFile(
  path: string,
  name: string,
  io: CliIO,
  options: { optional?: boolean } = {},
): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (options.optional && code === "ENOENT") return undefined;
    throw new Error(`${name}: cannot read the file (${code ?? String(error)})`);
  }
  try {
    const decoded = decodeCsv(bytes);
    if (decoded.notice) io.stderr(`Notice: ${name}: ${decoded.notice}\n`);
    return decoded.text;
  } catch (error) {
    if (error instanceof CsvError) throw new Error(`${name}: ${error.message}`);
    throw error;
  }
}
