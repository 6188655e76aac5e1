import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, parseHexColor, textColorFor, themeFor } from "./contrast.js";

describe("contrast", () => {
  it("parses short and long hex colours", () => {
    expect(parseHexColor("#fff")).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHexColor("1d4F91")).toEqual({ r: 0x1d, g: 0x4f, b: 0x91 });
    expect(parseHexColor("red")).toBeNull();
    expect(parseHexColor("#12345")).toBeNull();
  });

  it("gives 21 for black on white and 1 for equal colours", () => {
    const black = parseHexColor("#000")!;
    const white = parseHexColor("#fff")!;
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5);
  });

  it("matches a known WCAG value (#777 on white is about 4.48)", () => {
    expect(contrastRatio(parseHexColor("#777")!, parseHexColor("#fff")!)).toBeCloseTo(4.48, 2);
  });

  it("picks white on dark and black on light backgrounds", () => {
    expect(textColorFor(parseHexColor("#1d4f91")!).text).toBe("#ffffff");
    expect(textColorFor(parseHexColor("#ffd700")!).text).toBe("#000000");
  });

  it("always reaches at least 4.5:1 with the chosen text colour", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        (r, g, b) => {
          expect(textColorFor({ r, g, b }).ratio).toBeGreaterThanOrEqual(4.5);
        },
      ),
    );
  });

  it("falls back to the default colour for invalid input", () => {
    expect(themeFor("not a colour").background).toBe("#1d4f91");
    expect(themeFor("#ABC").background).toBe("#aabbcc");
  });
});
