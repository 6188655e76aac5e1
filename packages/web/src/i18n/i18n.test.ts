import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };
import { flattenResources, itHasCompleteTranslations, usedKeys } from "./testing.js";

const resources = flattenResources({ fi, sv, en });
const srcDir = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("translations", () => {
  itHasCompleteTranslations(resources, 100);

  it("defines every literal key the source code asks for", () => {
    const used = usedKeys(srcDir, "t");
    expect(used.size).toBeGreaterThan(50);
    // Feature modules with their own i18n/ folder add their texts under their own top-level
    // key (e.g. "conversations."); those are checked by the module's tests.
    const moduleKeys = readdirSync(srcDir, { withFileTypes: true })
      .filter(
        (d) => d.isDirectory() && d.name !== "i18n" && existsSync(join(srcDir, d.name, "i18n")),
      )
      .map((d) => `${d.name}.`);
    const missing = [...used].filter(
      (key) => !resources.fi.has(key) && !moduleKeys.some((prefix) => key.startsWith(prefix)),
    );
    expect(missing).toEqual([]);
  });

  it("defines the dynamic keys for roles, languages and sign-in link problems", () => {
    for (const role of [
      "admin",
      "moderator",
      "analyst",
      "facilitator",
      "action_editor",
      "viewer",
    ]) {
      expect(resources.fi.has(`roles.${role}`)).toBe(true);
    }
    for (const l of ["fi", "sv", "en"]) {
      expect(resources.fi.has(`languages.${l}`)).toBe(true);
      expect(resources.fi.has(`settings.nameIn.${l}`)).toBe(true);
    }
    for (const p of ["expired", "used", "invalid"]) {
      expect(resources.fi.has(`verify.${p}.title`)).toBe(true);
      expect(resources.fi.has(`verify.${p}.body`)).toBe(true);
    }
  });
});
