import type { DefinitionInput } from "@kuulo/survey";
import type { StaffClient } from "../../test-app.js";

const t = (fi: string, sv?: string) => ({ fi, ...(sv ? { sv } : {}) });
const opts = (...values: string[]) => values.map((value) => ({ value, label: t(value) }));

/** One page, one required yes/no question: the smallest publishable survey (route walks). */
export function sampleSurveyInput(slug: string): Record<string, unknown> {
  return {
    slug,
    title: `Kysely ${slug}`,
    kioskAllowed: true,
    definition: {
      languages: ["fi"],
      title: t("Kysely"),
      pages: [
        {
          id: "p1",
          questions: [
            {
              id: "q1",
              type: "single",
              text: t("Kyllä vai ei?"),
              options: opts("yes", "no"),
              required: true,
            },
            { id: "wishes", type: "text", text: t("Mitä parantaisit?") },
          ],
        },
      ],
    },
  };
}

/** A small `;` CSV of results from another tool (BOM, ä/ö), base64, for the import routes. */
export const sampleImportFile = () =>
  Buffer.from(
    "\ufeffTyytyväisyys;Kotikunta\r\n4;Jyväskylä\r\n5;Äänekoski\r\n4;Jyväskylä\r\n",
  ).toString("base64");

/** A staff entry that fits `sampleSurveyInput`. */
export const sampleEntry = () => ({
  channel: "paper",
  sourceNote: "Paperilomake 1",
  answers: { q1: { choice: "yes" } },
});

/**
 * Every question type on three pages, with conditions on a question and a page; the
 * municipality question takes the organization's municipalities (left empty here).
 */
export const everyTypeSurvey: DefinitionInput = {
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
          other: true,
        },
        {
          id: "channels",
          type: "multiple",
          text: t("Mitä kanavia käytit?"),
          options: opts("phone", "web", "visit"),
          other: true,
          maxChoices: 2,
          showIf: { question: "used", op: "is", value: "yes" },
        },
        { id: "home", type: "municipality", text: t("Kotikunta"), municipalities: [] },
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
          columns: opts("1", "2", "3"),
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

/** Creates and publishes a survey through the API; answers its id. */
export async function publishedSurvey(
  staff: StaffClient,
  orgSlug: string,
  input: Record<string, unknown>,
): Promise<string> {
  const created = await staff.request({
    method: "POST",
    url: `/api/orgs/${orgSlug}/surveys`,
    payload: input,
  });
  if (created.statusCode !== 201) throw new Error(`create survey: ${created.body}`);
  const id = created.json().id as string;
  const published = await staff.request({
    method: "POST",
    url: `/api/orgs/${orgSlug}/surveys/${id}/publish`,
  });
  if (published.statusCode !== 200) throw new Error(`publish survey: ${published.body}`);
  return id;
}

/**
 * For the route walks (tests only): a language model that is configured and allowed by the
 * outbound policy but not listening, so that "summarise with the language model" answers 200
 * with every theme fallen back to its keywords, without a network.
 */
export const UNREACHABLE_LLM = "http://127.0.0.1:9";
export const unreachableLlmEnv = (allow: string[] = []) => ({
  LLM_BASE_URL: `${UNREACHABLE_LLM}/v1`,
  LLM_MODEL: "none",
  OUTBOUND_URL_ALLOW: [...allow, UNREACHABLE_LLM].join(","),
});
