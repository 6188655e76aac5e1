/**
 * Corpus-driven compound splitting (after Koehn & Knight 2003) for words the lemmatiser cannot
 * split — Swedish, and Finnish without Voikko: a word is split in two where both halves occur
 * as words of their own in the same batch of answers and the geometric mean of their
 * frequencies beats the word's own frequency. Swedish linking "s" is allowed on the left part.
 */
export interface CompoundSplitter {
  split(word: string): string[];
}

export function buildCompoundSplitter(options: {
  frequencies: Map<string, number>;
  linkingS?: boolean;
  minWord?: number;
  minPart?: number;
}): CompoundSplitter {
  const { frequencies } = options;
  const minWord = options.minWord ?? 8;
  const minPart = options.minPart ?? 5;
  const freq = (w: string) => (w.length >= minPart ? (frequencies.get(w) ?? 0) : 0);
  const cache = new Map<string, string[]>();
  return {
    split(word: string): string[] {
      const cached = cache.get(word);
      if (cached) return cached;
      let best: string[] = [];
      if (word.length >= minWord && !word.includes("-")) {
        let bestScore = frequencies.get(word) ?? 0;
        for (let i = minPart; i <= word.length - minPart; i++) {
          const right = word.slice(i);
          const fr = freq(right);
          if (fr === 0) continue;
          const lefts = [word.slice(0, i)];
          if (options.linkingS && lefts[0]!.endsWith("s")) lefts.push(lefts[0]!.slice(0, -1));
          for (const left of lefts) {
            const fl = freq(left);
            const score = Math.sqrt(fl * fr);
            if (fl > 0 && score > bestScore) {
              bestScore = score;
              best = [left, right];
            }
          }
        }
      }
      cache.set(word, best);
      return best;
    },
  };
}
