import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { EventHub } from "../modules/conversations/events.js";
import type { Mailer } from "../modules/messaging/service.js";
import type { ActivitySource } from "../modules/organizations/activities.js";
import type { LagSource } from "./overload.js";

/** What every route module receives: built once at start-up, shared by all requests. */
export interface AppContext {
  config: Config;
  database: Database;
  mailer: Mailer;
  /** Modules that list open participation activities on an organization's landing page. */
  activitySources: ActivitySource[];
  /** Live conversation events across processes; absent in tests that do not need them. */
  events?: EventHub | undefined;
  /** How late the event loop runs (load shedding); absent: buildApp samples it with a timer. */
  eventLoopLag?: LagSource | undefined;
}
