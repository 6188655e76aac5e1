import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  codeCheckCharacter,
  formatCode,
  generateCode,
  generateCodes,
  isValidCode,
  normaliseCode,
} from "./codes.js";

const plain = (code: string) => code.replace("-", "");

describe("sign-up codes", () => {
  it("are ABCD-EFGH from an alphabet without 0, O, 1, I or L, with a right check character", () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (const code of generateCodes(500)) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(isValidCode(code)).toBe(true);
      expect(code.at(-1)).toBe(codeCheckCharacter(plain(code).slice(0, 7)));
    }
  });

  it("come from the random source given (crypto by default) and are all different", () => {
    expect(generateCode(() => 0)).toBe(`2222-222${codeCheckCharacter("2222222")}`);
    expect(new Set(generateCodes(2000)).size).toBe(2000);
    // Two runs do not give the same codes.
    expect(generateCodes(50)).not.toEqual(generateCodes(50));
  });

  it("catch every single wrong character and every swap of two characters", () => {
    for (const code of generateCodes(40).map(plain)) {
      for (let i = 0; i < 8; i++) {
        for (const c of CODE_ALPHABET) {
          if (c === code[i]) continue;
          const typo = code.slice(0, i) + c + code.slice(i + 1);
          expect(normaliseCode(typo)).toMatchObject({ ok: false, reason: "check" });
        }
        for (let j = i + 1; j < 8; j++) {
          if (code[i] === code[j]) continue;
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j]!, chars[i]!];
          expect(normaliseCode(chars.join("")).ok).toBe(false);
        }
      }
    }
  });

  it("normalise what a person types: case, spaces, dashes, dots", () => {
    const code = generateCode();
    const expected = { ok: true, code, corrected: false };
    expect(normaliseCode(code.toLowerCase())).toEqual(expected);
    expect(normaliseCode(` ${plain(code).split("").join(" ")} `)).toEqual(expected);
    expect(normaliseCode(`${code.slice(0, 2)}–${code.slice(2, 4)}.${code.slice(5)}`)).toEqual(
      expected,
    );
    expect(normaliseCode(formatCode(plain(code)))).toEqual(expected);
  });

  it("read a 0 or O typed for a Q or D, and 1, I or L for a J, T or 7, when only one reading checks", () => {
    // Codes with one Q, D, J, T or 7 whose look-alike reading is unique.
    let tried = 0;
    for (const code of generateCodes(3000)) {
      const at = plain(code).search(/[QDJT7]/);
      if (at < 0) continue;
      const original = plain(code);
      const typed =
        original.slice(0, at) + ("QD".includes(original[at]!) ? "0" : "l") + original.slice(at + 1);
      const result = normaliseCode(typed);
      // The check tells the readings apart unless two pass (then it is a "check" failure).
      if (result.ok) {
        expect(result).toEqual({ ok: true, code, corrected: true });
        tried++;
      } else expect(result).toMatchObject({ reason: "check" });
    }
    expect(tried).toBeGreaterThan(100);
    expect(isValidCode("ABCD-EFG0")).toBe(false);
  });

  it("say what is wrong: length, a character no code has, a typo", () => {
    expect(normaliseCode("ABCD-EFG")).toMatchObject({ ok: false, reason: "length" });
    expect(normaliseCode("ABCD-EFGHJ")).toMatchObject({ ok: false, reason: "length" });
    expect(normaliseCode("ABCD-EFÄH")).toMatchObject({ ok: false, reason: "character" });
    expect(normaliseCode("")).toMatchObject({ ok: false, reason: "length" });
    expect(() => codeCheckCharacter("ABC")).toThrow(RangeError);
  });
});
