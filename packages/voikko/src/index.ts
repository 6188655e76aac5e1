import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** One raw reading of a word: Voikko's BASEFORM, CLASS, WORDBASES and STRUCTURE. */
export interface RawReading {
  baseform: string;
  wordClass: string;
  wordbases: string;
  structure: string;
}

/** A Voikko handle on the WebAssembly build with the shipped voikko-fi dictionary. */
export interface VoikkoWasm {
  analyze(word: string): RawReading[];
  terminate(): void;
}

interface EmscriptenModule {
  wasmBinary?: Uint8Array;
  print?: (s: string) => void;
  printErr?: (s: string) => void;
  FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: Uint8Array): void;
  };
  _malloc(n: number): number;
  _free(p: number): void;
  _kuulo_voikko_init(lang: number, path: number): number;
  _kuulo_voikko_analyze(handle: number, word: number): number;
  _kuulo_voikko_terminate(handle: number): void;
  UTF8ToString(p: number): string;
  stringToUTF8(s: string, p: number, max: number): void;
  lengthBytesUTF8(s: string): number;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DICT_FILES = ["index.txt", "mor.vfst", "autocorr.vfst"];
const DICT_DIR = "/voikko/5/mor-standard";

/** Where the shipped files lie (for licence notes and tests). */
export const voikkoFiles = {
  wasm: here("../wasm/voikko.wasm"),
  glue: here("../wasm/voikko.cjs"),
  dictionary: here("../dict/5/mor-standard"),
};

/**
 * Instantiates libvoikko (WebAssembly, synchronously: about 0.3 MB of code plus the 4 MB
 * dictionary copied into its memory) and opens the Finnish dictionary. Each call makes an
 * independent instance, so every worker thread can have its own. Throws when the files are
 * missing or Voikko refuses the dictionary.
 */
export function openVoikkoWasm(): VoikkoWasm {
  const require = createRequire(import.meta.url);
  const create = require(voikkoFiles.glue) as (m: Partial<EmscriptenModule>) => unknown;
  const m = {
    wasmBinary: readFileSync(voikkoFiles.wasm),
    print: () => {},
    printErr: () => {},
  } as Partial<EmscriptenModule>;
  create(m); // synchronous compilation: m is complete on return
  const mod = m as EmscriptenModule;
  mod.FS.mkdirTree(DICT_DIR);
  for (const f of DICT_FILES) {
    mod.FS.writeFile(`${DICT_DIR}/${f}`, readFileSync(`${voikkoFiles.dictionary}/${f}`));
  }
  const withString = <T>(s: string, fn: (p: number) => T): T => {
    const n = mod.lengthBytesUTF8(s) + 1;
    const p = mod._malloc(n);
    try {
      mod.stringToUTF8(s, p, n);
      return fn(p);
    } finally {
      mod._free(p);
    }
  };
  const handle = withString("fi", (lang) =>
    withString("/voikko", (path) => mod._kuulo_voikko_init(lang, path)),
  );
  if (!handle) throw new Error("Voikko (WebAssembly) could not open the voikko-fi dictionary");
  let open = true;
  return {
    analyze(word: string): RawReading[] {
      if (!open || word.length === 0) return [];
      const out = withString(word, (p) => mod._kuulo_voikko_analyze(handle, p));
      if (!out) return [];
      const text = mod.UTF8ToString(out);
      mod._free(out);
      const readings: RawReading[] = [];
      for (const line of text.split("\n")) {
        if (!line) continue;
        const [baseform = "", wordClass = "", wordbases = "", structure = ""] = line.split("\t");
        readings.push({ baseform, wordClass, wordbases, structure });
      }
      return readings;
    },
    terminate() {
      if (open) mod._kuulo_voikko_terminate(handle);
      open = false;
    },
  };
}
