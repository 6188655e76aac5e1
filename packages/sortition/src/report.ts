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

function percent(p: number): string {
  return `${(100 * p).toFixed(2)} %`;
}

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
      ? `Läpinäkyvä arvonta: arvonta pyöristettiin ${draw.panels!.length} yhtä todennäköiseen paneeliin (panels.csv); siemen valitsi paneelin numero ${draw.chosen! + 1}. Suurin poikkeama todennäköisyyksistä: ${(draw.maxDeviation ?? 0).toFixed(4)}.`
      : draw.method === "pipage"
        ? "Paneeli arvottiin suoraan jakaumasta (pipage-pyöristys)."
        : "Paneeli arvottiin LEGACY-menetelmällä.",
    "",
    "## Reiluus",
    "",
    `- Tasajako k/n: ${percent(f.equalShare)}`,
    `- Pienin valintatodennäköisyys: ${percent(f.minimum)}${estimated ? ` (arvioitu ${selection.legacyRuns} simuloidusta arvonnasta)` : ""}`,
    `- Suurin valintatodennäköisyys: ${percent(f.maximum)}`,
    `- Gini-kerroin: ${f.gini.toFixed(4)} (0 = kaikilla sama todennäköisyys)`,
    `- Geometrinen keskiarvo: ${percent(f.geometricMean)}`,
    `- Alle puolet tasajaosta saavia: ${f.belowHalfShare}`,
    "",
    "## Kiintiöt",
    "",
    table(["ominaisuus", "arvo", "min", "max", "ilmoittautuneet", "paneelissa"], quotas),
    "",
  ];
  const en = [
    "# Selection report",
    "",
    `Method: ${name.en}. Panel size k = ${selection.instance.k}, volunteers n = ${f.n}.`,
    replaced
      ? `Replacement draw: ${replaced.withdrawn.join(", ")} withdrew from the panel; the others stay selected (probability 100 %), and the open seats were filled within the quotas by: ${replaced.replacements.join(", ") || "nobody"}.`
      : "",
    `Seed: \`${draw.seed}\`${options.seedGenerated ? " (generated at random because none was given)" : ""}. The same seed and files always give the same panel (SHA-256 counter stream, see @kuulo/sortition).`,
    transparent
      ? `Transparent lottery: the lottery was rounded to ${draw.panels!.length} equally likely panels (panels.csv); the seed picked panel number ${draw.chosen! + 1}. Largest deviation from the probabilities: ${(draw.maxDeviation ?? 0).toFixed(4)}.`
      : draw.method === "pipage"
        ? "The panel was drawn from the lottery directly (pipage rounding)."
        : "The panel was drawn with the LEGACY method.",
    "",
    "## Fairness",
    "",
    `- Equal share k/n: ${percent(f.equalShare)}`,
    `- Minimum selection probability: ${percent(f.minimum)}${estimated ? ` (estimated from ${selection.legacyRuns} simulated draws)` : ""}`,
    `- Maximum selection probability: ${percent(f.maximum)}`,
    `- Gini coefficient: ${f.gini.toFixed(4)} (0 = everyone equal)`,
    `- Geometric mean: ${percent(f.geometricMean)}`,
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
    `${stats.classes} classes of interchangeable people, ${stats.levels} LEXIMIN levels, ${stats.panelsGenerated} panels generated, ${stats.ilpSolves} ILP and ${stats.lpSolves} LP solves (HiGHS), ${stats.seconds.toFixed(2)} s.`,
    "",
  ];
  return [...fi, ...en].filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n");
}
