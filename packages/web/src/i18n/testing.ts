// Shared checks for the translation bundles (the app's and each feature module's): imported
// by their i18n.test.ts files only, never by the app.
import { expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };

export type Resources = Record<"fi" | "sv" | "en", Map<string, unknown>>;

/** Every leaf of a resource tree as "a.b.c" → value. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** The three language bundles, flattened. */
export function flattenResources(bundles: Record<"fi" | "sv" | "en", object>): Resources {
  return {
    fi: flatten(bundles.fi as Tree),
    sv: flatten(bundles.sv as Tree),
    en: flatten(bundles.en as Tree),
  };
}

/**
 * The checks every bundle must pass: the same keys in fi/sv/en (at least `minimumKeys`), no
 * empty or non-string value, the same interpolation variables in every language.
 */
export function itHasCompleteTranslations(resources: Resources, minimumKeys: number): void {
  it("has the same keys in Finnish, Swedish and English", () => {
    const fiKeys = [...resources.fi.keys()].sort();
    expect([...resources.sv.keys()].sort()).toEqual(fiKeys);
    expect([...resources.en.keys()].sort()).toEqual(fiKeys);
    expect(fiKeys.length).toBeGreaterThan(minimumKeys);
  });

  it("has no empty or non-string values", () => {
    for (const [language, map] of Object.entries(resources)) {
      for (const [key, value] of map) {
        expect(typeof value, `${language}: ${key}`).toBe("string");
        expect((value as string).trim(), `${language}: ${key} is empty`).not.toBe("");
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
}
