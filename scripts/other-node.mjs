#!/usr/bin/env node
// Runs Kuulo's smoke tests on other Node.js release lines than the one running this script:
// `node scripts/other-node.mjs 22 24`. Each Node.js binary comes from the npm registry (the
// `node-<platform>-<arch>` packages that `npm install node@22` also uses), is kept in
// node_modules/.cache/kuulo-node/, and then runs the compiled server with the demo county
// (scripts/compiled.test.ts), a conversation from set-up to votes and results, staff sign-in,
// and the CSV and opinion libraries. CI runs it for the supported LTS lines (README: Node.js).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cache = join(root, "node_modules", ".cache", "kuulo-node");

/** The test files run on each release line: quick, and each one exercises a different layer. */
export const SMOKE_TESTS = [
  "scripts/compiled.test.ts",
  "packages/server/src/modules/conversations/conversations.test.ts",
  "packages/server/src/modules/identity/sign-in.test.ts",
  "packages/csv",
  "packages/opinion/src/polis-export.test.ts",
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`,
    );
  }
  return result.stdout;
}

/** The binary of the newest release of one line (e.g. "22"), fetched once from the registry. */
function nodeBinary(line) {
  const dir = join(cache, line);
  const binary = join(dir, process.platform === "win32" ? "node.exe" : "bin/node");
  if (existsSync(binary)) return binary;
  const platform = process.platform === "win32" ? "win" : process.platform;
  const pkg = `node-${platform}-${process.arch}@${line}`;
  const work = mkdtempSync(join(tmpdir(), "kuulo-node-"));
  try {
    const file = run("npm", ["pack", pkg, "--silent", "--pack-destination", work]).trim();
    run("tar", ["xzf", join(work, file.split("\n").pop()), "-C", work]);
    mkdirSync(cache, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, "package"), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!existsSync(binary)) throw new Error(`${pkg} has no ${binary}: ${readdirSync(dir)}`);
  return binary;
}

const lines = process.argv.slice(2);
if (lines.length === 0 || lines.some((line) => !/^\d+$/.test(line))) {
  console.error("usage: node scripts/other-node.mjs MAJOR... (e.g. 22 24)");
  process.exit(2);
}
let failed = 0;
for (const line of lines) {
  const node = nodeBinary(line);
  const version = run(node, ["--version"]).trim();
  console.log(`\n--- Node.js ${version}: ${SMOKE_TESTS.join(", ")}`);
  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const { NODE_OPTIONS: _, ...env } = process.env;
  const result = spawnSync(node, [vitest, "run", ...SMOKE_TESTS], {
    cwd: root,
    stdio: "inherit",
    // The smoke tests' child processes (the compiled server) run on the same Node.js.
    env: { ...env, PATH: `${join(node, "..")}:${env.PATH ?? ""}` },
  });
  if (result.status !== 0) {
    console.error(`Node.js ${version}: smoke tests failed`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
