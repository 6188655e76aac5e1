import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

/** The servers playwright.config.ts started (or KUULO_E2E_URL), one per worker. */
const servers = (process.env.KUULO_E2E_SERVERS ?? "").split(" ").filter(Boolean);

interface WorkerFixtures {
  /** Base URL of this worker's Kuulo server, e.g. http://127.0.0.1:41234. */
  server: string;
}

/**
 * Playwright's `test` with each worker on its own server: pages, `request` and contexts made
 * with `browser.newContext()` get it as their base URL.
 */
export const test = base.extend<object, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const url = servers[workerInfo.parallelIndex % servers.length];
      if (!url) throw new Error("no Kuulo server: run the tests with `npm run test:e2e`");
      await use(url);
    },
    { scope: "worker" },
  ],
  baseURL: async ({ server }, use) => {
    await use(server);
  },
});
