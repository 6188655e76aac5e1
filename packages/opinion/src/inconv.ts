export interface InConvOptions {
  /** Votes per row (raw matrix, moderated-out statements included). */
  voteCounts: Int32Array;
  nCols: number;
  /** Previous membership (monotone: once in, always in); may be shorter than voteCounts. */
  previous: Uint8Array;
  /** Polis: 7 votes (or all statements when fewer). */
  minVotes?: number;
  /** Polis tops up with the most active voters until this many are in: 15. */
  greedyN?: number;
}

/** Which participants are clustered (Polis's `in-conv`). Ties in the top-up go to earlier rows. */
export function updateInConv(options: InConvOptions): Uint8Array {
  const { voteCounts, nCols, previous } = options;
  const n = voteCounts.length;
  const threshold = Math.min(options.minVotes ?? 7, nCols);
  const greedyN = options.greedyN ?? 15;
  const out = new Uint8Array(n);
  out.set(previous.subarray(0, Math.min(n, previous.length)));
  let size = 0;
  for (let r = 0; r < n; r++) {
    if (!out[r] && voteCounts[r]! >= threshold) out[r] = 1;
    size += out[r]!;
  }
  if (size < greedyN) {
    const rest: number[] = [];
    for (let r = 0; r < n; r++) if (!out[r]) rest.push(r);
    rest.sort((a, b) => voteCounts[b]! - voteCounts[a]! || a - b);
    for (const r of rest.slice(0, greedyN - size)) out[r] = 1;
  }
  return out;
}
