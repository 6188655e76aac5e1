import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSealer, DATA_KEY_FILE, loadOrCreateDataKey, parseDataKey } from "./sealed.js";

const key = Buffer.alloc(32, 7);

describe("sealed values", () => {
  it("round-trips, with a fresh IV each time and no plain text in the sealed form", () => {
    const sealer = createSealer(key);
    const a = sealer.seal("matti.meikalainen@example.fi");
    const b = sealer.seal("matti.meikalainen@example.fi");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain("meikalainen");
    expect(sealer.open(a)).toBe("matti.meikalainen@example.fi");
    expect(sealer.open(b)).toBe("matti.meikalainen@example.fi");
  });

  it("refuses a changed value and a value sealed under another key", () => {
    const sealed = createSealer(key).seal("+358401234567");
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => createSealer(key).open(`v1.${bytes.toString("base64url")}`)).toThrow();
    expect(() => createSealer(Buffer.alloc(32, 8)).open(sealed)).toThrow();
  });

  it("gives equal blind indexes for equal values in one scope only, and depends on the key", () => {
    const sealer = createSealer(key);
    const one = sealer.blindIndex("pool-email:a", "x@example.fi");
    expect(sealer.blindIndex("pool-email:a", "x@example.fi")).toBe(one);
    expect(sealer.blindIndex("pool-email:b", "x@example.fi")).not.toBe(one);
    expect(sealer.blindIndex("pool-email:a", "y@example.fi")).not.toBe(one);
    expect(createSealer(Buffer.alloc(32, 8)).blindIndex("pool-email:a", "x@example.fi")).not.toBe(
      one,
    );
  });

  it("reads a key given as hex or base64 and refuses a short one", () => {
    expect(parseDataKey("07".repeat(32))).toEqual(key);
    expect(parseDataKey(key.toString("base64"))).toEqual(key);
    expect(parseDataKey(key.toString("base64url"))).toEqual(key);
    expect(parseDataKey("abcd")).toBeUndefined();
  });

  it("makes a key file in the data folder on first start and reads the same key after", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kuulo-key-"));
    try {
      const first = await loadOrCreateDataKey(join(dir, "data"));
      const second = await loadOrCreateDataKey(join(dir, "data"));
      expect(second).toEqual(first);
      const file = join(dir, "data", DATA_KEY_FILE);
      expect(parseDataKey(await readFile(file, "utf8"))).toEqual(first);
      expect((await stat(file)).mode & 0o077).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
