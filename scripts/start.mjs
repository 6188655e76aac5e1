#!/usr/bin/env node
// `npm start`: build the web app if it is missing, then run Kuulo with the demo county.
// Migrations are applied and the demo is seeded (once) by `kuulo serve --demo`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!existsSync(`${root}/packages/web/dist/index.html`)) {
  console.log("Building the web app (first start)…");
  const build = spawnSync(npm, ["run", "build", "-w", "@kuulo/web"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const demo = process.env.KUULO_DEMO === "false" || process.env.KUULO_DEMO === "0" ? [] : ["--demo"];
const server = spawn(process.execPath, [`${root}/packages/cli/bin/kuulo.js`, "serve", ...demo], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
