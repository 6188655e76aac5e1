import { OpinionError } from "./errors.js";
import type { OpinionOptions, ResolvedOptions } from "./types.js";

/** Resolves user options to the full parameter set of a mode. */
export function resolveOptions(options: OpinionOptions = {}): ResolvedOptions {
  const mode = options.mode ?? "corrected";
  if (mode !== "corrected" && mode !== "parity") {
    throw new OpinionError("INVALID_OPTION", `mode must be "corrected" or "parity", got "${mode}"`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new OpinionError("INVALID_OPTION", `seed must be an integer, got ${seed}`);
  const parity = mode === "parity";
  return {
    mode,
    seed,
    pcaMaxIterations: parity ? 100 : 500,
    pcaTolerance: parity ? 0 : 1e-8,
    pcaMethod: parity ? "power" : "lanczos",
    baseK: 100,
    baseMaxIterations: 100,
    baseWarmMaxIterations: parity ? 100 : 10,
    maxK: 5,
    groupMaxIterations: parity ? 20 : 100,
    kBuffer: 4,
    maxParticipants: parity ? 100_000 : Number.MAX_SAFE_INTEGER,
    maxStatements: parity ? 10_000 : Number.MAX_SAFE_INTEGER,
    lagPriorities: parity,
    sortBatches: parity,
  };
}
