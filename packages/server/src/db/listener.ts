import type pg from "pg";

/**
 * PostgreSQL LISTEN on one connection of its own, outside the pool, that survives losing it: when
 * the connection breaks (a restart, a failover, pg_terminate_backend) it reconnects with capped,
 * jittered exponential back-off and listens to every channel again. Notifications sent while it
 * was away are lost; status watchers hear "down" and "up" so that they can say so and resync.
 */

export interface DatabaseLog {
  warn: (fields: Record<string, unknown>, message: string) => void;
  info: (fields: Record<string, unknown>, message: string) => void;
}

export interface Listener {
  /** Listens to `channel`; the first call connects and throws if the database is unreachable. */
  listen: (
    channel: string,
    onMessage: (payload: string) => void,
    onStatus?: (connected: boolean) => void,
  ) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
}

export interface ListenerOptions {
  /** A new, unconnected client for the LISTEN connection. */
  newClient: () => pg.Client;
  log: DatabaseLog;
  /** First back-off delay and its cap; each failed attempt doubles the delay, with jitter. */
  backoff?: { initialMs: number; maxMs: number };
}

export function createListener(options: ListenerOptions): Listener {
  const { initialMs, maxMs } = options.backoff ?? { initialMs: 100, maxMs: 5000 };
  const channels = new Map<string, Set<(payload: string) => void>>();
  const watchers = new Set<(connected: boolean) => void>();
  let client: pg.Client | undefined;
  let starting: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let attempt = 0;
  let closed = false;

  const tell = (connected: boolean) => {
    for (const watcher of watchers) watcher(connected);
  };

  const lost = (c: pg.Client, error?: Error) => {
    if (c !== client) return;
    client = undefined;
    c.end().catch(() => {});
    if (closed) return;
    options.log.warn(
      { err: error?.message ?? "connection ended" },
      "LISTEN connection to the database lost; reconnecting",
    );
    tell(false);
    retry();
  };

  const connect = async () => {
    const c = options.newClient();
    c.on("error", (error) => lost(c, error));
    c.on("end", () => lost(c));
    c.on("notification", (n) => {
      for (const handler of channels.get(n.channel) ?? []) handler(n.payload ?? "");
    });
    try {
      await c.connect();
      for (const channel of channels.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      c.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
  };

  const retry = () => {
    if (closed || timer) return;
    attempt++;
    const ceiling = Math.min(maxMs, initialMs * 2 ** (attempt - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          if (!client) return;
          options.log.info({ attempts: attempt }, "LISTEN connection to the database restored");
          attempt = 0;
          tell(true);
        },
        (error: Error) => {
          options.log.warn(
            { err: error.message, attempt, nextInMs: Math.min(maxMs, initialMs * 2 ** attempt) },
            "LISTEN connection to the database failed; retrying",
          );
          retry();
        },
      );
    }, delay);
    timer.unref();
  };

  return {
    listen: async (channel, onMessage, onStatus) => {
      closed = false;
      const handlers = channels.get(channel) ?? new Set();
      const isNew = handlers.size === 0;
      handlers.add(onMessage);
      channels.set(channel, handlers);
      if (onStatus) watchers.add(onStatus);
      try {
        if (!client && !timer) {
          starting ??= connect().finally(() => {
            starting = undefined;
          });
          await starting;
        }
        // LISTEN is idempotent: this also covers a channel added while the first connect ran.
        if (client && isNew) await client.query(`LISTEN ${quoteIdent(channel)}`);
      } catch (error) {
        handlers.delete(onMessage);
        if (handlers.size === 0) channels.delete(channel);
        if (onStatus) watchers.delete(onStatus);
        throw error;
      }
      return async () => {
        handlers.delete(onMessage);
        if (onStatus) watchers.delete(onStatus);
        if (handlers.size > 0) return;
        channels.delete(channel);
        if (client) await client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
      };
    },
    close: async () => {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      const c = client;
      client = undefined;
      channels.clear();
      watchers.clear();
      await c?.end().catch(() => {});
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
