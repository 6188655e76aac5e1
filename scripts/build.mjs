#!/usr/bin/env node
// `npm run build`: compiles the workspace packages to JavaScript (`packages/*/dist/`, TypeScript
// project references in tsconfig.build.json) and builds the web app (`packages/web/dist/`).
//
//   node scripts/build.mjs [--if-stale] [packages|web]
//
// --if-stale builds only what is missing or older than its sources (what `npm start` does);
// `packages` or `web` builds only that part. Type errors do not stop the build: like tsx in
// development, it only strips the types (`npm run typecheck` reports them).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { COMPILED_PACKAGES, compiledStale, STAMP } from "@kuulo/cli/compiled";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(" ")} failed`);
}

/** Compiles the packages with tsc, copies what is not TypeScript (data, plain .mjs), stamps. */
export function buildPackages() {
  const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
  run(process.execPath, [tsc, "--build", "tsconfig.build.json", "--noCheck"]);
  for (const name of COMPILED_PACKAGES) {
    const src = `${root}packages/${name}/src`;
    cpSync(src, `${root}packages/${name}/dist`, {
      recursive: true,
      filter: (path) => statSync(path).isDirectory() || !/\.tsx?$/.test(path),
    });
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const name of readdirSync(path)) time = Math.max(time, newest(`${path}/${name}`));
  return time;
}

/** null when packages/web/dist is current, else why not. */
export function webStale() {
  const web = `${root}packages/web`;
  const built = `${web}/dist/index.html`;
  if (!existsSync(built)) return "not built yet";
  const sources = Math.max(
    ...["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) =>
      newest(`${web}/${p}`),
    ),
    newest(`${root}packages/paths/src`),
  );
  return sources > statSync(built).mtimeMs ? "sources changed since the last build" : null;
}

export function buildWeb() {
  run(npm, ["run", "build", "-w", "@kuulo/web"]);
}

/** Builds what is missing or out of date (all of it unless ifStale); says what it does. */
export function build({ ifStale = false, parts = ["packages", "web"] } = {}) {
  const packages = parts.includes("packages") && (ifStale ? compiledStale() : "requested");
  if (packages) {
    console.log(`Compiling the server and libraries to JavaScript (${packages})…`);
    buildPackages();
  }
  const web = parts.includes("web") && (ifStale ? webStale() : "requested");
  if (web) {
    console.log(`Building the web app (${web})…`);
    buildWeb();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const args = process.argv.slice(2);
    const parts = args.filter((a) => a === "packages" || a === "web");
    const unknown = args.filter((a) => a !== "--if-stale" && !parts.includes(a));
    if (unknown.length > 0) throw new Error(`unknown arguments: ${unknown.join(" ")}`);
    build({ ifStale: args.includes("--if-stale"), ...(parts.length > 0 ? { parts } : {}) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
