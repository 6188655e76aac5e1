import { defineConfig } from "vitest/config";

// Browser tests, run by `node e2e/run.mjs` (which starts the server and sets KUULO_E2E_URL).
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    // One server, one browser at a time: the machine is shared and sign-in is rate limited.
    fileParallelism: false,
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
