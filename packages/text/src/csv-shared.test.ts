import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";

describe("parseCsv on @kuulo/csv", () => {
  it("reads tab-separated answers and spaces around quoted fields", () => {
    const t = parseCsv({ file: "t.tsv", text: 'id\tanswer\n1\t "Hyvä;\tmutta" \n' });
    expect(t.delimiter).toBe("\t");
    expect(t.rows[0]!.fields).toEqual(["1", "Hyvä;\tmutta"]);
  });

  it("counts a lone CR as a line end", () => {
    const t = parseCsv({ file: "mac.csv", text: "id,answer\r1,a\r2,b\r" });
    expect(t.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});
