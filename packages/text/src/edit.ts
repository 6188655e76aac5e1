import type { Corpus } from "./corpus.js";
import { TextError } from "./errors.js";
import { sphericalKMeans } from "./kmeans.js";
import {
  describeTheme,
  refreshMembers,
  type Theme,
  type ThemeSet,
  themeMembers,
} from "./themes.js";

function requireTheme(set: ThemeSet, id: string): Theme {
  const t = set.themes.find((x) => x.id === id);
  if (!t)
    throw new TextError(
      "THEME_NOT_FOUND",
      `theme "${id}" does not exist (themes: ${set.themes.map((x) => x.id).join(", ")})`,
    );
  return t;
}

/** Relabels the given themes from their members; the others are kept as they are. */
function relabel(options: { corpus: Corpus; set: ThemeSet; ids: string[] }): ThemeSet {
  const { corpus, ids } = options;
  const set = refreshMembers({ corpus, set: options.set });
  return {
    ...set,
    themes: set.themes.map((t) =>
      ids.includes(t.id)
        ? describeTheme({ corpus, theme: t, members: themeMembers({ set, id: t.id }) })
        : t,
    ),
  };
}

/** Sets an analyst's label on a theme. */
export function renameTheme(options: { set: ThemeSet; id: string; label: string }): ThemeSet {
  requireTheme(options.set, options.id);
  const label = options.label.trim();
  if (!label) throw new TextError("BAD_OPTION", `new label of theme "${options.id}" is empty`);
  return {
    ...options.set,
    themes: options.set.themes.map((t) =>
      t.id === options.id ? { ...t, label, renamed: true } : t,
    ),
  };
}

/** Merges themes into a new one (id t<next>) that holds all their answers; relabels it. */
export function mergeThemes(options: {
  corpus: Corpus;
  set: ThemeSet;
  ids: string[];
  label?: string;
}): ThemeSet {
  const { corpus, set } = options;
  const ids = [...new Set(options.ids)];
  if (ids.length < 2) throw new TextError("BAD_OPTION", "merge needs at least two theme ids");
  const sources = ids.map((id) => requireTheme(set, id));
  if (sources.some((t) => t.isOther))
    throw new TextError("BAD_OPTION", 'the "other" theme cannot be merged');
  const id = `t${set.nextId}`;
  const merged: Theme = {
    id,
    label: options.label ?? "",
    renamed: options.label !== undefined,
    keywords: [],
    phrase: null,
    isOther: false,
    answerIds: [],
    alsoAnswerIds: [],
    quotes: [],
  };
  const firstIndex = set.themes.findIndex((t) => ids.includes(t.id));
  const themes = set.themes.filter((t) => !ids.includes(t.id));
  themes.splice(firstIndex, 0, merged);
  const answerThemes = set.answerThemes.map((list) => [
    ...new Set(list.map((t) => (ids.includes(t) ? id : t))),
  ]);
  return relabel({ corpus, set: { themes, answerThemes, nextId: set.nextId + 1 }, ids: [id] });
}

/** Splits a theme's main answers into `parts` new themes by spherical k-means; relabels them. */
export function splitTheme(options: {
  corpus: Corpus;
  set: ThemeSet;
  id: string;
  parts?: number;
  seed?: number;
}): ThemeSet {
  const { corpus, set, id } = options;
  const theme = requireTheme(set, id);
  if (theme.isOther)
    throw new TextError("BAD_OPTION", 'the "other" theme cannot be split; raise k instead');
  const members = themeMembers({ set, id });
  const parts = options.parts ?? 2;
  if (members.length < parts)
    throw new TextError(
      "BAD_OPTION",
      `theme "${id}" has ${members.length} answers, too few to split into ${parts}`,
    );
  const vectors = members.map((i) => corpus.tfidf.vectors[i]!);
  const km = sphericalKMeans({
    vectors,
    dim: corpus.tfidf.terms.length,
    k: parts,
    seed: options.seed ?? 1,
    restarts: 3,
  });
  const newIds = Array.from({ length: parts }, (_, j) => `t${set.nextId + j}`);
  const answerThemes = set.answerThemes.map((list) => [...list]);
  members.forEach((i, j) => {
    const c = Math.max(0, km.assignments[j]!);
    answerThemes[i]![0] = newIds[c]!;
  });
  // Secondary mentions of the split theme cannot be attributed to one part; they are dropped.
  for (const list of answerThemes) {
    const at = list.indexOf(id, 1);
    if (at > 0) list.splice(at, 1);
  }
  const index = set.themes.findIndex((t) => t.id === id);
  const themes = [...set.themes];
  themes.splice(
    index,
    1,
    ...newIds.map((nid) => ({
      ...theme,
      id: nid,
      label: "",
      renamed: false,
      answerIds: [],
      alsoAnswerIds: [],
      quotes: [],
    })),
  );
  return relabel({
    corpus,
    set: { themes, answerThemes, nextId: set.nextId + parts },
    ids: newIds,
  });
}
