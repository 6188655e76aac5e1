/**
 * Adjusted Rand index between two labellings of the same items (Hubert & Arabie 1985):
 * 1 for identical partitions up to relabelling, about 0 for chance agreement.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length) throw new RangeError(`labellings differ in length: ${n} vs ${b.length}`);
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]},${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (m: number) => (m * (m - 1)) / 2;
  let index = 0;
  for (const m of table.values()) index += pairs(m);
  let sumRows = 0;
  for (const m of rows.values()) sumRows += pairs(m);
  let sumCols = 0;
  for (const m of cols.values()) sumCols += pairs(m);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
