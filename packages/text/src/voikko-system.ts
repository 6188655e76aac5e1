import type { RawReading } from "@kuulo/voikko";
import koffi from "koffi";

const LIBRARY_NAMES = ["libvoikko.so.1", "libvoikko.so", "libvoikko.1.dylib", "libvoikko-1.dll"];

/**
 * The system libvoikko (e.g. Debian's libvoikko1 + voikko-fi) through FFI (koffi), optional:
 * null when the library or its Finnish dictionary is missing.
 */
export function openSystemVoikko(): {
  analyze(word: string): RawReading[];
  terminate(): void;
} | null {
  let lib: ReturnType<typeof koffi.load> | undefined;
  for (const name of LIBRARY_NAMES) {
    try {
      lib = koffi.load(name);
      break;
    } catch {
      // try the next name
    }
  }
  if (!lib) return null;
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
    if (!handle) return null;
    const read = (analysis: unknown, key: string): string => {
      const v = valueFn(analysis, key);
      if (!v) return "";
      const s = koffi.decode(v, "char", -1) as string;
      freeValue(v);
      return s;
    };
    let open = true;
    return {
      analyze(word: string): RawReading[] {
        if (!open || word.length === 0) return [];
        const list = analyzeFn(handle, word);
        if (!list) return [];
        const readings = (koffi.decode(list, "void *", -1) as unknown[]).map((a) => ({
          baseform: read(a, "BASEFORM"),
          wordClass: read(a, "CLASS"),
          wordbases: read(a, "WORDBASES"),
          structure: read(a, "STRUCTURE"),
        }));
        freeAnalyses(list);
        return readings;
      },
      terminate() {
        if (open) terminateFn(handle);
        open = false;
      },
    };
  } catch {
    return null;
  }
}
