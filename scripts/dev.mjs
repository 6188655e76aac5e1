#!/usr/bin/env node
// `npm run dev`: the API server restarting on changes (port 3000) and the Vite dev server with
// hot reload (port 5173, proxying /api to 3000). Open http://localhost:5173. The server runs the
// TypeScript sources through tsx, with the @kuulo packages resolved to their sources too
// (export condition `kuulo-source`); nothing is compiled.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const children = [
  spawn(
    process.execPath,
    [
      "--conditions=kuulo-source",
      "--import",
      "tsx",
      "--watch",
      `${root}/packages/cli/src/run.ts`,
      "serve",
      "--demo",
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        PUBLIC_URL: process.env.PUBLIC_URL ?? "http://localhost:5173",
        WEB_DIST: "/nonexistent",
      },
    },
  ),
  spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "dev", "-w", "@kuulo/web"], {
    cwd: root,
    stdio: "inherit",
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
