import { existsSync } from "node:fs";
import { type AddressInfo, createServer, type Server } from "node:net";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// Browser tests: `npm run test:e2e` (= `playwright test -c e2e`). Playwright builds the web app,
// starts one Kuulo server per worker (each on a fresh embedded database with the demo county),
// runs the tests in Debian's Chromium and stops the servers. See e2e/README.md.

const root = join(import.meta.dirname, "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No browser at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH. Browsers are never downloaded.`,
  );
}

/** A running server to test instead of starting one (its demo data must be fresh). */
const external = process.env.KUULO_E2E_URL?.replace(/\/+$/, "");
/**
 * Workers, each with a server of its own so that one file's writes (audit log, settings,
 * conversations) never meet another's. 2 suits a 2-core machine.
 */
const workers = external ? 1 : Number(process.env.KUULO_E2E_WORKERS ?? 2);
if (!Number.isInteger(workers) || workers < 1) {
  throw new Error(`KUULO_E2E_WORKERS must be a whole number of workers, 1 or more`);
}

/** Free loopback ports, all held open until every one is known (so they differ). */
async function freePorts(count: number): Promise<number[]> {
  const probes = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const probe = createServer();
          probe.on("error", reject);
          probe.listen(0, "127.0.0.1", () => resolve(probe));
        }),
    ),
  );
  const ports = probes.map((probe) => (probe.address() as AddressInfo).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

// The config is evaluated again in every worker process; the servers' addresses are chosen once,
// in the runner, and reach the workers through the environment they inherit.
if (!process.env.KUULO_E2E_SERVERS) {
  process.env.KUULO_E2E_SERVERS = external
    ? external
    : (await freePorts(workers)).map((port) => `http://127.0.0.1:${port}`).join(" ");
}
const servers = process.env.KUULO_E2E_SERVERS.split(" ");

export default defineConfig({
  testDir: ".",
  testMatch: "*.test.ts",
  outputDir: "test-results",
  // Files run in parallel (one per worker); the tests of a file run in order.
  fullyParallel: false,
  workers,
  // On CI one more try for a test that failed: two browsers and two servers on two cores now
  // and then miss a timing. A test that passes only on its second try is listed as flaky.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    // Each worker's own server: see the `server` fixture in support/test.ts.
    baseURL: servers[0],
    viewport: { width: 1280, height: 800 },
    // A Finnish resident's browser: the app follows the browser's language when it has one of
    // fi/sv/en (language.test.ts opens Swedish and English browsers too).
    locale: "fi-FI",
    // A Finnish resident's browser: dates shown as in Finland also when the machine runs on UTC
    // (between 22 and 24 UTC the day differs).
    timezoneId: "Europe/Helsinki",
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Builds the web app once, then starts every worker's server at once (e2e/serve.mjs).
  webServer: external
    ? undefined
    : {
        name: "kuulo",
        command: "npm run build && node e2e/serve.mjs",
        cwd: root,
        wait: { stdout: /kuulo e2e: servers ready/ },
        timeout: 240_000,
        stdout: "ignore",
        stderr: "pipe",
        gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
        env: {
          KUULO_E2E_SERVERS: servers.join(" "),
          HOST: "127.0.0.1",
          KUULO_DEMO: "1",
          DATABASE_URL: "",
          SMTP_URL: "",
          LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
          // Each test file asks for a few sign-in links; keep the limit out of the way.
          SIGN_IN_RATE_LIMIT: "100",
          // Sign-in mails reach the development outbox sooner.
          MAIL_INTERVAL_MS: "200",
          // On a busy test machine the event loop lags; the tests are not about shedding load.
          VOTE_SHED_LAG_MS: "60000",
        },
      },
});
