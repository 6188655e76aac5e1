import { describe, expect, it } from "vitest";
import { OpinionError } from "./errors.js";
import { stateFromJSON, stateToJSON } from "./serialize.js";
import { createState } from "./update.js";

const withInConv = (bytes: number[]) => ({
  ...createState(),
  inConv: Uint8Array.from(bytes),
});

function encoded(bytes: number[]): string {
  const json = stateToJSON(withInConv(bytes)) as unknown as {
    state: { inConv: { $typed: string; base64: string } };
  };
  return json.state.inConv.base64;
}

describe("state JSON", () => {
  it("writes typed arrays as standard padded base64", () => {
    const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));
    expect(encoded(ascii("Man"))).toBe("TWFu");
    expect(encoded(ascii("Ma"))).toBe("TWE=");
    expect(encoded(ascii("M"))).toBe("TQ==");
    expect(encoded([])).toBe("");
    expect(encoded([251, 255, 191])).toBe("+/+/");
  });

  it("round-trips typed arrays of every length and type through JSON text", () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
      const state = {
        ...withInConv(bytes),
        lastVoteTimestamp: Number.POSITIVE_INFINITY,
      };
      const back = stateFromJSON(JSON.parse(JSON.stringify(stateToJSON(state))));
      expect(Array.from(back.inConv)).toEqual(bytes);
      expect(back.lastVoteTimestamp).toBe(Number.POSITIVE_INFINITY);
      expect(back.matrix.colIdx).toBeInstanceOf(Int32Array);
    }
  });

  it("rejects malformed base64 with INVALID_STATE", () => {
    const json = JSON.parse(JSON.stringify(stateToJSON(withInConv([1, 2, 3]))));
    json.state.inConv.base64 = "AQ*D";
    expect(() => stateFromJSON(json)).toThrow(OpinionError);
    expect(() => stateFromJSON(json)).toThrow(/bad base64 near character 0/);
  });
});
