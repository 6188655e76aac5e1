#!/usr/bin/env node
// `npm run bench [NAME…] [-- ARG…]`: runs bench/*.bench.ts (or the named ones) one after another.
// Each benchmark prints its own figures and ratios against a baseline run in the same process.
// Arguments that name no benchmark are passed on to each one run, e.g.
// `npm run bench opinion -- 100k` runs bench/opinion.bench.ts with the argument 100k.
// Benchmarks run the TypeScript sources (tsx, and the @kuulo packages' `kuulo-source` condition).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const args = process.argv.slice(2);
const names = (a) => all.some((f) => f.startsWith(a));
const wanted = args.filter(names);
const passed = args.filter((a) => !names(a));
const files = all.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
if (files.length === 0) {
  console.error(`No benchmarks match ${wanted.join(", ") || "bench/*.bench.ts"}.`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(
    process.execPath,
    ["--conditions=kuulo-source", "--import", "tsx", "--expose-gc", `${here}${file}`, ...passed],
    {
      stdio: "inherit",
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
