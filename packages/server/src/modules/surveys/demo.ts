import { type DefinitionInput, parseDefinition } from "@kuulo/survey";
import type { Db } from "../../db/client.js";
import type { DemoSeeder } from "../define.js";
import { checkedAnswers } from "./answering.js";
import { createSurvey, publishSurvey } from "./building.js";
import { demoAnswer, demoThemeName } from "./demo-answers.js";
import { publishResults } from "./publication/publishing.js";
import { surveyResponses } from "./schema.js";
import { loadAnalysis, startAnalysis } from "./themes/analysis.js";
import { editThemes, reportOf, signOff } from "./themes/editing.js";
import { ThemeWorkers } from "./themes/workers.js";

const opt = (value: string, fi: string, sv: string, en: string) => ({
  value,
  label: { fi, sv, en },
});

/** A service-experience survey (fi/sv/en), as the demo county shows it. */
export const serviceExperience: DefinitionInput = {
  languages: ["fi", "sv", "en"],
  title: {
    fi: "Kokemuksesi palveluistamme",
    sv: "Din erfarenhet av våra tjänster",
    en: "Your experience of our services",
  },
  intro: {
    fi: "Vastaaminen vie noin viisi minuuttia. Vastaukset käsitellään nimettöminä.",
    sv: "Det tar cirka fem minuter att svara. Svaren behandlas anonymt.",
    en: "Answering takes about five minutes. Answers are handled anonymously.",
  },
  pages: [
    {
      id: "use",
      questions: [
        {
          id: "service",
          type: "single",
          required: true,
          text: {
            fi: "Mitä palvelua käytit viimeksi?",
            sv: "Vilken tjänst använde du senast?",
            en: "Which service did you last use?",
          },
          options: [
            opt("health", "Terveysasema", "Hälsostation", "Health centre"),
            opt("library", "Kirjasto", "Bibliotek", "Library"),
            opt("social", "Sosiaalipalvelut", "Socialtjänster", "Social services"),
          ],
          other: true,
        },
        {
          id: "home",
          type: "municipality",
          text: { fi: "Kotikuntasi", sv: "Din hemkommun", en: "Your home municipality" },
          attribute: "municipality",
          // The demo county's municipalities (as its pool has them), also when the pool is not seeded.
          municipalities: ["179", "182", "249", "592", "216", "410", "500", "172", "992", "931"],
        },
      ],
    },
    {
      id: "experience",
      questions: [
        {
          id: "satisfied",
          type: "likert",
          required: true,
          text: {
            fi: "Olin tyytyväinen saamaani palveluun.",
            sv: "Jag var nöjd med servicen.",
            en: "I was satisfied with the service.",
          },
        },
        {
          id: "recommend",
          type: "scale",
          min: 0,
          max: 10,
          text: {
            fi: "Kuinka todennäköisesti suosittelisit palvelua?",
            sv: "Hur troligt är det att du rekommenderar tjänsten?",
            en: "How likely would you recommend the service?",
          },
        },
        {
          id: "improve",
          type: "text",
          long: true,
          text: {
            fi: "Mitä meidän pitäisi parantaa?",
            sv: "Vad borde vi förbättra?",
            en: "What should we improve?",
          },
          showIf: { question: "satisfied", op: "at_most", value: 3 },
        },
      ],
    },
  ],
};

/** How many synthetic responses the demo survey has. */
export const DEMO_RESPONSES = 300;

/**
 * The demo county's service-experience survey, finished: a few hundred synthetic complete
 * responses (Finnish open answers from demo-answers.ts), the open answers analysed, the themes
 * named in Finnish and signed off, and the results page published.
 */
export const seedDemoSurvey: DemoSeeder = async (db, { organization }) => {
  const actor = { label: "demo" };
  const survey = await createSurvey(db, {
    organizationId: organization.id,
    actor,
    input: {
      slug: "palvelukokemus",
      title: "Kokemuksesi palveluistamme",
      anonymity: "anonymous",
      kioskAllowed: true,
      definition: serviceExperience as Record<string, unknown>,
    },
  });
  const { version } = await publishSurvey(db, {
    organizationId: organization.id,
    surveyId: survey.id,
    actor,
  });
  const definition = parseDefinition(version.definition);
  const home = definition.pages[0]!.questions[1]!;
  const municipalities = home.type === "municipality" ? home.municipalities : [];
  const services = ["health", "library", "social"];
  const rows = Array.from({ length: DEMO_RESPONSES }, (_, i) => {
    const satisfied = ((i * 7) % 5) + 1;
    const answers = checkedAnswers(
      definition,
      {
        service: { choice: services[i % 3] },
        ...(municipalities.length ? { home: municipalities[i % municipalities.length] } : {}),
        satisfied,
        recommend: (i * 3) % 11,
        // Most of the less satisfied say what to improve.
        ...(satisfied <= 3 && i % 8 !== 5 ? { improve: demoAnswer(i).text } : {}),
      },
      { requireAll: true },
    );
    const submittedAt = new Date(Date.now() - (DEMO_RESPONSES - i) * 1_200_000);
    return {
      organizationId: organization.id,
      surveyId: survey.id,
      versionId: version.id,
      channel: i % 6 === 0 ? ("paper" as const) : ("web" as const),
      ...(i % 6 === 0 ? { sourceNote: `Paperilomake ${i / 6 + 1}` } : {}),
      status: "complete" as const,
      answers,
      startedAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
    };
  });
  await db.insert(surveyResponses).values(rows);
  await approveDemoThemes(db, { organizationId: organization.id, surveyId: survey.id });
  await publishResults(db, {
    organizationId: organization.id,
    surveyId: survey.id,
    visibility: "public",
    actor,
  });
};

/** Analyses the open question, names the themes in Finnish and signs them off (as "demo"). */
async function approveDemoThemes(db: Db, target: { organizationId: string; surveyId: string }) {
  const workers = new ThemeWorkers();
  try {
    const t = { ...target, questionId: "improve", userId: null };
    const { done } = await startAnalysis(db, { ...t, workers });
    await done;
    const analysis = await loadAnalysis(db, t);
    if (analysis.status !== "done") throw new Error(`demo analysis: ${analysis.error}`);
    const used = new Set<string>();
    for (const theme of reportOf(analysis)?.themes ?? []) {
      const label = theme.isOther ? undefined : demoThemeName(theme.keywords);
      if (!label || used.has(label)) continue;
      used.add(label);
      await editThemes(db, { ...t, workers, edit: { type: "rename", themeId: theme.id, label } });
    }
    await signOff(db, t);
  } finally {
    await workers.close();
  }
}
