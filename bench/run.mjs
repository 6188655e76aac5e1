#!/usr/bin/env node
// `npm run bench [NAME…]`: runs bench/*.bench.ts (or the named ones) one after another.
// Each benchmark prints its own figures and ratios against a baseline run in the same process.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmarks match ${wanted.join(", ") || "bench/*.bench.ts"}.`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `${here}${file}`], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
