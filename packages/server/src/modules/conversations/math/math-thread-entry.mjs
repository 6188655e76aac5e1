// Development and tests: entry of the math worker thread from the TypeScript sources. It
// registers tsx first, then runs math-thread.ts. The compiled server runs math-thread.js.
import { register } from "tsx/esm/api";

register();
await import("./math-thread.ts");
