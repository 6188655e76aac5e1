import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { queueSms } from "../messaging/index.js";

/** How the pool sends a text message: through the messaging module's SMS queue. */
export interface SmsSender {
  send: (message: {
    organizationId: string;
    to: string;
    text: string;
    kind: string;
  }) => Promise<void>;
}

/**
 * Queues the pool's messages for the SMS worker (46elks, GatewayAPI, or the development outbox;
 * see docs/MESSAGING.md). A code or self-service link is something the resident asked for: it is
 * sent even to a number on the suppression list.
 */
export function queuedSms(db: Db, sealer: Sealer): SmsSender {
  return {
    send: async (message) => {
      await queueSms(db, {
        ...message,
        sealer,
        kind: `pool.${message.kind}`,
        suppressible: false,
      });
    },
  };
}
