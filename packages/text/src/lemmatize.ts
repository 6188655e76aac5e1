import type { CompoundSplitter } from "./compounds.js";
import type { Lang } from "./lang.js";
import { stem } from "./stem.js";
import { loadVoikko, type Morphology, type Voikko, type VoikkoReading } from "./voikko.js";

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
}

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

function voikkoAnalysis(voikko: Voikko, word: string, lang: Lang): WordAnalysis {
  const reading = pickReading(voikko.analyze(word));
  if (reading) {
    const parts = reading.parts.length > 1 ? reading.parts : [];
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
  return { lemma: stem({ lang, word }), parts: [], known: false };
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
  return {
    lang,
    usesVoikko: voikko !== null,
    morphology: voikko ? voikko.kind : "snowball",
    analyze(word: string): WordAnalysis {
      let a = cache.get(word);
      if (!a) {
        a = voikko
          ? voikkoAnalysis(voikko, word, lang)
          : { lemma: stem({ lang, word }), parts: [], known: false };
        if (splitter && !a.known) {
          const parts = splitter.split(word).map((p) => stem({ lang, word: p }));
          if (parts.length > 0) a = { ...a, parts };
        }
        cache.set(word, a);
      }
      return a;
    },
  };
}
