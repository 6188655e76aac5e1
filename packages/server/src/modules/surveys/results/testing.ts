import type { StaffClient } from "../../../test-app.js";

const t = (fi: string) => ({ fi });
const opts = (...values: string[]) => values.map((value) => ({ value, label: t(value) }));

/** A survey with the three pool attributes (birth year, gender, municipality) and a Likert question. */
export function weightedSurveyInput(slug: string) {
  return {
    slug,
    title: `Tulokset ${slug}`,
    definition: {
      languages: ["fi"],
      title: t("Palvelukokemus"),
      pages: [
        {
          id: "p1",
          questions: [
            { id: "sat", type: "likert", text: t("Olin tyytyväinen"), required: true },
            { id: "used", type: "single", text: t("Käytitkö?"), options: opts("yes", "no") },
            {
              id: "born",
              type: "number",
              attribute: "birthYear",
              text: t("Syntymävuosi"),
              min: 1900,
              max: 2020,
              integer: true,
            },
            {
              id: "gender",
              type: "single",
              attribute: "gender",
              text: t("Sukupuoli"),
              options: opts("woman", "man", "muu"),
            },
            {
              id: "home",
              type: "municipality",
              attribute: "municipality",
              text: t("Kotikunta"),
              municipalities: ["179", "992"],
            },
          ],
        },
      ],
    },
  };
}

/** Respondents per municipality, gender and age (20 or 50 this year), unlike the population's shares. */
export const SAMPLE: [string, "man" | "woman", number, number][] = [
  ["179", "man", 20, 8],
  ["179", "man", 50, 3],
  ["179", "woman", 20, 8],
  ["179", "woman", 50, 3],
  ["992", "man", 20, 3],
  ["992", "man", 50, 5],
  ["992", "woman", 20, 4],
  ["992", "woman", 50, 6],
];

/** Enters the SAMPLE as paper forms (Likert answer by a simple rule) and two with gender "other". */
export async function enterSample(staff: StaffClient, url: string): Promise<number> {
  const year = new Date().getUTCFullYear();
  let n = 0;
  const enter = async (answers: Record<string, unknown>) => {
    const res = await staff.request({
      method: "POST",
      url: `${url}/entries`,
      payload: { channel: "paper", sourceNote: `Lomake ${++n}`, answers },
    });
    if (res.statusCode !== 201) throw new Error(`entry: ${res.body}`);
  };
  for (const [home, gender, age, count] of SAMPLE) {
    for (let i = 0; i < count; i++) {
      await enter({
        sat: gender === "woman" ? 5 : age === 20 ? 2 : 4,
        used: { choice: i % 2 ? "yes" : "no" },
        born: year - age,
        gender: { choice: gender },
        home,
      });
    }
  }
  for (let i = 0; i < 2; i++)
    await enter({ sat: 3, gender: { choice: "muu" }, born: year - 20, home: "179" });
  return n;
}
