/**
 * A fixed-window counter kept in this process's memory, for floods on hot paths (votes) where a
 * database round trip per request would cost more than it protects. With N server processes
 * the limit applies per process (at most N times the figure overall); sign-in and other
 * security limits use the shared database counter (rate-limit.ts) instead.
 */
export interface MemoryLimiter {
  /** True when the hit is within the limit. */
  hit: (key: string) => boolean;
}

export function createMemoryLimiter(options: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): MemoryLimiter {
  const windows = new Map<string, { start: number; hits: number }>();
  const maxKeys = options.maxKeys ?? 200_000;
  return {
    hit: (key) => {
      const now = Date.now();
      const current = windows.get(key);
      if (!current || now - current.start >= options.windowMs) {
        if (!current && windows.size >= maxKeys) {
          // Forget the oldest windows first (Map keeps insertion order).
          for (const [k, w] of windows) {
            if (now - w.start >= options.windowMs || windows.size >= maxKeys) windows.delete(k);
            if (windows.size < maxKeys * 0.9) break;
          }
        }
        windows.delete(key);
        windows.set(key, { start: now, hits: 1 });
        return true;
      }
      current.hits++;
      return current.hits <= options.limit;
    },
  };
}
