import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource tree as "a.b.c" → value. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const resources = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("translations", () => {
  it("has the same keys in Finnish, Swedish and English", () => {
    const fiKeys = [...resources.fi.keys()].sort();
    expect([...resources.sv.keys()].sort()).toEqual(fiKeys);
    expect([...resources.en.keys()].sort()).toEqual(fiKeys);
    expect(fiKeys.length).toBeGreaterThan(100);
  });

  it("has no empty or non-string values", () => {
    for (const [language, map] of Object.entries(resources)) {
      for (const [key, value] of map) {
        expect(typeof value, `${language}: ${key}`).toBe("string");
        expect((value as string).trim().length, `${language}: ${key} is empty`).toBeGreaterThan(0);
      }
    }
  });

  it("uses the same interpolation variables in every language", () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of resources.fi) {
      expect(vars(resources.sv.get(key)), `sv: ${key}`).toEqual(vars(value));
      expect(vars(resources.en.get(key)), `en: ${key}`).toEqual(vars(value));
    }
  });

  it("defines every literal key the source code asks for", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
    }
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
