// Whether the compiled JavaScript of the `kuulo` command is current: `npm run build` (or
// `npm start`) compiles the command and the packages it runs (`packages/*/dist/`) and then
// writes STAMP; the output is current while no source file is newer than the stamp.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
const rootDir = fileURLToPath(new URL("../../../", import.meta.url));

/** The workspace packages that are compiled to `dist/`, dependencies first. */
export const COMPILED_PACKAGES = [
  "csv",
  "dvv",
  "letters",
  "opinion",
  "sortition",
  "representativeness",
  "xlsx",
  "survey",
  "payments",
  "phone",
  "voikko",
  "paths",
  "text",
  "server",
  "cli",
];

/** Written last by a successful build. */
export const STAMP = fileURLToPath(new URL("../dist/.built", import.meta.url));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const name of readdirSync(path)) time = Math.max(time, newest(`${path}/${name}`));
  return time;
}

/** Newest modification time (ms) among what the build reads: sources, package.json, tsconfig. */
export function newestSource() {
  let time = Math.max(
    newest(`${rootDir}tsconfig.base.json`),
    newest(`${rootDir}tsconfig.build.json`),
  );
  for (const name of COMPILED_PACKAGES) {
    for (const part of ["src", "package.json", "tsconfig.build.json"]) {
      time = Math.max(time, newest(`${packagesDir}${name}/${part}`));
    }
  }
  return time;
}

/** null when the compiled output is current, else why not. */
export function compiledStale() {
  if (!existsSync(STAMP)) return "not built yet";
  return newestSource() > statSync(STAMP).mtimeMs ? "sources changed since the last build" : null;
}
