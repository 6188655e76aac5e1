import type { Highs } from "highs";
import type { CompiledInstance } from "./classes.js";
import { panelRows } from "./oracle.js";
import { runCounted, type SolveStats } from "./solver.js";

/** A quota bound taking part in a conflict, or changed by a relaxation. */
export interface QuotaBound {
  feature: string;
  value: string;
  bound: "min" | "max";
  /** The bound in the quota file. */
  limit: number;
  /** After relaxation: the new bound. */
  relaxedTo?: number;
  line?: number;
}

export interface InfeasibilityReport {
  /** A minimal set of bounds that cannot hold together (dropping any one of them helps). */
  conflicts: QuotaBound[];
  /** The smallest total change of bounds that admits a panel (null: none exists). */
  relaxation: QuotaBound[] | null;
  /** Whether the relaxation stays within min_flex/max_flex. */
  withinFlex: boolean;
  /** One paragraph in English. */
  message: string;
}

/**
 * Explains why no panel meets the quotas: a deletion filter finds a minimal conflicting
 * set of bounds (one small ILP per bound), and an ILP with slack on every bound finds the
 * relaxation of least total size, within min_flex/max_flex when they are given.
 */
export function explainInfeasibility(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
}): InfeasibilityReport {
  const conflicts = conflictSet(options);
  let relaxation = smallestRelaxation({ ...options, useFlex: true });
  const withinFlex = relaxation !== null;
  if (!relaxation) relaxation = smallestRelaxation({ ...options, useFlex: false });
  const seats = options.compiled.instance.k;
  const describe = (b: QuotaBound) =>
    `${b.feature}=${b.value} ${b.bound} ${b.limit}${b.line !== undefined ? ` (line ${b.line})` : ""}`;
  const parts = [`No panel of ${seats} meets every quota.`];
  parts.push(
    conflicts.length > 0
      ? `These quotas conflict: ${conflicts.map(describe).join("; ")}.`
      : "Even without quotas no panel exists (too few eligible people, or the household rule).",
  );
  if (relaxation && relaxation.length > 0) {
    const total = relaxation.reduce((s, b) => s + Math.abs(b.relaxedTo! - b.limit), 0);
    parts.push(
      `Smallest relaxation (total ${total}${withinFlex ? "" : ", beyond min_flex/max_flex"}): ${relaxation
        .map((b) => `${b.feature}=${b.value} ${b.bound} ${b.limit} → ${b.relaxedTo}`)
        .join("; ")}.`,
    );
  } else if (!relaxation) {
    parts.push("No change of the quotas helps.");
  }
  return { conflicts, relaxation, withinFlex, message: parts.join(" ") };
}

type Bound = { quota: number; bound: "min" | "max" };

function conflictSet(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
}): QuotaBound[] {
  const { highs, compiled, stats } = options;
  const rows = panelRows(compiled);
  const numCols = compiled.classes.length;
  const quotaRow = new Map<number, number>();
  rows.kinds.forEach((k, r) => {
    if (k.kind === "quota") quotaRow.set(k.quota, r);
  });
  const active: Bound[] = [];
  compiled.bounds.forEach((b, q) => {
    if (b.min > 0) active.push({ quota: q, bound: "min" });
    if (b.max < compiled.seats) active.push({ quota: q, bound: "max" });
  });
  return highs.withModel(
    {
      numCols,
      numRows: rows.lower.length,
      colCost: new Float64Array(numCols),
      colLower: new Float64Array(numCols),
      colUpper: compiled.classes.map((c) => c.members.length),
      rowLower: rows.lower,
      rowUpper: rows.upper,
      matrix: { format: "csr", numRows: rows.lower.length, numCols, ...pick(rows) },
      integrality: compiled.classes.map(() => highs.constants.variableType.integer),
    },
    (model) => {
      model.options.set({ output_flag: false });
      const feasibleWith = (kept: Bound[]) => {
        compiled.bounds.forEach((_, q) => {
          const keepMin = kept.some((b) => b.quota === q && b.bound === "min");
          const keepMax = kept.some((b) => b.quota === q && b.bound === "max");
          const b = compiled.bounds[q]!;
          model.changeRowBounds(
            quotaRow.get(q)!,
            keepMin ? b.min : 0,
            keepMax ? b.max : highs.infinity,
          );
        });
        runCounted(model, stats, "ilp");
        return model.getModelStatus() !== highs.constants.modelStatus.infeasible;
      };
      let kept = [...active];
      for (const candidate of active) {
        const without = kept.filter((b) => b !== candidate);
        if (!feasibleWith(without)) kept = without;
      }
      return kept.map((b) => describeBound(compiled, b));
    },
  );
}

function smallestRelaxation(options: {
  highs: Highs;
  compiled: CompiledInstance;
  stats: SolveStats;
  useFlex: boolean;
}): QuotaBound[] | null {
  const { highs, compiled, stats, useFlex } = options;
  const rows = panelRows(compiled);
  const T = compiled.classes.length;
  const Q = compiled.bounds.length;
  const quotas = compiled.instance.quotas;
  // Columns: c_t (T), then s⁻_q (Q), then s⁺_q (Q). Row r of quota q gets +s⁻_q − s⁺_q.
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  rows.kinds.forEach((kind, r) => {
    for (let e = rows.starts[r]!; e < rows.starts[r + 1]!; e++) {
      indices.push(rows.indices[e]!);
      values.push(1);
    }
    if (kind.kind === "quota") {
      indices.push(T + kind.quota, T + Q + kind.quota);
      values.push(1, -1);
    }
    starts.push(indices.length);
  });
  const minSlack = compiled.bounds.map((b, q) => {
    const flex = quotas[q]!.minFlex;
    return useFlex && flex !== undefined
      ? Math.max(0, Math.min(b.min, quotas[q]!.min - flex))
      : b.min;
  });
  const maxSlack = compiled.bounds.map((_, q) => {
    const flex = quotas[q]!.maxFlex;
    return useFlex && flex !== undefined ? flex - quotas[q]!.max : compiled.seats;
  });
  const numCols = T + 2 * Q;
  return highs.withModel(
    {
      numCols,
      numRows: rows.lower.length,
      colCost: [...new Array(T).fill(0), ...new Array(2 * Q).fill(1)],
      colLower: new Float64Array(numCols),
      colUpper: [...compiled.classes.map((c) => c.members.length), ...minSlack, ...maxSlack],
      rowLower: rows.lower,
      rowUpper: rows.upper,
      matrix: { format: "csr", numRows: rows.lower.length, numCols, starts, indices, values },
      integrality: new Array(numCols).fill(highs.constants.variableType.integer),
    },
    (model) => {
      model.options.set({ output_flag: false });
      runCounted(model, stats, "ilp");
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
      const x = model.getSolution().colValue;
      const changes: QuotaBound[] = [];
      for (let q = 0; q < Q; q++) {
        const down = Math.round(x[T + q]!);
        const up = Math.round(x[T + Q + q]!);
        const quota = quotas[q]!;
        if (down > 0)
          changes.push({
            ...describeBound(compiled, { quota: q, bound: "min" }),
            relaxedTo: quota.min - down,
          });
        if (up > 0)
          changes.push({
            ...describeBound(compiled, { quota: q, bound: "max" }),
            relaxedTo: quota.max + up,
          });
      }
      return changes;
    },
  );
}

function describeBound(compiled: CompiledInstance, b: Bound): QuotaBound {
  const q = compiled.instance.quotas[b.quota]!;
  const out: QuotaBound = {
    feature: q.feature,
    value: q.value,
    bound: b.bound,
    limit: b.bound === "min" ? q.min : q.max,
  };
  if (q.line !== undefined) out.line = q.line;
  return out;
}

function pick(rows: { starts: number[]; indices: number[]; values: number[] }) {
  return { starts: rows.starts, indices: rows.indices, values: rows.values };
}
