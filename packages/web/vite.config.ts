import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { residentChunksCheck } from "./src/build/residentChunks.js";

// The server serves dist/ with an SPA fallback, so assets use absolute paths from "/".
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react(), residentChunksCheck()],
  // @kuulo/paths is bundled from its TypeScript sources (its `kuulo-source` export condition).
  resolve: { conditions: ["kuulo-source", ...defaultClientConditions] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      // The server listens on 127.0.0.1:3000 by default (HOST), so no IPv6 surprise from "localhost".
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
