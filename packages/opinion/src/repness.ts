import type { VoteCounts } from "./counts.js";

/** One-sided 90% significance, as Polis. */
export const Z_90 = 1.2816;

export function propTest(succ: number, n: number): number {
  const s = succ + 1;
  const m = n + 1;
  return 2 * Math.sqrt(m) * (s / m - 0.5);
}

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
  const pi1 = s1 / n1;
  const pi2 = s2 / n2;
  const piHat = (s1 + s2) / (n1 + n2);
  if (piHat === 1) return 0;
  return (pi1 - pi2) / Math.sqrt(piHat * (1 - piHat) * (1 / n1 + 1 / n2));
}

interface CommentStats {
  na: number;
  nd: number;
  ns: number;
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
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
  const na = counts.A[g * nCols + c]!;
  const nd = counts.D[g * nCols + c]!;
  const ns = counts.S[g * nCols + c]!;
  let ra = 0;
  let rd = 0;
  let naRest = 0;
  let ndRest = 0;
  let nsRest = 0;
  for (let h = 0; h < counts.nGroups; h++) {
    if (h === g) continue;
    naRest += counts.A[h * nCols + c]!;
    ndRest += counts.D[h * nCols + c]!;
    nsRest += counts.S[h * nCols + c]!;
  }
  const pa = (na + 1) / (ns + 2);
  const pd = (nd + 1) / (ns + 2);
  ra = pa / ((1 + naRest) / (2 + nsRest));
  rd = pd / ((1 + ndRest) / (2 + nsRest));
  return {
    na,
    nd,
    ns,
    pa,
    pd,
    pat: propTest(na, ns),
    pdt: propTest(nd, ns),
    ra,
    rd,
    rat: twoPropTest(na, naRest, ns, nsRest),
    rdt: twoPropTest(nd, ndRest, ns, nsRest),
  };
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
  return (s.rat > Z_90 && s.pat > Z_90) || (s.rdt > Z_90 && s.pdt > Z_90);
}

function beatsBestAgree(s: CommentStats, best: CommentStats | null): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (best && best.ra > 1)
    return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return s.pa * s.pat > best.pa * best.pat;
  return s.pat > Z_90 || (s.ra > 1 && s.pa > 0.5);
}

const metric = (i: RepnessItem) => i.repness * i["repness-test"] * i["p-success"] * i["p-test"];

/** Representative statements per group, Polis's selection rules (repness.clj). */
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
