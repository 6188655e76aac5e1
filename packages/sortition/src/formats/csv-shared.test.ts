import { describe, expect, it } from "vitest";
import { SortitionError } from "../errors.js";
import { parseCsv } from "./csv.js";

function errorOf(fn: () => unknown): SortitionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SortitionError) return error;
    throw error;
  }
  throw new Error("expected a SortitionError");
}

describe("parseCsv on @kuulo/csv", () => {
  it("detects the delimiter outside quotes and from the most frequent one", () => {
    expect(parseCsv({ text: 'id;"nimi, suku";kunta\n1;a;b\n' }).header).toEqual([
      "id",
      "nimi, suku",
      "kunta",
    ]);
    expect(parseCsv({ text: "id;ikä, vuotta;kunta\n1;30;Vantaa\n" }).rows[0]!.cells).toEqual([
      "1",
      "30",
      "Vantaa",
    ]);
  });

  it("names file and line of a broken quote", () => {
    const inField = errorOf(() => parseCsv({ text: 'id,nimi\n1,Matti "Masa" V\n', file: "p.csv" }));
    expect(inField.code).toBe("BAD_CSV");
    expect(inField.message).toMatch(/^p\.csv, line 2: quote inside an unquoted field/);
    const after = errorOf(() => parseCsv({ text: 'id,nimi\n1,"Matti" V\n', file: "p.csv" }));
    expect(after.message).toMatch(/^p\.csv, line 2: unexpected character "V" after a closing/);
    expect(errorOf(() => parseCsv({ text: "\n\n", file: "p.csv" })).message).toBe(
      "p.csv: the file is empty",
    );
  });
});
