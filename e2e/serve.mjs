#!/usr/bin/env node
// One Kuulo server for the browser tests, started by playwright.config.ts's webServer with the
// server's environment: `kuulo serve` on a fresh embedded database in a temporary folder, which is
// deleted when the server stops.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dataDir = mkdtempSync(join(tmpdir(), "kuulo-e2e-"));
const kuulo = join(import.meta.dirname, "..", "packages", "cli", "bin", "kuulo.js");
const server = spawn(process.execPath, [kuulo, "serve"], {
  env: { ...process.env, DATA_DIR: dataDir },
  stdio: "inherit",
});
// Playwright stops its web servers with SIGTERM; pass it on and clean up once the server is gone.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
