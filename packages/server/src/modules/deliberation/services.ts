import { createEventHub, type EventHub } from "../../db/event-hub.js";
import type { ModuleSetup } from "../define.js";
import { LIVE_CHANNEL } from "./support.js";

/** A hint that support answers arrived (sent by PostgreSQL on commit), or a resync. */
export type DeliberationEvent = { type: "support"; at: number } | { type: "resync" };

/**
 * The deliberation module's per-process state: the live hub (LISTEN on the module's channel),
 * only in a server process; apps built for tests without `live` have none and the live route
 * answers 503.
 */
export interface DeliberationServices {
  events: EventHub<DeliberationEvent> | undefined;
}

export async function createDeliberationServices(
  setup: ModuleSetup,
): Promise<DeliberationServices> {
  return {
    events: setup.live
      ? await createEventHub<DeliberationEvent>(setup.database, {
          channel: LIVE_CHANNEL,
          resync: { type: "resync" },
        })
      : undefined,
  };
}
