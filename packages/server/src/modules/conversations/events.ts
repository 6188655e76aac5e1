import type { Database } from "../../db/client.js";
import { createEventHub as createHub, type EventHub as Hub } from "../../db/event-hub.js";

/**
 * Live events of conversations, crossing server processes through PostgreSQL LISTEN/NOTIFY
 * (db/event-hub.ts). Browsers receive them over Server-Sent Events (routes/resident.ts).
 */
export type ConversationEvent =
  | { type: "statement"; tid: number }
  | { type: "votes"; count: number }
  | { type: "math"; tick: number }
  | { type: "conversation" }
  /** The hub was cut off from the database for a while and missed events: refetch everything. */
  | { type: "resync" };

const CHANNEL = "kuulo_conversation_events";

export type EventHub = Hub<ConversationEvent>;

export function createEventHub(database: Database): Promise<EventHub> {
  return createHub<ConversationEvent>(database, { channel: CHANNEL, resync: { type: "resync" } });
}
