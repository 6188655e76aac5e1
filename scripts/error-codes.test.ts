import { readFileSync } from "node:fs";
import { ERROR_CODES, FIELD_ERROR_CODES } from "@kuulo/server";
import { describe, expect, it } from "vitest";

// The web app's Finnish bundle, read as data (the web is not imported into a root script).
const fi = JSON.parse(
  readFileSync(new URL("../packages/web/src/i18n/fi.json", import.meta.url), "utf8"),
) as { errors: { codes: unknown; fields: unknown } };

// The web app words every problem the server can send in the user's language (its bundles
// have the same keys in fi, sv and en: packages/web/src/i18n/i18n.test.ts).
describe("the web app has a text for every problem code of the server", () => {
  it("every top-level code (errors.codes.*)", () => {
    const texts = fi.errors.codes as Record<string, string>;
    expect(ERROR_CODES.length).toBeGreaterThan(20);
    expect(ERROR_CODES.filter((code) => !texts[code.replace(/\./g, "_")])).toEqual([]);
  });

  it("every field code (errors.fields.*)", () => {
    const texts = fi.errors.fields as Record<string, string>;
    expect(FIELD_ERROR_CODES.filter((code) => !texts[code])).toEqual([]);
  });
});
