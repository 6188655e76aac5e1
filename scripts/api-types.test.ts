import { describe, expect, it } from "vitest";
import { checkedInApiTypes, generateApiTypes } from "./api-types.js";

describe("the web app's API types", () => {
  it("match the server's OpenAPI document (else run npm run api:types)", async () => {
    const [generated, checkedIn] = await Promise.all([generateApiTypes(), checkedInApiTypes()]);
    // A plain equality check would print 2,000 lines; name the first difference instead.
    const a = generated.split("\n");
    const b = checkedIn.split("\n");
    const line = a.findIndex((text, i) => text !== b[i]);
    const where =
      line < 0 && a.length === b.length
        ? "none"
        : `line ${(line < 0 ? Math.min(a.length, b.length) : line) + 1}`;
    expect(where, "packages/web/src/api/schema.d.ts is out of date: run npm run api:types").toBe(
      "none",
    );
  }, 120_000);
});
