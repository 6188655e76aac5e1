import { openVoikkoWasm, type RawReading } from "@kuulo/voikko";
import { openSystemVoikko } from "./voikko-system.js";

/** Which morphology analysed Finnish: Voikko in WebAssembly (shipped), the system libvoikko, or Snowball. */
export type Morphology = "voikko-wasm" | "voikko-system" | "snowball";

/** One morphological reading of a Finnish word by Voikko. */
export interface VoikkoReading {
  baseform: string;
  wordClass: string;
  /** Compound parts as base forms, derivational suffixes joined to their stem. */
  parts: string[];
  /** Number of word parts in Voikko's STRUCTURE (1 for a simple word). */
  structureParts: number;
}

export interface Voikko {
  kind: "voikko-wasm" | "voikko-system";
  analyze(word: string): VoikkoReading[];
  terminate(): void;
}

/**
 * Parses Voikko's WORDBASES, e.g. "+terve(terve)+ys(+ys)+keskus(keskus)" into
 * ["terveys", "keskus"]. A part whose base starts with "+" is a derivational suffix and is
 * appended to the previous part's surface.
 */
export function parseWordbases(wordbases: string): string[] {
  const parts: { surface: string; base: string }[] = [];
  for (const m of wordbases.matchAll(/\+([^+(]*)\(([^)]*)\)/g)) {
    const surface = m[1]!.replace(/=/g, "");
    const base = m[2]!;
    if (base.startsWith("+") && parts.length > 0) {
      const prev = parts[parts.length - 1]!;
      prev.surface += surface;
      prev.base = prev.surface;
    } else {
      parts.push({ surface, base: base.replace(/=/g, "") });
    }
  }
  return parts.map((p) => p.base.toLowerCase()).filter((p) => p.length > 1);
}

/** Voikko's raw readings as base form, class, compound parts and structure size. */
export function toReadings(raw: RawReading[]): VoikkoReading[] {
  const readings: VoikkoReading[] = [];
  for (const r of raw) {
    const baseform = r.baseform.toLowerCase();
    if (!baseform) continue;
    const parts = r.wordbases ? parseWordbases(r.wordbases) : [baseform];
    readings.push({
      baseform,
      wordClass: r.wordClass,
      parts,
      structureParts: r.structure
        ? Math.max(1, (r.structure.match(/=/g) ?? []).length)
        : parts.length,
    });
  }
  return readings;
}

function wrap(
  kind: Voikko["kind"],
  raw: { analyze(word: string): RawReading[]; terminate(): void },
): Voikko {
  return {
    kind,
    analyze: (word) =>
      word.length === 0 || word.length > 100 ? [] : toReadings(raw.analyze(word)),
    terminate: () => raw.terminate(),
  };
}

/** Which Voikko to load: `KUULO_VOIKKO` = `wasm` (default), `system` or `off`; `KUULO_NO_VOIKKO=1` = off. */
export function voikkoPreference(): "wasm" | "system" | "off" {
  if (process.env.KUULO_NO_VOIKKO === "1") return "off";
  const v = (process.env.KUULO_VOIKKO ?? "wasm").toLowerCase();
  return v === "system" || v === "off" ? v : "wasm";
}

const cached = new Map<string, Voikko | null>();

/**
 * Opens Voikko for Finnish, once per thread: by default the WebAssembly build shipped in
 * `@kuulo/voikko` (no system package needed), falling back to the system libvoikko; with
 * `KUULO_VOIKKO=system` only the system library. Returns null when none can be opened (or
 * `KUULO_VOIKKO=off` / `KUULO_NO_VOIKKO=1`); callers then use Snowball and say so.
 */
export function loadVoikko(): Voikko | null {
  const pref = voikkoPreference();
  if (cached.has(pref)) return cached.get(pref)!;
  let voikko: Voikko | null = null;
  if (pref === "wasm") {
    try {
      voikko = wrap("voikko-wasm", openVoikkoWasm());
    } catch {
      voikko = null;
    }
  }
  if (!voikko && pref !== "off") {
    const system = openSystemVoikko();
    if (system) voikko = wrap("voikko-system", system);
  }
  cached.set(pref, voikko);
  return voikko;
}
