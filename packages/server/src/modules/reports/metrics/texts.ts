import type { BriefLanguage } from "../texts.js";

// The metrics dashboard's words (with the brief's and the period report's).
const texts = {
  title: {
    fi: "Osallistumisen mittarit",
    sv: "Mätare för deltagande",
    en: "Participation metrics",
  },
  byActivity: {
    fi: "Osallistujat osallistumisittain ja kanavittain",
    sv: "Deltagare per process och kanal",
    en: "Participants per activity and channel",
  },
  quarters: {
    fi: "Osallistujat vuosineljänneksittäin",
    sv: "Deltagare per kvartal",
    en: "Participants per quarter",
  },
  quarter: { fi: "Neljännes", sv: "Kvartal", en: "Quarter" },
  poolOverTime: {
    fi: "Asukaspaneelin edustavuus ajan mittaan",
    sv: "Invånarpanelens representativitet över tid",
    en: "The resident pool's representativeness over time",
  },
  poolOverTimeIntro: {
    fi: "Erottelevuusindeksi D neljänneksen lopussa (0 % = kuten väestö). Pienempi on parempi.",
    sv: "Olikhetsindexet D i slutet av kvartalet (0 % = som befolkningen). Mindre är bättre.",
    en: "The dissimilarity index D at the end of each quarter (0 % = as the population). Lower is better.",
  },
  at: { fi: "Ajankohta", sv: "Tidpunkt", en: "At" },
  feedbackByActivity: {
    fi: "Osallistujapalaute kyselyittäin",
    sv: "Deltagarrespons per enkät",
    en: "Participant feedback per survey",
  },
  decisionTime: {
    fi: "Aika suosituksesta päätökseen",
    sv: "Tid från rekommendation till beslut",
    en: "Time from recommendation to decision",
  },
  decisionTimeText: {
    fi: "Mediaani {median} päivää (kvartiilit {p25}–{p75}), {n} suositusta. Aika lasketaan suosituksen kirjaamisesta toimenpidetaulukkoon ensimmäiseen päätökseen.",
    sv: "Median {median} dagar (kvartiler {p25}–{p75}), {n} rekommendationer. Tiden räknas från att rekommendationen fördes in i åtgärdstabellen till det första beslutet.",
    en: "Median {median} days (quartiles {p25}–{p75}), {n} recommendations. Counted from the recommendation's entry in its action table to its first decision.",
  },
  noDecisionTime: {
    fi: "Yksikään suositus ei ole vielä edennyt päätökseen taulukon kirjaamisen jälkeen.",
    sv: "Ingen rekommendation har ännu lett till beslut efter att den förts in i tabellen.",
    en: "No recommendation has reached a decision since it was entered in its table.",
  },
  recommendationsInBudget: {
    fi: "Suosituksia talousarvion valmistelussa",
    sv: "Rekommendationer i budgetberedningen",
    en: "Recommendations in budget preparation",
  },
} satisfies Record<string, Record<BriefLanguage, string>>;

export type MetricsTextKey = keyof typeof texts;

export function metricsLabels(language: BriefLanguage): (key: MetricsTextKey) => string {
  return (key) => texts[key][language];
}
