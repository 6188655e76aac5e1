import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests run the TypeScript sources: @kuulo packages resolve through their `kuulo-source`
// export condition (the compiled dist/ is for production), in Vite's resolver and in Node's
// (the test processes, and the worker threads they start).
const conditions = ["kuulo-source", ...defaultServerConditions];

// One test run for every package. Browser tests live in e2e/ and run separately.
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    execArgv: ["--conditions=kuulo-source"],
  },
});
