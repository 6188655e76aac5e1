import koffi from "koffi";

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
  analyze(word: string): VoikkoReading[];
  terminate(): void;
}

const LIBRARY_NAMES = ["libvoikko.so.1", "libvoikko.so", "libvoikko.1.dylib", "libvoikko-1.dll"];

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

let cached: Voikko | null | undefined;

/**
 * Loads libvoikko through FFI (koffi) and opens the Finnish dictionary. Returns null when the
 * library or dictionary is missing or `KUULO_NO_VOIKKO=1` is set; callers then use Snowball.
 */
export function loadVoikko(): Voikko | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (process.env.KUULO_NO_VOIKKO === "1") return cached;
  let lib: ReturnType<typeof koffi.load> | undefined;
  for (const name of LIBRARY_NAMES) {
    try {
      lib = koffi.load(name);
      break;
    } catch {
      // try the next name
    }
  }
  if (!lib) return cached;
  try {
    const init = lib.func(
      "void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)",
    );
    const terminateFn = lib.func("void voikkoTerminate(void *handle)");
    const analyzeFn = lib.func("void *voikkoAnalyzeWordCstr(void *handle, const char *word)");
    const valueFn = lib.func(
      "void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)",
    );
    const freeValue = lib.func("void voikko_free_mor_analysis_value_cstr(void *value)");
    const freeAnalyses = lib.func("void voikko_free_mor_analysis(void *analyses)");
    const error: (string | null)[] = [null];
    const handle = init(error, "fi", null);
    if (!handle) return cached;
    const read = (analysis: unknown, key: string): string => {
      const v = valueFn(analysis, key);
      if (!v) return "";
      const s = koffi.decode(v, "char", -1) as string;
      freeValue(v);
      return s;
    };
    let open = true;
    cached = {
      analyze(word: string): VoikkoReading[] {
        if (!open || word.length === 0 || word.length > 100) return [];
        const list = analyzeFn(handle, word);
        if (!list) return [];
        const readings: VoikkoReading[] = [];
        for (const analysis of koffi.decode(list, "void *", -1) as unknown[]) {
          const baseform = read(analysis, "BASEFORM").toLowerCase();
          if (!baseform) continue;
          const wordbases = read(analysis, "WORDBASES");
          const parts = wordbases ? parseWordbases(wordbases) : [baseform];
          const structure = read(analysis, "STRUCTURE");
          readings.push({
            baseform,
            wordClass: read(analysis, "CLASS"),
            parts,
            structureParts: structure
              ? Math.max(1, (structure.match(/=/g) ?? []).length)
              : parts.length,
          });
        }
        freeAnalyses(list);
        return readings;
      },
      terminate() {
        if (open) terminateFn(handle);
        open = false;
      },
    };
  } catch {
    cached = null;
  }
  return cached;
}
