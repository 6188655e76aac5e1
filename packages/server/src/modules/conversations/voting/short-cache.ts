/**
 * A per-process cache of values that may be a little stale (at most `ttlMs`), for the hot
 * residents' paths. It keeps the promise, not the value: requests arriving together while an
 * entry loads share one database query instead of each sending their own. A failed load is
 * not kept.
 */
export interface ShortCache<T> {
  get: (key: string, load: () => Promise<T>) => Promise<T>;
  /** Drops a key: the next get loads it again (after a change made in this process). */
  forget: (key: string) => void;
}

export function createShortCache<T>(options: { ttlMs: number; maxKeys?: number }): ShortCache<T> {
  const entries = new Map<string, { value: Promise<T>; at: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    get: (key, load) => {
      const now = Date.now();
      const entry = entries.get(key);
      if (entry && now - entry.at < options.ttlMs) return entry.value;
      if (!entry && entries.size >= maxKeys) entries.clear();
      const value = load();
      entries.set(key, { value, at: now });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    forget: (key) => {
      entries.delete(key);
    },
  };
}
