// The wordings a survey gets without writing them: Likert's agree–disagree points, "can't
// say", "other, what?" and "somewhere else", in fi/sv/en. The web, the exports and the code
// book use the same ones.
import type { LocalText, Question } from "./model.js";
import { DONT_KNOW, OTHER } from "./model.js";

const LIKERT_5: LocalText[] = [
  { fi: "Täysin eri mieltä", sv: "Helt av annan åsikt", en: "Strongly disagree" },
  { fi: "Jokseenkin eri mieltä", sv: "Delvis av annan åsikt", en: "Somewhat disagree" },
  {
    fi: "Ei samaa eikä eri mieltä",
    sv: "Varken av samma eller annan åsikt",
    en: "Neither agree nor disagree",
  },
  { fi: "Jokseenkin samaa mieltä", sv: "Delvis av samma åsikt", en: "Somewhat agree" },
  { fi: "Täysin samaa mieltä", sv: "Helt av samma åsikt", en: "Strongly agree" },
];

const LIKERT_7: LocalText[] = [
  LIKERT_5[0]!,
  { fi: "Eri mieltä", sv: "Av annan åsikt", en: "Disagree" },
  LIKERT_5[1]!,
  LIKERT_5[2]!,
  LIKERT_5[3]!,
  { fi: "Samaa mieltä", sv: "Av samma åsikt", en: "Agree" },
  LIKERT_5[4]!,
];

/** The default labels of a Likert question's points, 1 (strongly disagree) first. */
export function likertLabels(points: 5 | 7): LocalText[] {
  return points === 5 ? LIKERT_5 : LIKERT_7;
}

export const DONT_KNOW_LABEL: LocalText = {
  fi: "En osaa sanoa",
  sv: "Kan inte säga",
  en: "Can't say",
};
export const OTHER_LABEL: LocalText = { fi: "Muu, mikä?", sv: "Annat, vad?", en: "Other, what?" };
export const ELSEWHERE_LABEL: LocalText = {
  fi: "Muu kunta",
  sv: "Annan kommun",
  en: "Somewhere else",
};

/** The values a closed question's answer can hold with their labels (code book, imports). */
export function valueLabels(q: Question): { value: string; label: LocalText }[] {
  switch (q.type) {
    case "single":
    case "multiple":
    case "ranking":
      return [
        ...q.options,
        ...(q.type !== "ranking" && q.other ? [{ value: OTHER, label: OTHER_LABEL }] : []),
      ];
    case "likert": {
      const labels = q.labels ?? likertLabels(q.points);
      return [
        ...labels.map((label, i) => ({ value: String(i + 1), label })),
        ...(q.dontKnow ? [{ value: DONT_KNOW, label: DONT_KNOW_LABEL }] : []),
      ];
    }
    case "scale": {
      const points = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
      return [
        ...points.map((p) => ({
          value: String(p),
          label: (p === q.min ? q.minLabel : p === q.max ? q.maxLabel : undefined) ?? {
            fi: String(p),
          },
        })),
        ...(q.dontKnow ? [{ value: DONT_KNOW, label: DONT_KNOW_LABEL }] : []),
      ];
    }
    case "grid":
      return q.columns;
    case "municipality":
      return [
        ...q.municipalities.map((code) => ({ value: code, label: { fi: code } })),
        ...(q.other ? [{ value: OTHER, label: ELSEWHERE_LABEL }] : []),
      ];
    default:
      return [];
  }
}
