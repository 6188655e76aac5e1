import { parseReadings } from "@kuulo/voikko";
import type { CompoundSplitter } from "./compounds.js";
import type { Lang } from "./lang.js";
import { analyzeInThreads, lemmaThreads, PARALLEL_MIN_WORDS } from "./lemma-pool.js";
import { stem } from "./stem.js";
import {
  loadVoikko,
  type Morphology,
  toReadings,
  type Voikko,
  type VoikkoReading,
} from "./voikko.js";

export interface WordAnalysis {
  /** Lemma (Voikko base form) or Snowball stem. */
  lemma: string;
  /** Compound parts other than the lemma itself (Voikko only), e.g. terveyskeskus → terveys, keskus. */
  parts: string[];
  /** Whether Voikko knew the word. */
  known: boolean;
}

export interface Lemmatizer {
  lang: Lang;
  usesVoikko: boolean;
  /** Which morphology this lemmatiser uses (`snowball` for Swedish and English). */
  morphology: Morphology;
  analyze(word: string): WordAnalysis;
  /**
   * Analyses a batch's words ahead of `analyze`, in worker threads when there are many
   * (WebAssembly Voikko only; one handle per thread). Returns the number of threads used.
   */
  prefill(words: Iterable<string>): number;
}

/** One shared empty list for words without compound parts (most words: saves memory). */
const NO_PARTS = Object.freeze([]) as unknown as string[];

// Content-word classes rank equally, so Voikko's own order decides between them.
const CLASS_RANK: Record<string, number> = {
  nimisana: 0,
  laatusana: 0,
  nimisana_laatusana: 0,
  teonsana: 0,
  seikkasana: 1,
  kieltosana: 1,
  asemosana: 1,
  paikannimi: 2,
  nimi: 3,
  etunimi: 4,
  sukunimi: 4,
};

function rank(r: VoikkoReading): number {
  return r.structureParts * 10 + (CLASS_RANK[r.wordClass] ?? 2);
}

/**
 * Picks the most plausible reading: fewest compound parts first ("kuuluu" is the verb kuulua,
 * not kuu + luu), then content words before names, then Voikko's order.
 */
export function pickReading(readings: VoikkoReading[]): VoikkoReading | undefined {
  let best: VoikkoReading | undefined;
  for (const r of readings) if (!best || rank(r) < rank(best)) best = r;
  return best;
}

function voikkoAnalysis(
  voikko: Voikko,
  word: string,
  lang: Lang,
  readings: VoikkoReading[] = voikko.analyze(word),
): WordAnalysis {
  const reading = pickReading(readings);
  if (reading) {
    const parts = reading.parts.length > 1 ? reading.parts : NO_PARTS;
    return { lemma: reading.baseform, parts, known: true };
  }
  if (word.includes("-")) {
    const pieces = word.split("-").filter((p) => p.length > 0);
    if (pieces.length > 1) {
      const analysed = pieces.map((p) => voikkoAnalysis(voikko, p, lang));
      return {
        lemma: analysed.map((a) => a.lemma).join("-"),
        parts: analysed.flatMap((a) => [a.lemma, ...a.parts]),
        known: analysed.some((a) => a.known),
      };
    }
  }
  return { lemma: stem({ lang, word }), parts: NO_PARTS, known: false };
}

/**
 * A cached word analyser. Finnish uses Voikko when it can be loaded (and `voikko` is not
 * false), falling back to Snowball for words Voikko does not know; Swedish and English use
 * Snowball. With a `splitter`, words Voikko did not analyse get corpus-driven compound parts.
 */
export function createLemmatizer(options: {
  lang: Lang;
  voikko?: boolean;
  splitter?: CompoundSplitter;
}): Lemmatizer {
  const { lang, splitter } = options;
  const voikko = lang === "fi" && options.voikko !== false ? loadVoikko() : null;
  const cache = new Map<string, WordAnalysis>();
  const finish = (word: string, first: WordAnalysis): WordAnalysis => {
    let a = first;
    if (splitter && !a.known) {
      const parts = splitter.split(word).map((p) => stem({ lang, word: p }));
      if (parts.length > 0) a = { ...a, parts };
    }
    cache.set(word, a);
    return a;
  };
  return {
    lang,
    usesVoikko: voikko !== null,
    morphology: voikko ? voikko.kind : "snowball",
    analyze(word: string): WordAnalysis {
      const a = cache.get(word);
      if (a) return a;
      return finish(
        word,
        voikko
          ? voikkoAnalysis(voikko, word, lang)
          : { lemma: stem({ lang, word }), parts: NO_PARTS, known: false },
      );
    },
    prefill(words: Iterable<string>): number {
      if (voikko?.kind !== "voikko-wasm") return 1;
      const todo = [...new Set(words)].filter((w) => !cache.has(w) && w.length <= 100);
      const threads = lemmaThreads();
      if (threads < 2 || todo.length < PARALLEL_MIN_WORDS) return 1;
      const texts = analyzeInThreads({
        words: todo,
        threads,
        local: (mine) => {
          for (const w of mine) finish(w, voikkoAnalysis(voikko, w, lang));
        },
      });
      if (!texts) return 1; // the workers' words are analysed in this thread, when asked for
      texts.forEach((text, i) => {
        const w = todo[i]!;
        finish(w, voikkoAnalysis(voikko, w, lang, toReadings(parseReadings(text))));
      });
      return threads;
    },
  };
}
