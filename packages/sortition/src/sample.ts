// Random samples for recruitment: a plain random sample, or a stratified one (e.g. by
// municipality and age band) with counts per stratum — given, or allocated in proportion to
// the strata's sizes by largest remainders. Every draw is reproducible from its seed with the
// documented PRNG (random.ts); the order of the input does not matter (ids are sorted first).
import { SortitionError } from "./errors.js";
import { seededRandom } from "./random.js";

export interface SampleItem {
  id: string;
  /** The stratum's key, e.g. "179|30-44"; ignored by a plain sample. */
  stratum?: string | undefined;
}

export interface StratumDraw {
  stratum: string;
  /** People in the stratum. */
  size: number;
  /** People to draw from it. */
  allocated: number;
  drawn: string[];
}

export interface SampleResult {
  method: "random" | "stratified";
  seed: string;
  /** The drawn ids, sorted by stratum and then in draw order. */
  ids: string[];
  strata: StratumDraw[];
}

/** The first `n` ids of a seeded shuffle of the (sorted) ids: every n-subset equally likely. */
function drawFrom(ids: string[], n: number, seed: string, purpose: string): string[] {
  const pool = [...ids].sort();
  const random = seededRandom({ seed, purpose });
  // A partial Fisher–Yates shuffle: the first n places.
  for (let i = 0; i < n; i++) {
    const j = i + random.nextInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

function checkUnique(items: readonly SampleItem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) {
      throw new SortitionError({ code: "DUPLICATE_ID", message: `id ${item.id} appears twice` });
    }
    seen.add(item.id);
  }
}

/** A simple random sample of n people. */
export function randomSample(options: {
  items: readonly SampleItem[];
  n: number;
  seed: string;
}): SampleResult {
  const { items, n, seed } = options;
  checkUnique(items);
  if (!Number.isInteger(n) || n < 0 || n > items.length) {
    throw new SortitionError({
      code: "BAD_K",
      message: `cannot draw ${n} from ${items.length} people`,
    });
  }
  const ids = drawFrom(
    items.map((i) => i.id),
    n,
    seed,
    "sample",
  );
  return {
    method: "random",
    seed,
    ids,
    strata: [{ stratum: "", size: items.length, allocated: n, drawn: ids }],
  };
}

/** Counts per stratum in proportion to sizes, summing to n (Hamilton's largest remainders). */
export function proportionalAllocation(sizes: Map<string, number>, n: number): Map<string, number> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  if (n > total) {
    throw new SortitionError({ code: "BAD_K", message: `cannot draw ${n} from ${total} people` });
  }
  const keys = [...sizes.keys()].sort();
  const quotas = keys.map((k) => (total === 0 ? 0 : (n * sizes.get(k)!) / total));
  const counts = quotas.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => quotas[b]! - counts[b]! - (quotas[a]! - counts[a]!) || a - b);
  for (const i of order) {
    if (left === 0) break;
    if (counts[i]! < sizes.get(keys[i]!)!) {
      counts[i]!++;
      left--;
    }
  }
  return new Map(keys.map((k, i) => [k, counts[i]!]));
}

/**
 * A stratified random sample: `counts` per stratum, or `n` allocated in proportion to the
 * strata's sizes. Each stratum is drawn with its own stream (purpose "stratum|<key>"), so a
 * stratum's draw does not depend on the others.
 */
export function stratifiedSample(options: {
  items: readonly SampleItem[];
  seed: string;
  n?: number | undefined;
  counts?: Record<string, number> | undefined;
}): SampleResult {
  const { items, seed } = options;
  checkUnique(items);
  const byStratum = new Map<string, string[]>();
  for (const item of items) {
    const key = item.stratum ?? "";
    const ids = byStratum.get(key);
    if (ids) ids.push(item.id);
    else byStratum.set(key, [item.id]);
  }
  const sizes = new Map([...byStratum].map(([k, ids]) => [k, ids.length]));
  let allocation: Map<string, number>;
  if (options.counts) {
    allocation = new Map();
    for (const [key, count] of Object.entries(options.counts)) {
      const size = sizes.get(key) ?? 0;
      if (!Number.isInteger(count) || count < 0 || count > size) {
        throw new SortitionError({
          code: "BAD_K",
          message: `stratum ${key}: cannot draw ${count} from ${size} people`,
        });
      }
      allocation.set(key, count);
    }
  } else if (options.n !== undefined) {
    allocation = proportionalAllocation(sizes, options.n);
  } else {
    throw new SortitionError({ code: "BAD_ARGUMENT", message: "give n or counts per stratum" });
  }
  const strata = [...allocation.keys()].sort().map((stratum) => {
    const drawn = drawFrom(
      byStratum.get(stratum) ?? [],
      allocation.get(stratum)!,
      seed,
      `stratum|${stratum}`,
    );
    return { stratum, size: sizes.get(stratum) ?? 0, allocated: allocation.get(stratum)!, drawn };
  });
  return { method: "stratified", seed, ids: strata.flatMap((s) => s.drawn), strata };
}
