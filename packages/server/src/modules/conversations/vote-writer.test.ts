import { describe, expect, it } from "vitest";
import { arrayLiteral } from "./vote-writer.js";

describe("PostgreSQL array literals", () => {
  it("writes numbers as they are and quotes text", () => {
    expect(arrayLiteral([1, 2, 30])).toBe("{1,2,30}");
    expect(arrayLiteral(["a", 'b"c', "d\\e", "f,g", "{h}"])).toBe(
      '{"a","b\\"c","d\\\\e","f,g","{h}"}',
    );
    expect(arrayLiteral([])).toBe("{}");
  });
});
