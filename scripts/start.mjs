#!/usr/bin/env node
// `npm start`: compile the server and libraries to JavaScript and build the web app when either
// is missing or older than its sources (scripts/build.mjs), then run Kuulo's compiled JavaScript
// with plain `node`, with the demo county. Migrations are applied and the demo is seeded (once)
// by `kuulo serve --demo`.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

try {
  build({ ifStale: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const demo = process.env.KUULO_DEMO === "false" || process.env.KUULO_DEMO === "0" ? [] : ["--demo"];
const server = spawn(process.execPath, [`${root}/packages/cli/dist/run.js`, "serve", ...demo], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
