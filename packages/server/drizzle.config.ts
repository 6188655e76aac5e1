import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // The database schema is the union of the platform's tables and every module's schema.ts
  // (the modules in src/modules/index.ts; src/modules/registry.test.ts checks that each has one).
  schema: ["./src/db/platform-schema.ts", "./src/modules/*/schema.ts"],
  out: "./drizzle",
});
