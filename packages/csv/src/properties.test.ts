import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError } from "./errors.js";
import { csvRecords, DELIMITERS, readCsv } from "./read.js";
import { writeCsv } from "./write.js";

/** Text built from the characters that matter to CSV, and a few that do not. */
const cellText = fc.string({
  unit: fc.constantFrom("a", "ä", "1", ",", ";", "\t", '"', "\n", "\r", "\r\n", " ", "=", "-", "'"),
  maxLength: 8,
});
const delimiter = fc.constantFrom(...DELIMITERS);

/** What a cell reads back as: the writer's formula guard adds an apostrophe. */
const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe("CSV properties", () => {
  it("reads back every table it writes, in any delimiter, with the formula guard", () => {
    fc.assert(
      fc.property(
        delimiter,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cellText, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (d, width, cells) => {
          const header = ["h1", "h2", "h3", "h4"].slice(0, width);
          const body = cells.map((row) => row.slice(0, width));
          const table = readCsv(writeCsv([header, ...body], { delimiter: d }));
          // One column has no delimiter to detect; the writer quotes every , ; and tab anyway.
          expect(table.delimiter).toBe(width > 1 ? d : ",");
          expect(table.header).toEqual(header);
          expect(table.rows.map((r) => r.fields)).toEqual(body.map((row) => row.map(guarded)));
        },
      ),
    );
  });

  it("gives each record the line it starts on", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom("\n", "\r\n", "\r"),
        (rows, eol) => {
          const text = writeCsv(rows).replaceAll("\n", eol);
          const lineBreaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;
          let expected = 1;
          const got = Array.from(csvRecords(text, { delimiter: "," }));
          for (const [i, record] of got.entries()) {
            expect(record.line).toBe(expected);
            // The next record starts after this one's own line breaks and its end of line.
            const written = writeCsv([rows[i]!]).replaceAll("\n", eol);
            expected += lineBreaks(written);
          }
          expect(got.length).toBe(rows.length);
        },
      ),
    );
  });

  it("either reads any text or says where it is broken, never anything else", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\n", "\r", " ", "\ufeff") }),
        (text) => {
          try {
            for (const record of csvRecords(text)) {
              expect(record.line).toBeGreaterThanOrEqual(1);
              expect(record.fields.length).toBeGreaterThan(0);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(CsvError);
            const e = error as CsvError;
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0));
            expect(e.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
    );
  });
});
