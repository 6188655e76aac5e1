#!/usr/bin/env node
// Browser tests: builds the web app when dist/ is missing or stale, starts a Kuulo server on a free
// port with a fresh data folder and the demo county, waits for /api/ready, runs the tests
// in e2e/ with Vitest, and stops the server. Exit code: the tests'.
//
//   node e2e/run.mjs                      # everything
//   node e2e/run.mjs e2e/sign-in.test.ts  # extra arguments go to vitest
//   KUULO_E2E_URL=http://127.0.0.1:3000 node e2e/run.mjs   # against a running server
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = join(root, "e2e", "artifacts");

function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Newest modification time among the web app's sources (ms). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** The build is needed when dist/ is missing or older than a source file. */
function webBuildNeeded() {
  const web = join(root, "packages", "web");
  const built = join(web, "dist", "index.html");
  if (!existsSync(built)) return "packages/web/dist is missing";
  const sources = Math.max(
    newestSource(join(web, "src")),
    newestSource(join(web, "public")),
    statSync(join(web, "index.html")).mtimeMs,
    statSync(join(web, "vite.config.ts")).mtimeMs,
  );
  return sources > statSync(built).mtimeMs ? "packages/web/src is newer than dist" : null;
}

async function waitForReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer GET /api/ready within ${timeoutMs / 1000} s`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function main() {
  if (!existsSync(chromium)) {
    log(`no browser at ${chromium}: install Debian's chromium (apt-get install -y chromium)`);
    return 1;
  }
  mkdirSync(artifacts, { recursive: true });

  let baseUrl = process.env.KUULO_E2E_URL?.replace(/\/+$/, "");
  let server = null;
  let dataDir = null;

  if (!baseUrl) {
    const reason = webBuildNeeded();
    if (reason) {
      log(`building the web app (${reason})`);
      const build = spawnSync("npm", ["run", "build", "-w", "@kuulo/web"], {
        cwd: root,
        stdio: "inherit",
      });
      if (build.status !== 0) {
        log("the web build failed");
        return 1;
      }
    }
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), "kuulo-e2e-"));
    baseUrl = `http://127.0.0.1:${port}`;
    log(`starting the server on ${baseUrl} with data in ${dataDir}`);
    server = spawn(process.execPath, [join(root, "packages", "cli", "bin", "kuulo.js"), "serve"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: baseUrl,
        DATA_DIR: dataDir,
        KUULO_DEMO: "1",
        DATABASE_URL: "",
        SMTP_URL: "",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        // Each test asks for a few links; keep the limit out of the way of the suite.
        SIGN_IN_RATE_LIMIT: "100",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    try {
      await waitForReady(baseUrl, server, 120_000);
    } catch (error) {
      log(String(error instanceof Error ? error.message : error));
      await stop(server);
      rmSync(dataDir, { recursive: true, force: true });
      return 1;
    }
    log("server ready");
  }

  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const tests = spawn(
    process.execPath,
    [vitest, "run", "--config", join(root, "e2e", "vitest.config.ts"), ...process.argv.slice(2)],
    {
      cwd: root,
      env: { ...process.env, KUULO_E2E_URL: baseUrl, CHROMIUM_PATH: chromium },
      stdio: "inherit",
    },
  );
  const forward = (signal) => {
    tests.kill(signal);
  };
  process.once("SIGINT", forward);
  process.once("SIGTERM", forward);
  const code = await new Promise((resolve) => tests.once("exit", (c) => resolve(c ?? 1)));

  await stop(server);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(String(error?.stack ?? error));
    process.exit(1);
  },
);
