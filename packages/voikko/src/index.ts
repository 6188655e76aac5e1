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
  /**
   * The same readings as Voikko's text, one line per reading with the four fields separated
   * by tabs ("" for an unknown word): cheap to pass between threads; `parseReadings` reads it.
   */
  analyzeText(word: string): string;
  terminate(): void;
}

/**
 * `openVoikkoWasm()` instantiates libvoikko (WebAssembly, synchronously: about 0.3 MB of code
 * plus the 4 MB dictionary copied into its memory) and opens the Finnish dictionary. Each call
 * makes an independent instance, so every worker thread can have its own. Throws when the
 * files are missing or Voikko refuses the dictionary. `voikkoFiles` says where the shipped
 * files lie. The code is plain JavaScript (`open.mjs`) so that worker threads load it without
 * a TypeScript loader.
 */
export { openVoikkoWasm, parseReadings, voikkoFiles } from "./open.mjs";
