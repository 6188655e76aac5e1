import type { VoteCounts } from "./counts.js";
import { bigRatioToDouble, ratioToDouble } from "./polis-number.js";

/** One-sided 90% significance, as Polis. */
export const Z_90 = 1.2816;

/**
 * Polis's one-proportion z statistic with its +1 prior: 2·√(n+1)·((succ+1)/(n+1) − ½), the
 * quotient being Clojure's exact ratio rounded as Clojure rounds it (see polis-number.ts).
 */
export function propTest(succ: number, n: number): number {
  const s = succ + 1;
  const m = n + 1;
  return 2 * Math.sqrt(m) * (ratioToDouble(s, m) - 0.5);
}

/**
 * Polis's two-proportion z statistic with +1 priors. Clojure evaluates p₁ − p₂ and the variance
 * p̂(1 − p̂)(1/n₁ + 1/n₂) = S(N − S)/(N·n₁·n₂) as exact ratios and converts each to a double
 * once, so mathematically equal statistics come out equal (and 0 when p̂ = 1).
 */
export function twoPropTest(
  succIn: number,
  succOut: number,
  popIn: number,
  popOut: number,
): number {
  const s1 = succIn + 1;
  const s2 = succOut + 1;
  const n1 = popIn + 1;
  const n2 = popOut + 1;
  const s = s1 + s2;
  const n = n1 + n2;
  if (s === n) return 0;
  const a = s1 * n2;
  const b = s2 * n1;
  const nn = n * n1;
  const diff =
    a <= MAX_SAFE && b <= MAX_SAFE && n1 * n2 <= MAX_SAFE
      ? ratioToDouble(a - b, n1 * n2)
      : bigRatioToDouble(
          BigInt(s1) * BigInt(n2) - BigInt(s2) * BigInt(n1),
          BigInt(n1) * BigInt(n2),
        );
  const variance =
    nn * n2 <= MAX_SAFE
      ? ratioToDouble(s * (n - s), nn * n2)
      : bigRatioToDouble(BigInt(s) * BigInt(n - s), BigInt(nn) * BigInt(n2));
  return diff / Math.sqrt(variance);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Clojure's double of the exact ratio (a·b)/(c·d), non-negative integer factors. */
function ratioOfProducts(a: number, b: number, c: number, d: number): number {
  const num = a * b;
  const den = c * d;
  if (num <= MAX_SAFE && den <= MAX_SAFE) return ratioToDouble(num, den);
  return bigRatioToDouble(BigInt(a) * BigInt(b), BigInt(c) * BigInt(d));
}

/**
 * A statement's counts in a group and in the rest, with Polis's statistics computed on first use
 * (each is an exact-ratio computation; many are never needed).
 */
class CommentStats {
  #pa = Number.NaN;
  #pd = Number.NaN;
  #ra = Number.NaN;
  #rd = Number.NaN;
  #rat = Number.NaN;
  #rdt = Number.NaN;
  readonly pat: number;
  readonly pdt: number;

  constructor(
    readonly na: number,
    readonly nd: number,
    readonly ns: number,
    readonly naRest: number,
    readonly ndRest: number,
    readonly nsRest: number,
  ) {
    this.pat = propTest(na, ns);
    this.pdt = propTest(nd, ns);
  }

  /** (na+1)/(ns+2), an exact ratio in Polis. */
  get pa(): number {
    if (Number.isNaN(this.#pa)) this.#pa = ratioToDouble(this.na + 1, this.ns + 2);
    return this.#pa;
  }

  get pd(): number {
    if (Number.isNaN(this.#pd)) this.#pd = ratioToDouble(this.nd + 1, this.ns + 2);
    return this.#pd;
  }

  /** pa / ((naRest+1)/(nsRest+2)), an exact ratio in Polis. */
  get ra(): number {
    if (Number.isNaN(this.#ra))
      this.#ra = ratioOfProducts(this.na + 1, this.nsRest + 2, this.ns + 2, this.naRest + 1);
    return this.#ra;
  }

  get rd(): number {
    if (Number.isNaN(this.#rd))
      this.#rd = ratioOfProducts(this.nd + 1, this.nsRest + 2, this.ns + 2, this.ndRest + 1);
    return this.#rd;
  }

  get rat(): number {
    if (Number.isNaN(this.#rat))
      this.#rat = twoPropTest(this.na, this.naRest, this.ns, this.nsRest);
    return this.#rat;
  }

  get rdt(): number {
    if (Number.isNaN(this.#rdt))
      this.#rdt = twoPropTest(this.nd, this.ndRest, this.ns, this.nsRest);
    return this.#rdt;
  }
}

export interface RepnessItem {
  tid: number;
  "n-success": number;
  "n-trials": number;
  "p-success": number;
  "p-test": number;
  repness: number;
  /** Rounded to float32 as Polis does. */
  "repness-test": number;
  "repful-for": "agree" | "disagree";
  "n-agree"?: number;
  "best-agree"?: true;
}

export interface RepnessOptions {
  /** Per-group counts over the group members (rows = groups, in output order). */
  counts: VoteCounts;
  groupIds: readonly number[];
  colIds: readonly number[];
  modOutCols: Uint8Array;
  /** Polis labels best-agree by its larger test, so it may say "disagree"; corrected: "agree". */
  parity: boolean;
}

function stats(counts: VoteCounts, g: number, c: number): CommentStats {
  const { nCols } = counts;
  let naRest = 0;
  let ndRest = 0;
  let nsRest = 0;
  for (let h = 0; h < counts.nGroups; h++) {
    if (h === g) continue;
    naRest += counts.A[h * nCols + c]!;
    ndRest += counts.D[h * nCols + c]!;
    nsRest += counts.S[h * nCols + c]!;
  }
  const i = g * nCols + c;
  return new CommentStats(counts.A[i]!, counts.D[i]!, counts.S[i]!, naRest, ndRest, nsRest);
}

function finalize(tid: number, s: CommentStats): RepnessItem {
  const agree = s.rat > s.rdt;
  return {
    tid,
    "n-success": agree ? s.na : s.nd,
    "n-trials": s.ns,
    "p-success": agree ? s.pa : s.pd,
    "p-test": agree ? s.pat : s.pdt,
    repness: agree ? s.ra : s.rd,
    "repness-test": Math.fround(agree ? s.rat : s.rdt),
    "repful-for": agree ? "agree" : "disagree",
  };
}

function passes(s: CommentStats): boolean {
  return (s.pat > Z_90 && s.rat > Z_90) || (s.pdt > Z_90 && s.rdt > Z_90);
}

function beatsBestAgree(s: CommentStats, best: CommentStats | null): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (best && best.ra > 1)
    return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return s.pa * s.pat > best.pa * best.pat;
  return s.pat > Z_90 || (s.ra > 1 && s.pa > 0.5);
}

const metric = (i: RepnessItem) => i.repness * i["repness-test"] * i["p-success"] * i["p-test"];

/**
 * Representative statements per group, Polis's selection rules (repness.clj), in one pass over
 * the columns in column order (mod-out skipped):
 * - direction: an item takes its agree fields only when rat > rdt strictly, else its disagree
 *   fields; equal statistics (same exact ratios in Polis) say "disagree";
 * - sufficient: (rat > 1.2816 and pat > 1.2816) or (rdt > 1.2816 and pdt > 1.2816);
 * - best (only while nothing is sufficient): max(rat, rdt) beats the float32 repness-test of the
 *   best so far strictly, so the first of equals stays unless float32 rounding lowered its test;
 * - best-agree: never a statement without agrees or disagrees in the group; against a best-agree
 *   with ra > 1 the product ra·rat·pa·pat must be strictly larger, otherwise pa·pat; the first
 *   one needs pat > 1.2816, or ra > 1 and pa > 0.5;
 * - output: no sufficient → [best-agree] or [best]; else best-agree, then the other sufficient
 *   items by repness·repness-test·p-success·p-test descending (a stable sort: equal metrics keep
 *   column order), the first 5 of those, then agrees before disagrees (stable).
 * Every number is Polis's own double (see `stats`), so ties and near-ties fall as in Polis.
 */
export function selectRepness(options: RepnessOptions): Record<number, RepnessItem[]> {
  const { counts, groupIds, colIds, modOutCols } = options;
  const out: Record<number, RepnessItem[]> = {};
  groupIds.forEach((gid, g) => {
    let best: RepnessItem | null = null;
    let bestAgree: CommentStats | null = null;
    let bestAgreeTid = -1;
    const sufficient: RepnessItem[] = [];
    for (let c = 0; c < colIds.length; c++) {
      if (modOutCols[c]) continue;
      const tid = colIds[c]!;
      const s = stats(counts, g, c);
      if (passes(s)) sufficient.push(finalize(tid, s));
      if (
        sufficient.length === 0 &&
        (best === null || Math.max(s.rat, s.rdt) > best["repness-test"])
      ) {
        best = finalize(tid, s);
      }
      if (beatsBestAgree(s, bestAgree)) {
        bestAgree = s;
        bestAgreeTid = tid;
      }
    }
    let head: RepnessItem | null = null;
    if (bestAgree) {
      head = { ...finalize(bestAgreeTid, bestAgree), "n-agree": bestAgree.na, "best-agree": true };
      if (!options.parity) {
        Object.assign(head, {
          "n-success": bestAgree.na,
          "p-success": bestAgree.pa,
          "p-test": bestAgree.pat,
          repness: bestAgree.ra,
          "repness-test": Math.fround(bestAgree.rat),
          "repful-for": "agree",
        });
      }
    }
    if (sufficient.length === 0) {
      out[gid] = head ? [head] : best ? [best] : [];
      return;
    }
    const ranked = sufficient
      .filter((i) => i.tid !== (head ? head.tid : Number.NaN))
      .map((item, order) => ({ item, order, m: metric(item) }))
      .sort((a, b) => b.m - a.m || a.order - b.order)
      .map((x) => x.item);
    const top = (head ? [head] : []).concat(ranked).slice(0, 5);
    out[gid] = top
      .filter((i) => i["repful-for"] === "agree")
      .concat(top.filter((i) => i["repful-for"] === "disagree"));
  });
  return out;
}
