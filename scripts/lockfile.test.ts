// package-lock.json works on every platform: `npm ci` refuses a lockfile that lacks a package
// npm would install, and a lockfile written on one machine may lack other platforms' optional
// packages (npm/cli#4828). The project's .npmrc keeps registry URLs out of it, so that it is
// written the same way on every machine.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Locked {
  version?: string;
  resolved?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
}

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, Locked>;
};

/** The lock entry Node's resolution would find for `name` required from the package at `from`. */
function lookup(from: string, name: string): Locked | undefined {
  let dir = from;
  for (;;) {
    const entry = lock.packages[`${dir ? `${dir}/` : ""}node_modules/${name}`];
    if (entry) return entry;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf("/node_modules/");
    dir = parent >= 0 ? dir.slice(0, parent) : "";
  }
}

describe("package-lock.json", () => {
  it("records every platform's optional packages", () => {
    expect(lock.lockfileVersion).toBe(3);
    const missing: string[] = [];
    let platformSpecific = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const found = lookup(path, name);
        if (!found) missing.push(`${name} (optional dependency of ${path || "the root"})`);
        else if (found.os) platformSpecific++;
      }
    }
    expect(missing).toEqual([]);
    // Not only this machine's: e.g. Biome's and esbuild's builds for macOS and Windows.
    expect(lookup("", "@biomejs/cli-darwin-arm64")?.os).toEqual(["darwin"]);
    expect(lookup("", "@biomejs/cli-win32-x64")?.os).toEqual(["win32"]);
    expect(platformSpecific).toBeGreaterThan(50);
  });

  it("names no registry (omit-lockfile-registry-resolved in .npmrc)", () => {
    const npmrc = readFileSync(new URL("../.npmrc", import.meta.url), "utf8");
    expect(npmrc).toMatch(/^omit-lockfile-registry-resolved=true$/m);
    const withUrl = Object.entries(lock.packages)
      .filter(([, entry]) => /^https?:/.test(entry.resolved ?? ""))
      .map(([path]) => path);
    expect(withUrl).toEqual([]);
  });
});
