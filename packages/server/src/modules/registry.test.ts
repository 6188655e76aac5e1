import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { permissionTable } from "../permissions.js";
import { appModules } from "./index.js";

/**
 * The module list (modules/index.ts) is the one place a module is registered: every module
 * folder is in it, each definition's tables are its schema.ts (which drizzle-kit reads through
 * drizzle.config.ts), and every audit action the server records is declared by one module.
 */

const MODULES = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(MODULES, "..");
const folders = readdirSync(MODULES).filter((name) => statSync(join(MODULES, name)).isDirectory());

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the module list", () => {
  it("lists every module folder once, by its folder name, each with module.ts and schema.ts", () => {
    expect(appModules.map((m) => m.name).sort()).toEqual([...folders].sort());
    for (const name of folders) {
      expect(existsSync(join(MODULES, name, "module.ts")), `${name}/module.ts`).toBe(true);
      expect(existsSync(join(MODULES, name, "schema.ts")), `${name}/schema.ts`).toBe(true);
    }
  });

  it("gives each module's tables from its schema.ts, the files drizzle-kit reads", async () => {
    const config = readFileSync(resolve(SRC, "../drizzle.config.ts"), "utf8");
    expect(config).toContain('"./src/modules/*/schema.ts"');
    for (const module of appModules) {
      const schema = await import(`./${module.name}/schema.ts`);
      expect(Object.keys(module.tables).sort(), module.name).toEqual(Object.keys(schema).sort());
      for (const [name, table] of Object.entries(schema)) expect(module.tables[name]).toBe(table);
    }
    const names = appModules.flatMap((m) => Object.keys(m.tables));
    expect(new Set(names).size, "an export name used by two modules' schemas").toBe(names.length);
  });

  it("composes the permission table from the modules' declarations", () => {
    expect(permissionTable.modules.map((m) => m.module)).toEqual(
      appModules.flatMap((m) => (m.permissions ? [m.permissions.module] : [])),
    );
  });

  it("declares every audit action the server records, each in one module", () => {
    const declared = appModules.flatMap((m) => m.auditActions);
    expect(new Set(declared).size).toBe(declared.length);
    const recorded = new Set<string>();
    for (const path of sources(SRC)) {
      const text = readFileSync(path, "utf8");
      for (const match of text.matchAll(/\baction: "([a-z_]+\.[a-z_]+)"/g)) recorded.add(match[1]!);
    }
    // The moderation actions are named in one map (conversations/moderation/statements.ts).
    for (const action of ["statement.approved", "statement.rejected"]) recorded.add(action);
    expect(recorded.size).toBeGreaterThan(10);
    expect([...recorded].filter((action) => !declared.includes(action))).toEqual([]);
  });
});
