// A small survey with every question type and a condition, for tests here and in the server.
import { parseDefinition } from "./definition.js";
import type { Definition, DefinitionInput } from "./model.js";

const t = (fi: string, sv?: string, en?: string) => ({
  fi,
  ...(sv ? { sv } : {}),
  ...(en ? { en } : {}),
});
const opts = (...values: string[]) => values.map((value) => ({ value, label: t(value) }));

export const everyTypeInput: DefinitionInput = {
  languages: ["fi", "sv"],
  title: t("Kokemuksia palveluista", "Erfarenheter av tjänster"),
  pages: [
    {
      id: "start",
      questions: [
        {
          id: "used",
          type: "single",
          text: t("Käytitkö palvelua?"),
          options: opts("yes", "no"),
          required: true,
        },
        {
          id: "channels",
          type: "multiple",
          text: t("Mitä kanavia käytit?"),
          options: opts("phone", "web", "visit"),
          other: true,
          maxChoices: 3,
          showIf: { question: "used", op: "is", value: "yes" },
        },
        {
          id: "home",
          type: "municipality",
          text: t("Kotikunta"),
          municipalities: ["837", "980"],
          attribute: "municipality",
        },
      ],
    },
    {
      id: "experience",
      showIf: { question: "used", op: "is", value: "yes" },
      questions: [
        { id: "satisfied", type: "likert", text: t("Olin tyytyväinen"), required: true },
        { id: "recommend", type: "scale", text: t("Suosittelisitko?"), min: 0, max: 10 },
        { id: "visits", type: "number", text: t("Montako kertaa?"), min: 0, max: 365 },
        {
          id: "aspects",
          type: "grid",
          text: t("Arvioi"),
          rows: opts("speed", "kindness"),
          columns: opts("1", "2", "3", "4", "5"),
        },
        {
          id: "priorities",
          type: "ranking",
          text: t("Järjestä"),
          options: opts("a", "b", "c"),
          rankCount: 2,
        },
        {
          id: "why",
          type: "text",
          long: true,
          text: t("Miksi?"),
          showIf: { question: "satisfied", op: "at_most", value: 2 },
        },
      ],
    },
    {
      id: "end",
      questions: [{ id: "comments", type: "text", text: t("Terveiset"), maxLength: 300 }],
    },
  ],
};

export const everyType: Definition = parseDefinition(everyTypeInput);
