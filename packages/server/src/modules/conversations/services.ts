import type { ModuleContext, ModuleSetup } from "../define.js";
import { createEventHub, type EventHub } from "./events.js";
import { createResidentService, type ResidentService } from "./voting/resident-service.js";

/** The conversations module's own state in one process, made by its definition (module.ts). */
export interface ConversationServices {
  /**
   * Live events across processes (LISTEN/NOTIFY). Only in a server process: apps built for
   * tests or documents have none, and the live-update stream then answers 503.
   */
  events: EventHub | undefined;
  /** The residents' routes' caches, limiters, vote writer and stream counts (per process). */
  residents: ResidentService;
}

export type ConversationContext = ModuleContext<ConversationServices>;

export async function createConversationServices(
  setup: ModuleSetup,
): Promise<ConversationServices> {
  return {
    events: setup.live ? await createEventHub(setup.database) : undefined,
    residents: createResidentService(setup.database.db, { config: setup.config }),
  };
}
