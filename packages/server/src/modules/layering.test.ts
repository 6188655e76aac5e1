import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Dependencies run one way: app (app.ts, server.ts, …) → modules → base (http/, db/, jobs/,
 * net/, config.ts, errors.ts, modules/define.ts) → libraries. This test reads every source
 * file's imports and fails when
 * - a base file imports a feature module or the application;
 * - a module imports the application (app.ts, server.ts, the module list …);
 * - a module imports another module's internals instead of its public `index.ts` or its
 *   `module.ts`, except for the exceptions listed below with their reasons.
 * Test files and test helpers (`*.test.ts`, `testing.ts`, `*-testing.ts`) exercise the assembled
 * app and may import anything.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Base: shared by every module, knowing none of them. */
const BASE = [/^http\//, /^db\//, /^jobs\//, /^net\//, /^config\.ts$/, /^errors\.ts$/];
/** Base files that live in modules/ because they describe what a module is. */
const MODULE_BASE = new Set(["modules/define.ts"]);

/** Imports between modules that need not go through the public entry, and why. */
const EXCEPTIONS: { from: RegExp; to: RegExp; reason: string }[] = [
  {
    from: /^modules\/[a-z-]+\/schema\.ts$/,
    to: /^modules\/[a-z-]+\/schema\.ts$/,
    reason:
      "a table's foreign key names the other module's table; schema files stay loadable on " +
      "their own (drizzle-kit reads them without the rest of the server)",
  },
];

interface Violation {
  file: string;
  imports: string;
  rule: string;
}

const isTestFile = (file: string) => /(\.test\.ts|(^|\/|-)testing\.ts)$/.test(file);
const isBase = (file: string) => MODULE_BASE.has(file) || BASE.some((re) => re.test(file));
/** The feature module a file belongs to (`conversations`), or undefined. */
const moduleOf = (file: string) => /^modules\/([a-z-]+)\//.exec(file)?.[1];

/** The relative imports of a source text (static, re-exports and dynamic). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The rules above, for one import of one file (both relative to src/, `.ts`). */
function checkImport(file: string, target: string): string | undefined {
  const targetModule = moduleOf(target);
  const appLevel = !isBase(target) && !targetModule;
  if (isBase(file)) {
    if (targetModule) return "the base imports no feature module";
    if (appLevel) return "the base imports nothing of the application";
    return undefined;
  }
  const ownModule = moduleOf(file);
  if (!ownModule) return undefined;
  if (appLevel) return "a module imports nothing of the application (app, server, module list)";
  if (!targetModule || targetModule === ownModule) return undefined;
  if (/^modules\/[a-z-]+\/(index|module)\.ts$/.test(target)) return undefined;
  if (EXCEPTIONS.some((e) => e.from.test(file) && e.to.test(target))) return undefined;
  return `a module imports another module only through its index.ts or module.ts`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

function scan(): { checked: string[]; found: Violation[] } {
  const checked: string[] = [];
  const found: Violation[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path);
    if (isTestFile(file)) continue;
    checked.push(file);
    for (const spec of importsOf(readFileSync(path, "utf8"))) {
      const target = relative(SRC, resolve(dirname(path), spec)).replace(/\.js$/, ".ts");
      if (target.startsWith("..")) continue; // another package's files (e.g. drizzle/)
      const rule = checkImport(file, target);
      if (rule) found.push({ file, imports: target, rule });
    }
  }
  return { checked, found };
}

describe("layering", () => {
  it("finds the imports of a source text", () => {
    const text = [
      'import { a } from "../x/y.js";',
      'import type { B } from "./b.js";',
      'export { c } from "../../c.js";',
      'import "./side-effect.js";',
      'const d = await import("./d.js");',
      'import { z } from "zod";',
    ].join("\n");
    expect(importsOf(text)).toEqual([
      "../x/y.js",
      "./b.js",
      "../../c.js",
      "./side-effect.js",
      "./d.js",
    ]);
  });

  it("refuses what the rules refuse, and allows what they allow", () => {
    expect(checkImport("http/auth.ts", "modules/identity/index.ts")).toMatch(/base/);
    expect(checkImport("db/client.ts", "app.ts")).toMatch(/base/);
    expect(checkImport("modules/define.ts", "modules/audit/index.ts")).toMatch(/base/);
    expect(checkImport("modules/audit/routes.ts", "app.ts")).toMatch(/application/);
    expect(checkImport("modules/audit/routes.ts", "modules/index.ts")).toMatch(/application/);
    expect(checkImport("modules/audit/service.ts", "modules/identity/staff.ts")).toMatch(
      /index\.ts/,
    );
    expect(checkImport("modules/audit/service.ts", "modules/identity/index.ts")).toBeUndefined();
    expect(checkImport("modules/audit/schema.ts", "modules/identity/schema.ts")).toBeUndefined();
    expect(checkImport("modules/audit/routes.ts", "http/schemas.ts")).toBeUndefined();
    expect(checkImport("modules/audit/routes.ts", "modules/define.ts")).toBeUndefined();
    expect(checkImport("app.ts", "modules/conversations/routes/staff.ts")).toBeUndefined();
  });

  it("holds for every source file of the server", () => {
    const { checked, found } = scan();
    expect(checked).toEqual(expect.arrayContaining(["http/auth.ts", "modules/identity/access.ts"]));
    expect(found).toEqual([]);
  });
});
