// A small phone survey for tests here and (next) in the server's phone module: yes/no with a
// condition, Likert, a 1–5 scale, a 0–10 scale (not by phone), a number, an open question.
import { type Definition, parseDefinition } from "@kuulo/survey";

const t = (fi: string, sv: string) => ({ fi, sv });

export const phoneSurvey: Definition = parseDefinition({
  languages: ["fi", "sv"],
  title: t("Palvelukokemus", "Serviceupplevelse"),
  pages: [
    {
      id: "start",
      questions: [
        {
          id: "used",
          type: "single",
          text: t("Käytitkö kotihoidon palveluja viime vuonna?", "Använde du hemvård förra året?"),
          // listed no-first on purpose: the phone still says yes on 1
          options: [
            { value: "no", label: t("Ei", "Nej") },
            { value: "yes", label: t("Kyllä", "Ja") },
          ],
        },
        {
          id: "satisfied",
          type: "likert",
          text: t("Olin tyytyväinen kotihoitoon.", "Jag var nöjd med hemvården."),
          plain: t("Olitko tyytyväinen kotihoitoon?", "Var du nöjd med hemvården?"),
          showIf: { question: "used", op: "is", value: "yes" },
        },
        {
          id: "grade",
          type: "scale",
          text: t("Millainen arvosana?", "Vilket betyg?"),
          minLabel: t("huono", "dåligt"),
          maxLabel: t("hyvä", "bra"),
        },
        {
          id: "recommend",
          type: "scale",
          min: 0,
          max: 10,
          text: t("Suosittelisitko?", "Skulle du rekommendera?"),
        },
        {
          id: "age",
          type: "number",
          min: 18,
          max: 120,
          text: t("Kuinka vanha olet?", "Hur gammal är du?"),
        },
        { id: "comments", type: "text", text: t("Mitä muuta?", "Något annat?") },
      ],
    },
  ],
});
