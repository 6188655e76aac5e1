import { createEventHub, type EventHub } from "../../db/event-hub.js";
import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { JURY_CHANNEL, type JuryEvent } from "./live.js";

/**
 * The juries module's per-process state: the sealer of members' contact data and, in a server
 * process, the live hub (LISTEN on the juries' channel). Apps built for tests have no hub.
 */
export interface JuryServices {
  sealer: Sealer;
  events: EventHub<JuryEvent> | undefined;
}

export async function createJuryServices(setup: ModuleSetup): Promise<JuryServices> {
  const key = setup.config.dataEncryptionKey;
  return {
    sealer: key ? createSealer(key) : NO_SEALER,
    events: setup.live
      ? await createEventHub<JuryEvent>(setup.database, {
          channel: JURY_CHANNEL,
          resync: { type: "resync" },
        })
      : undefined,
  };
}
