#!/usr/bin/env node
// The Kuulo servers for the browser tests, started by playwright.config.ts's webServer: one
// `kuulo serve` per address in KUULO_E2E_SERVERS, all started at once, each on a fresh embedded
// database in a temporary folder that is deleted when it stops. Prints "kuulo e2e: servers ready"
// once every server listens; stops them all on SIGTERM or SIGINT, or when one stops on its own.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const urls = (process.env.KUULO_E2E_SERVERS ?? "").split(" ").filter(Boolean);
const kuulo = join(import.meta.dirname, "..", "packages", "cli", "bin", "kuulo.js");
let starting = urls.length;
let stopping = false;
if (urls.length === 0) {
  process.stderr.write("kuulo e2e: KUULO_E2E_SERVERS names no server (run `npm run test:e2e`)\n");
  process.exit(2);
}

const servers = urls.map((url) => {
  const dataDir = mkdtempSync(join(tmpdir(), "kuulo-e2e-"));
  const child = spawn(process.execPath, [kuulo, "serve"], {
    env: { ...process.env, PORT: new URL(url).port, PUBLIC_URL: url, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // `kuulo serve` says where it runs once it listens.
  let said = "";
  const listening = (chunk) => {
    said += chunk;
    if (!said.includes("Kuulo is running at")) return;
    child.stdout.off("data", listening);
    if (--starting === 0) process.stdout.write("kuulo e2e: servers ready\n");
  };
  child.stdout.on("data", listening);
  child.stdout.pipe(process.stdout);
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      rmSync(dataDir, { recursive: true, force: true });
      if (!stopping) {
        process.stderr.write(`kuulo e2e: the server at ${url} stopped (${signal ?? code})\n`);
        void stop(1);
      }
      resolve();
    });
  });
  return { child, exited };
});

async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of servers) child.kill("SIGTERM");
  await Promise.all(servers.map((s) => s.exited));
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => void stop(0));
