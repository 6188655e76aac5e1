// Plain JavaScript (no TypeScript loader needed), so that worker threads can open Voikko
// cheaply; types in open.d.mts, documentation in index.ts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DICT_FILES = ["index.txt", "mor.vfst", "autocorr.vfst"];
const DICT_DIR = "/voikko/5/mor-standard";

export const voikkoFiles = {
  wasm: here("../wasm/voikko.wasm"),
  glue: here("../wasm/voikko.cjs"),
  dictionary: here("../dict/5/mor-standard"),
};

export function openVoikkoWasm() {
  const create = createRequire(import.meta.url)(voikkoFiles.glue);
  const mod = { wasmBinary: readFileSync(voikkoFiles.wasm), print() {}, printErr() {} };
  create(mod); // synchronous compilation: mod is complete on return
  mod.FS.mkdirTree(DICT_DIR);
  for (const f of DICT_FILES) {
    mod.FS.writeFile(`${DICT_DIR}/${f}`, readFileSync(`${voikkoFiles.dictionary}/${f}`));
  }
  const withString = (s, fn) => {
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
  const analyzeText = (word) => {
    if (!open || word.length === 0) return "";
    const out = withString(word, (p) => mod._kuulo_voikko_analyze(handle, p));
    if (!out) return "";
    const text = mod.UTF8ToString(out);
    mod._free(out);
    return text;
  };
  return {
    analyze: (word) => parseReadings(analyzeText(word)),
    analyzeText,
    terminate() {
      if (open) mod._kuulo_voikko_terminate(handle);
      open = false;
    },
  };
}

/** Readings from Voikko's text form: one line per reading, fields separated by tabs. */
export function parseReadings(text) {
  const readings = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const [baseform = "", wordClass = "", wordbases = "", structure = ""] = line.split("\t");
    readings.push({ baseform, wordClass, wordbases, structure });
  }
  return readings;
}
