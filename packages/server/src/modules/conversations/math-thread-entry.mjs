// Entry of the math worker thread: sources are TypeScript, so register tsx in this thread first.
import { register } from "tsx/esm/api";

register();
await import("./math-thread.ts");
