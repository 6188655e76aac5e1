import { seededRandom } from "@kuulo/sortition";

/** One seated panelist to place at a table: an id and the attributes the quotas use. */
export interface SeatingPerson {
  id: string;
  attributes: Record<string, string>;
}

/** Table number (1-based) per person id. */
export type Seating = Map<string, number>;

/**
 * Seats panelists at `tables` tables so that each table mixes the quota features as evenly as
 * the numbers allow. Deterministic for the same people, features and seed:
 *
 * 1. The people are shuffled with `seededRandom({ seed, purpose: "panel-tables" })`, then
 *    ordered rarest first (the sum over the features of 1 / the value's count), so the scarce
 *    groups are spread before the common ones fill the tables.
 * 2. Greedy: each person goes to the table, among those below the size cap ⌈n / tables⌉,
 *    with the fewest people who share one of their feature values (then the smallest table,
 *    then the lowest number).
 * 3. Swaps: the imbalance is Σ over tables, features and values of (count − ideal)², where the
 *    ideal is the value's total / tables; any swap of two people at different tables that
 *    lowers it is made, in a fixed order, until none does (or 50 passes).
 */
export function assignTables(
  people: readonly SeatingPerson[],
  options: { tables: number; features: readonly string[]; seed: string },
): Seating {
  const n = people.length;
  const tables = Math.max(1, Math.min(options.tables, Math.max(n, 1)));
  const features = [...options.features];
  const random = seededRandom({ seed: options.seed, purpose: "panel-tables" });
  const order = [...people];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const totals = valueTotals(people, features);
  const rarity = (p: SeatingPerson) =>
    features.reduce((s, f) => s + 1 / (totals.get(key(f, p.attributes[f]))?.count ?? 1), 0);
  const ranked = order.map((p, i) => ({ p, i, r: rarity(p) }));
  ranked.sort((a, b) => b.r - a.r || a.i - b.i);

  const cap = Math.ceil(n / tables);
  const at: number[][] = Array.from({ length: tables }, () => []);
  const counts = Array.from({ length: tables }, () => new Map<string, number>());
  const table = new Map<string, number>();
  const people2 = ranked.map((x) => x.p);
  people2.forEach((p, index) => {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let t = 0; t < tables; t++) {
      if (at[t]!.length >= cap) continue;
      const shared = features.reduce(
        (s, f) => s + (counts[t]!.get(key(f, p.attributes[f])) ?? 0),
        0,
      );
      const score = shared * (n + 1) + at[t]!.length;
      if (score < bestScore) {
        bestScore = score;
        best = t;
      }
    }
    at[best]!.push(index);
    table.set(p.id, best);
    for (const f of features) bump(counts[best]!, key(f, p.attributes[f]), 1);
  });

  const cost = (t: number, k: string, delta: number) => {
    const ideal = (totals.get(k)?.count ?? 0) / tables;
    const c = (counts[t]!.get(k) ?? 0) + delta;
    return (c - ideal) ** 2;
  };
  for (let pass = 0; pass < 50; pass++) {
    let improved = false;
    for (let a = 0; a < people2.length; a++) {
      for (let b = a + 1; b < people2.length; b++) {
        const pa = people2[a]!;
        const pb = people2[b]!;
        const ta = table.get(pa.id)!;
        const tb = table.get(pb.id)!;
        if (ta === tb) continue;
        let change = 0;
        for (const f of features) {
          const ka = key(f, pa.attributes[f]);
          const kb = key(f, pb.attributes[f]);
          if (ka === kb) continue;
          change +=
            cost(ta, ka, -1) -
            cost(ta, ka, 0) +
            cost(ta, kb, 1) -
            cost(ta, kb, 0) +
            cost(tb, kb, -1) -
            cost(tb, kb, 0) +
            cost(tb, ka, 1) -
            cost(tb, ka, 0);
        }
        if (change < -1e-9) {
          for (const f of features) {
            bump(counts[ta]!, key(f, pa.attributes[f]), -1);
            bump(counts[tb]!, key(f, pb.attributes[f]), -1);
            bump(counts[ta]!, key(f, pb.attributes[f]), 1);
            bump(counts[tb]!, key(f, pa.attributes[f]), 1);
          }
          table.set(pa.id, tb);
          table.set(pb.id, ta);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return new Map([...table].map(([id, t]) => [id, t + 1]));
}

/**
 * How evenly a seating mixes the features: per feature value, the spread (most − fewest at
 * any table), and the worst spread over all values; 1 is the best possible when a value's
 * count does not divide by the number of tables.
 */
export function seatingBalance(
  people: readonly SeatingPerson[],
  seating: Seating,
  features: readonly string[],
): { worstSpread: number; spreads: Record<string, number>; imbalance: number } {
  const tables = Math.max(0, ...seating.values());
  const totals = valueTotals(people, features);
  const spreads: Record<string, number> = {};
  let imbalance = 0;
  for (const [k, { count }] of totals) {
    const per = new Array<number>(tables).fill(0);
    for (const p of people) {
      const f = k.slice(0, k.indexOf("\u0000"));
      if (key(f, p.attributes[f]) === k) per[seating.get(p.id)! - 1]! += 1;
    }
    spreads[k.replace("\u0000", "=")] = Math.max(...per) - Math.min(...per);
    for (const c of per) imbalance += (c - count / tables) ** 2;
  }
  const worstSpread = Math.max(0, ...Object.values(spreads));
  return { worstSpread, spreads, imbalance };
}

const key = (feature: string, value: string | undefined) => `${feature}\u0000${value ?? ""}`;

function bump(map: Map<string, number>, k: string, delta: number) {
  map.set(k, (map.get(k) ?? 0) + delta);
}

function valueTotals(people: readonly SeatingPerson[], features: readonly string[]) {
  const totals = new Map<string, { count: number }>();
  for (const p of people)
    for (const f of features) {
      const entry = totals.get(key(f, p.attributes[f])) ?? { count: 0 };
      entry.count++;
      totals.set(key(f, p.attributes[f]), entry);
    }
  return totals;
}
