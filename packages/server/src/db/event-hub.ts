import type { Database } from "./client.js";

/**
 * Live events keyed by an id (e.g. a conversation's), crossing server processes through
 * PostgreSQL LISTEN/NOTIFY on one channel. The hub knows no module: a module creates its own
 * hub, with its own channel and event type, among its services (modules/define.ts).
 */
export interface EventHub<E> {
  publish: (key: string, event: E) => Promise<void>;
  subscribe: (key: string, listener: (event: E) => void) => () => void;
  /** False while the hub's LISTEN connection is lost and being re-established. */
  connected: () => boolean;
  close: () => Promise<void>;
}

export async function createEventHub<E>(
  database: Database,
  options: {
    channel: string;
    /** Sent to every listener when the connection is back: it may have missed events. */
    resync: E;
  },
): Promise<EventHub<E>> {
  const listeners = new Map<string, Set<(event: E) => void>>();
  let connected = true;
  const unlisten = await database.listen(
    options.channel,
    (payload) => {
      try {
        const { c, e } = JSON.parse(payload) as { c: string; e: E };
        for (const listener of listeners.get(c) ?? []) listener(e);
      } catch {
        // A malformed notification is ignored: events are hints to refresh, never data.
      }
    },
    (up) => {
      connected = up;
      // Subscribers stay subscribed while the hub reconnects; what they missed meanwhile they
      // fetch again.
      if (!up) return;
      for (const set of listeners.values()) for (const listener of set) listener(options.resync);
    },
  );
  return {
    publish: (key, event) => database.notify(options.channel, JSON.stringify({ c: key, e: event })),
    subscribe: (key, listener) => {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    connected: () => connected,
    close: unlisten,
  };
}
