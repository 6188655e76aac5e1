import type { Corpus } from "./corpus.js";
import { labelTheme } from "./label.js";
import type { Partition } from "./partition.js";
import { pickQuotes, type Quote } from "./quotes.js";

export const OTHER_THEME_ID = "other";

export interface Theme {
  id: string;
  label: string;
  /** True when an analyst set the label; relabelling keeps it. */
  renamed: boolean;
  keywords: string[];
  phrase: string | null;
  isOther: boolean;
  /** Answers whose main theme this is (the partition). */
  answerIds: string[];
  /** Answers that also raise this theme (NMF), with their main theme elsewhere. */
  alsoAnswerIds: string[];
  quotes: Quote[];
}

export interface ThemeSet {
  themes: Theme[];
  /** Per answer (corpus order): its theme ids, main theme first. */
  answerThemes: string[][];
  /** Counter for ids of themes made by merge and split. */
  nextId: number;
}

/** Recomputes every theme's answer lists from `answerThemes` (ids keep corpus order). */
export function refreshMembers(options: { corpus: Corpus; set: ThemeSet }): ThemeSet {
  const { corpus, set } = options;
  const main = new Map<string, string[]>();
  const also = new Map<string, string[]>();
  set.answerThemes.forEach((ids, i) => {
    ids.forEach((id, j) => {
      const target = j === 0 ? main : also;
      let list = target.get(id);
      if (!list) {
        list = [];
        target.set(id, list);
      }
      list.push(corpus.ids[i]!);
    });
  });
  return {
    ...set,
    themes: set.themes.map((t) => ({
      ...t,
      answerIds: main.get(t.id) ?? [],
      alsoAnswerIds: also.get(t.id) ?? [],
    })),
  };
}

/** Indices of the answers whose main theme is `id`. */
export function themeMembers(options: { set: ThemeSet; id: string }): number[] {
  const out: number[] = [];
  options.set.answerThemes.forEach((ids, i) => {
    if (ids[0] === options.id) out.push(i);
  });
  return out;
}

/** Label, keywords and quotes of a theme from its current members (keeps an analyst's label). */
export function describeTheme(options: { corpus: Corpus; theme: Theme; members: number[] }): Theme {
  const { corpus, theme, members } = options;
  const quotes = pickQuotes({ corpus, members });
  if (theme.isOther) return { ...theme, quotes };
  const l = labelTheme({ corpus, members });
  return {
    ...theme,
    label: theme.renamed ? theme.label : l.label,
    keywords: l.keywords,
    phrase: l.phrase,
    quotes,
  };
}

/**
 * Cosine of each answer with the centre of the rest of its cluster (its own words excluded), so
 * that an answer sharing no words with its cluster scores 0.
 */
export function leaveOneOutSimilarity(options: {
  corpus: Corpus;
  assignments: Int32Array;
}): Float64Array {
  const { corpus, assignments } = options;
  const vectors = corpus.tfidf.vectors;
  const sums = new Map<number, Map<number, number>>();
  vectors.forEach((v, i) => {
    const c = assignments[i]!;
    if (c < 0) return;
    let s = sums.get(c);
    if (!s) {
      s = new Map();
      sums.set(c, s);
    }
    for (let j = 0; j < v.indices.length; j++)
      s.set(v.indices[j]!, (s.get(v.indices[j]!) ?? 0) + v.values[j]!);
  });
  const sqNorms = new Map<number, number>();
  for (const [c, s] of sums) {
    let q = 0;
    for (const x of s.values()) q += x * x;
    sqNorms.set(c, q);
  }
  return Float64Array.from(vectors, (v, i) => {
    const c = assignments[i]!;
    if (c < 0 || v.indices.length === 0) return 0;
    const s = sums.get(c)!;
    let dot = 0;
    let self = 0;
    for (let j = 0; j < v.indices.length; j++) {
      dot += v.values[j]! * s.get(v.indices[j]!)!;
      self += v.values[j]! ** 2;
    }
    const rest = dot - self;
    const restNorm = Math.sqrt(Math.max(0, sqNorms.get(c)! - 2 * dot + self));
    return restNorm > 1e-12 ? rest / restNorm : 0;
  });
}

/**
 * Themes from a partition: clusters sorted by size get ids t1, t2, …; answers without
 * features, answers far from the rest of their cluster (cosine < `minSimilarity`) and clusters smaller than
 * `minThemeSize` go to the "other" theme.
 */
export function buildThemes(options: {
  corpus: Corpus;
  partition: Partition;
  minSimilarity?: number;
  minThemeSize?: number;
}): ThemeSet {
  const { corpus, partition } = options;
  const n = corpus.ids.length;
  const minSimilarity = options.minSimilarity ?? 0.05;
  const minThemeSize = options.minThemeSize ?? Math.max(3, Math.ceil(n * 0.005));
  const similarity = leaveOneOutSimilarity({ corpus, assignments: partition.assignments });
  const cluster = Int32Array.from(partition.assignments, (c, i) =>
    c >= 0 && similarity[i]! >= minSimilarity ? c : -1,
  );
  const sizes = new Map<number, number>();
  for (const c of cluster) if (c >= 0) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const kept = [...sizes.entries()]
    .filter(([, size]) => size >= minThemeSize)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([c]) => c);
  const idOf = new Map(kept.map((c, j) => [c, `t${j + 1}`]));
  const answerThemes = [...cluster].map((c, i) => {
    const main = idOf.get(c);
    if (!main) return [OTHER_THEME_ID];
    const extra = partition.memberships[i]!.map((m) => idOf.get(m)).filter(
      (id): id is string => !!id && id !== main,
    );
    return [main, ...extra];
  });
  const blank = (id: string, isOther: boolean): Theme => ({
    id,
    label: isOther ? "Other" : "",
    renamed: false,
    keywords: [],
    phrase: null,
    isOther,
    answerIds: [],
    alsoAnswerIds: [],
    quotes: [],
  });
  let set: ThemeSet = {
    themes: [...kept.map((c) => blank(idOf.get(c)!, false)), blank(OTHER_THEME_ID, true)],
    answerThemes,
    nextId: kept.length + 1,
  };
  set = refreshMembers({ corpus, set });
  return {
    ...set,
    themes: set.themes.map((theme) =>
      describeTheme({ corpus, theme, members: themeMembers({ set, id: theme.id }) }),
    ),
  };
}
