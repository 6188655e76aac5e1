// Every workspace package declares what it imports, and reaches other packages only through
// their public entries (package.json `exports`). Read from the sources with TypeScript's parser:
// static and dynamic imports, re-exports, require() and createRequire(…)(…) calls, and
// `--import X` arguments of spawned node processes.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
  workspaces?: string[];
}

const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
const rootManifest = read(root);
const packages = (rootManifest.workspaces ?? []).map((w) => ({
  dir: join(root, w),
  ...read(join(root, w)),
}));
const byName = new Map(packages.map((p) => [p.name, p]));

const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SKIP = new Set([
  "node_modules",
  "dist",
  "fixtures",
  "wasm",
  "dict",
  "artifacts",
  "results",
  "data",
]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP.has(name)) out.push(...files(path));
    } else if (CODE.test(name) && !name.endsWith(".d.ts") && !name.endsWith(".d.mts"))
      out.push(path);
  }
  return out;
}

/**
 * Code that never runs in production: tests, test helpers, development entries of worker
 * threads, build and benchmark scripts, tool configuration. It may use devDependencies.
 */
function developmentOnly(file: string, packageDir: string): boolean {
  const path = relative(packageDir, file).split(sep).join("/");
  if (!path.startsWith("src/") && !path.startsWith("bin/")) return true;
  return /(\.test\.tsx?|(^|\/|-)testing(\.ts|\/.*)|\/fixtures\.ts|\/testdata\.ts|-entry\.mjs)$/.test(
    path,
  );
}

interface Import {
  specifier: string;
  /** Erased from the JavaScript (import type) or loaded only on demand (import()). */
  optional: boolean;
  line: number;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, optional: boolean) => {
    if (literal && ts.isStringLiteralLike(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ specifier: literal.text, optional, line });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const typeOnly = node.importClause?.isTypeOnly === true;
      add(node, node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, true);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) add(node, first, true);
      else if (ts.isIdentifier(callee) && callee.text === "require") add(node, first, false);
      else if (
        ts.isCallExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === "createRequire"
      )
        add(node, first, false);
    } else if (ts.isArrayLiteralExpression(node)) {
      // spawn(process.execPath, ["--import", "tsx", …]) loads tsx in the child process.
      node.elements.forEach((element, i) => {
        if (ts.isStringLiteralLike(element) && element.text === "--import")
          add(node, node.elements[i + 1], false);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const builtins = new Set(builtinModules);
const packageName = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;

interface Problem {
  file: string;
  line: number;
  message: string;
}

function check(options: {
  dir: string;
  manifest: Manifest;
  files: string[];
  /** Other workspace packages this code may import without declaring them (the root's). */
  workspace: boolean;
  isDevelopment: (file: string) => boolean;
}): Problem[] {
  const { manifest } = options;
  const runtime = new Set(
    Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
    }),
  );
  const development = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {})]);
  const problems: Problem[] = [];
  for (const file of options.files) {
    const where = relative(root, file);
    for (const { specifier, optional, line } of importsOf(file)) {
      const problem = (message: string) => problems.push({ file: where, line, message });
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        const target = resolve(dirname(file), specifier);
        const into = packages.find((p) => target.startsWith(p.dir + sep));
        if (into && !file.startsWith(into.dir + sep) && (!options.workspace || isApp(into.name)))
          problem(`imports ${specifier}, inside ${into.name}: import "${into.name}" instead`);
        continue;
      }
      if (specifier.startsWith("node:") || builtins.has(specifier) || /^[a-z]+:/.test(specifier))
        continue;
      const name = packageName(specifier);
      if (name === manifest.name) continue;
      const target = byName.get(name);
      if (target) {
        const subpath = `.${specifier.slice(name.length)}`;
        if (!Object.hasOwn(target.exports ?? {}, subpath))
          problem(`imports ${specifier}, which ${name} does not export (package.json "exports")`);
        if (options.workspace) continue;
      }
      if (options.isDevelopment(file) || optional) {
        if (!development.has(name))
          problem(`imports ${name}, not in ${manifest.name}'s dependencies or devDependencies`);
      } else if (!runtime.has(name)) {
        problem(
          development.has(name)
            ? `imports ${name} at run time, but ${manifest.name} has it only in devDependencies`
            : `imports ${name}, not in ${manifest.name}'s dependencies`,
        );
      }
    }
  }
  return problems;
}

/** Applications: their internals are never imported from outside, not even by benchmarks. */
const isApp = (name: string) => ["@kuulo/server", "@kuulo/cli", "@kuulo/web"].includes(name);

const format = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe("package imports", () => {
  for (const pkg of packages) {
    it(`${pkg.name} declares every package it imports and uses only public entries`, () => {
      const problems = check({
        dir: pkg.dir,
        manifest: pkg,
        files: files(pkg.dir),
        workspace: false,
        isDevelopment: (file) => developmentOnly(file, pkg.dir),
      });
      expect(format(problems)).toEqual([]);
    });
  }

  it("bench/, e2e/ and scripts/ use the root's devDependencies and the packages' public entries", () => {
    const problems = check({
      dir: root,
      manifest: rootManifest,
      files: ["bench", "e2e", "scripts"].flatMap((d) => files(join(root, d))),
      workspace: true,
      isDevelopment: () => true,
    });
    expect(format(problems)).toEqual([]);
  });

  it("tsconfig.json maps each package export to its sources, as the kuulo-source condition does", () => {
    const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const expected: Record<string, string[]> = {};
    for (const pkg of packages) {
      for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
        const source = (target as Record<string, string>)["kuulo-source"];
        if (typeof target === "object" && source)
          expected[pkg.name + subpath.slice(1)] = [
            `./${relative(root, join(pkg.dir, source)).split(sep).join("/")}`,
          ];
      }
    }
    expect(config.compilerOptions.paths).toEqual(expected);
  });

  it("reports undeclared, development-only and deep imports", () => {
    const dir = mkdtempSync(join(tmpdir(), "kuulo-imports-"));
    try {
      mkdirSync(join(dir, "src"));
      const manifest: Manifest = {
        name: "@example/pkg",
        dependencies: { zod: "*" },
        devDependencies: { vitest: "*" },
      };
      writeFileSync(
        join(dir, "src", "index.ts"),
        [
          'import { z } from "zod";',
          'import type { Mock } from "vitest";',
          'import { expect } from "vitest";',
          'import pad from "left-pad";',
          'import { openDatabase } from "@kuulo/server/db/client";',
          'const tsx = await import("tsx");',
          'const stem = createRequire(import.meta.url)("snowball-stemmers");',
        ].join("\n"),
      );
      writeFileSync(join(dir, "src", "index.test.ts"), 'import { it } from "vitest";\n');
      const problems = check({
        dir,
        manifest,
        files: files(dir),
        workspace: false,
        isDevelopment: (file) => developmentOnly(file, dir),
      });
      expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
        "3: imports vitest at run time, but @example/pkg has it only in devDependencies",
        "4: imports left-pad, not in @example/pkg's dependencies",
        '5: imports @kuulo/server/db/client, which @kuulo/server does not export (package.json "exports")',
        "5: imports @kuulo/server, not in @example/pkg's dependencies",
        "6: imports tsx, not in @example/pkg's dependencies or devDependencies",
        "7: imports snowball-stemmers, not in @example/pkg's dependencies",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
