import type { Database } from "../../db/client.js";

/**
 * Live events of conversations, crossing server processes through PostgreSQL LISTEN/NOTIFY.
 * Browsers receive them over Server-Sent Events (routes-resident.ts).
 */
export type ConversationEvent =
  | { type: "statement"; tid: number }
  | { type: "votes"; count: number }
  | { type: "math"; tick: number }
  | { type: "conversation" }
  /** The hub was cut off from the database for a while and missed events: refetch everything. */
  | { type: "resync" };

const CHANNEL = "kuulo_conversation_events";

export interface EventHub {
  publish: (conversationId: string, event: ConversationEvent) => Promise<void>;
  subscribe: (conversationId: string, listener: (event: ConversationEvent) => void) => () => void;
  /** False while the hub's LISTEN connection is lost and being re-established. */
  connected: () => boolean;
  close: () => Promise<void>;
}

export async function createEventHub(database: Database): Promise<EventHub> {
  const listeners = new Map<string, Set<(event: ConversationEvent) => void>>();
  let connected = true;
  const unlisten = await database.listen(
    CHANNEL,
    (payload) => {
      try {
        const { c, e } = JSON.parse(payload) as { c: string; e: ConversationEvent };
        for (const listener of listeners.get(c) ?? []) listener(e);
      } catch {
        // A malformed notification is ignored: events are hints to refresh, never data.
      }
    },
    (up) => {
      connected = up;
      // Browsers keep their streams open while the hub reconnects; what it missed meanwhile
      // they fetch again.
      if (!up) return;
      for (const set of listeners.values())
        for (const listener of set) listener({ type: "resync" });
    },
  );
  return {
    publish: (conversationId, event) =>
      database.notify(CHANNEL, JSON.stringify({ c: conversationId, e: event })),
    subscribe: (conversationId, listener) => {
      const set = listeners.get(conversationId) ?? new Set();
      listeners.set(conversationId, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
      };
    },
    connected: () => connected,
    close: unlisten,
  };
}
