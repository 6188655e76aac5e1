import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { LagSource } from "./overload.js";

/**
 * What every route receives: built once at start-up, shared by all requests. It holds nothing
 * of any one module: a module's own state lives in its services (modules/define.ts).
 */
export interface AppContext {
  config: Config;
  database: Database;
  /** How late the event loop runs (load shedding); absent: buildApp samples it with a timer. */
  eventLoopLag?: LagSource | undefined;
}
