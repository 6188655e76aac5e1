import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Dependencies run one way: the app (App.tsx, main.tsx, modules.ts, pages/) → features
 * (conversations/, each with its module definition, routes and i18n namespace) → the shared
 * web base (api/, components/, i18n/, lib/).
 */
const src = dirname(fileURLToPath(import.meta.url));
const BASE = ["api", "components", "i18n", "lib"];
const FEATURES = ["conversations"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder under src/ of every relative import of `file` ("" for src/ itself). */
function importedAreas(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return specifiers.map((s) => relative(src, resolve(dirname(file), s)).split(/[\\/]/)[0]!);
}

function violations(areas: string[], forbidden: (area: string) => boolean): string[] {
  return areas.flatMap((area) =>
    sources(join(src, area)).flatMap((file) =>
      importedAreas(file)
        .filter(forbidden)
        .map((to) => `${relative(src, file)} → ${to}`),
    ),
  );
}

describe("one-way dependencies in the web app", () => {
  it("the shared base imports no feature and no page", () => {
    const imports = violations(BASE, (to) => !BASE.includes(to));
    expect(imports).toEqual([]);
  });

  it("features import the base (and themselves), never the app's pages", () => {
    const imports = violations(
      FEATURES,
      (to) =>
        to === "pages" || ["App.tsx", "App.js", "main.js", "modules.js", "modules.ts"].includes(to),
    );
    expect(imports).toEqual([]);
  });
});
