// Development and tests: entry of the speech thread from the TypeScript sources. It registers
// tsx first, then runs speech-thread.ts. The compiled package runs speech-thread.js directly.
import { register } from "tsx/esm/api";

register();
await import("./speech-thread.ts");
