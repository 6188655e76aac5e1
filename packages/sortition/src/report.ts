import { counted, formatDecimal, formatPercent } from "./report-format.js";
import type { Draw, Selection } from "./select.js";

const ALGORITHM_NAMES = {
  leximin: { fi: "LEXIMIN (reiluin mahdollinen arvonta)", en: "LEXIMIN (the fairest lottery)" },
  maximin: {
    fi: "MAXIMIN (pienin todennäköisyys maksimoitu)",
    en: "MAXIMIN (smallest probability maximised)",
  },
  legacy: {
    fi: "LEGACY (vanha ahne menetelmä, vertailuun)",
    en: "LEGACY (old greedy method, for comparison)",
  },
} as const;

const COMPUTATION_WORDS = {
  fi: {
    classes: { one: "luokka", other: "luokkaa" },
    levels: { one: "LEXIMIN-taso", other: "LEXIMIN-tasoa" },
    panels: { one: "paneeli", other: "paneelia" },
    ilp: { one: "ILP-ratkaisu", other: "ILP-ratkaisua" },
    lp: { one: "LP-ratkaisu", other: "LP-ratkaisua" },
  },
  en: {
    classes: { one: "class", other: "classes" },
    levels: { one: "LEXIMIN level", other: "LEXIMIN levels" },
    panels: { one: "panel", other: "panels" },
    ilp: { one: "ILP", other: "ILP" },
    lp: { one: "LP solve", other: "LP solves" },
  },
} as const;

/** Panel members per quota value beside the quota and the pool. */
function quotaRows(selection: Selection, panel: readonly string[]): string[][] {
  const chosen = new Set(panel);
  const { quotas, people } = selection.instance;
  return quotas.map((q) => {
    const pool = people.filter((p) => p.features[q.feature] === q.value);
    const onPanel = pool.filter((p) => chosen.has(p.id)).length;
    return [q.feature, q.value, String(q.min), String(q.max), String(pool.length), String(onPanel)];
  });
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/**
 * A human-readable report of a selection and its draw, in Finnish and then English
 * (Markdown): the method, the seed to reproduce the draw, fairness against k/n, quotas.
 */
export function formatReport(options: {
  selection: Selection;
  draw: Draw;
  seedGenerated?: boolean;
  date?: string;
  /** A replacement draw: who withdrew and who took the open seats. */
  replacement?: { withdrawn: readonly string[]; replacements: readonly string[] };
}): string {
  const replaced = options.replacement;
  const { selection, draw } = options;
  const f = selection.fairness;
  const { stats } = selection;
  const name = ALGORITHM_NAMES[selection.algorithm];
  const quotas = quotaRows(selection, draw.panel);
  const estimated = selection.legacyRuns !== undefined;
  const transparent = draw.method === "transparent" && draw.panels && draw.chosen !== undefined;
  const w = COMPUTATION_WORDS;
  const fi = [
    "# Arvontaraportti",
    "",
    options.date ? `Päivämäärä: ${options.date}` : "",
    `Menetelmä: ${name.fi}. Paneelin koko k = ${selection.instance.k}, ilmoittautuneita n = ${f.n}.`,
    replaced
      ? `Täydennysarvonta: paneelista luopui ${replaced.withdrawn.join(", ")}; muut pysyvät valittuina (todennäköisyys 100 %), ja avoimet paikat täytettiin kiintiöiden mukaisesti: ${replaced.replacements.join(", ") || "ei ketään"}.`
      : "",
    `Arvonnan siemen: \`${draw.seed}\`${options.seedGenerated ? " (luotu satunnaisesti, koska siementä ei annettu)" : ""}. Sama siemen ja samat tiedostot tuottavat aina saman paneelin (SHA-256-laskuri, ks. @kuulo/sortition).`,
    transparent
      ? `Läpinäkyvä arvonta: arvonta pyöristettiin ${draw.panels!.length} yhtä todennäköiseen paneeliin (panels.csv); siemen valitsi paneelin numero ${draw.chosen! + 1}. Suurin poikkeama todennäköisyyksistä: ${formatDecimal(draw.maxDeviation ?? 0, "fi", 4)}.`
      : draw.method === "pipage"
        ? "Paneeli arvottiin suoraan jakaumasta (pipage-pyöristys)."
        : "Paneeli arvottiin LEGACY-menetelmällä.",
    "",
    "## Reiluus",
    "",
    `- Tasajako k/n: ${formatPercent(f.equalShare, "fi")}`,
    `- Pienin valintatodennäköisyys: ${formatPercent(f.minimum, "fi")}${estimated ? ` (arvioitu ${selection.legacyRuns} simuloidusta arvonnasta)` : ""}`,
    `- Suurin valintatodennäköisyys: ${formatPercent(f.maximum, "fi")}`,
    `- Gini-kerroin: ${formatDecimal(f.gini, "fi", 4)} (0 = kaikilla sama todennäköisyys)`,
    `- Geometrinen keskiarvo: ${formatPercent(f.geometricMean, "fi")}`,
    `- Alle puolet tasajaosta saavia: ${f.belowHalfShare}`,
    "",
    "## Kiintiöt",
    "",
    table(["ominaisuus", "arvo", "min", "max", "ilmoittautuneet", "paneelissa"], quotas),
    "",
    "## Laskenta",
    "",
    `${counted(stats.classes, "fi", w.fi.classes)} keskenään vaihdettavia ihmisiä, ${counted(stats.levels, "fi", w.fi.levels)}, ${counted(stats.panelsGenerated, "fi", w.fi.panels)} tuotettu, ${counted(stats.ilpSolves, "fi", w.fi.ilp)} ja ${counted(stats.lpSolves, "fi", w.fi.lp)} (HiGHS), ${formatDecimal(stats.seconds, "fi", 2)} s.`,
    "",
  ];
  const en = [
    "# Selection report",
    "",
    `Method: ${name.en}. Panel size k = ${selection.instance.k}, volunteers n = ${f.n}.`,
    replaced
      ? `Replacement draw: ${replaced.withdrawn.join(", ")} withdrew from the panel; the others stay selected (probability 100%), and the open seats were filled within the quotas by: ${replaced.replacements.join(", ") || "nobody"}.`
      : "",
    `Seed: \`${draw.seed}\`${options.seedGenerated ? " (generated at random because none was given)" : ""}. The same seed and files always give the same panel (SHA-256 counter stream, see @kuulo/sortition).`,
    transparent
      ? `Transparent lottery: the lottery was rounded to ${draw.panels!.length} equally likely panels (panels.csv); the seed picked panel number ${draw.chosen! + 1}. Largest deviation from the probabilities: ${formatDecimal(draw.maxDeviation ?? 0, "en", 4)}.`
      : draw.method === "pipage"
        ? "The panel was drawn from the lottery directly (pipage rounding)."
        : "The panel was drawn with the LEGACY method.",
    "",
    "## Fairness",
    "",
    `- Equal share k/n: ${formatPercent(f.equalShare, "en")}`,
    `- Minimum selection probability: ${formatPercent(f.minimum, "en")}${estimated ? ` (estimated from ${selection.legacyRuns} simulated draws)` : ""}`,
    `- Maximum selection probability: ${formatPercent(f.maximum, "en")}`,
    `- Gini coefficient: ${formatDecimal(f.gini, "en", 4)} (0 = everyone equal)`,
    `- Geometric mean: ${formatPercent(f.geometricMean, "en")}`,
    `- People below half the equal share: ${f.belowHalfShare}`,
    "",
    "## Quotas",
    "",
    table(["feature", "value", "min", "max", "volunteers", "on panel"], quotas),
    "",
    "## Computation",
    "",
    stats.complete
      ? ""
      : "LEXIMIN stopped at its time limit: the lowest levels are exact, the rest are lower bounds.",
    stats.method === "relaxation"
      ? "Every LEXIMIN level was proved at once: a lottery of real panels reaches the LEXIMIN of the quotas' LP relaxation, an upper bound."
      : "",
    `${counted(stats.classes, "en", w.en.classes)} of interchangeable people, ${counted(stats.levels, "en", w.en.levels)}, ${counted(stats.panelsGenerated, "en", w.en.panels)} generated, ${counted(stats.ilpSolves, "en", w.en.ilp)} and ${counted(stats.lpSolves, "en", w.en.lp)} (HiGHS), ${formatDecimal(stats.seconds, "en", 2)} s.`,
    "",
  ];
  return [...fi, ...en].filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n");
}
