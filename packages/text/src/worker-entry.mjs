// Development and tests: entry of the analysis worker thread from the TypeScript sources. It
// registers tsx first, then runs worker.ts. The compiled package runs worker.js directly.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
