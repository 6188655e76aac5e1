import {
  allQuestions,
  type Definition,
  type Lang,
  parseDefinition,
  pickText,
  type QuestionResult,
  surveyResults,
  valueLabels,
} from "@kuulo/survey";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  currentAnalyses,
  latestVersion,
  loadPublication,
  loadSurvey,
  MIN_PUBLIC_COUNT,
  publicResult,
  type RespondentComposition,
  reportOf,
  respondentComposition,
  surveyResponses,
  textQuestions,
  themeQuotes,
} from "../surveys/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { groupName } from "./groups.js";
import { periodLabels } from "./period/texts.js";
import { sinceSection } from "./since.js";
import { type BriefLanguage, day, labels, percent } from "./texts.js";

type Count = { value: string; count: number | null; share: number | null; suppressed?: boolean };

/**
 * A survey's brief: responses by channel, per-question headline figures with small cells
 * suppressed as on the public page, and each open question's signed-off themes with their
 * approved quotes only (a question whose themes are not signed off says so, without themes).
 */
export async function surveyBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const survey = await loadSurvey(db, { organizationId, surveyId: options.id });
  const scope = { organizationId, surveyId: survey.id };
  const complete = and(
    eq(surveyResponses.organizationId, organizationId),
    eq(surveyResponses.surveyId, survey.id),
    eq(surveyResponses.status, "complete"),
  );
  const channels = await db
    .select({ channel: surveyResponses.channel, n: count() })
    .from(surveyResponses)
    .where(complete)
    .groupBy(surveyResponses.channel)
    .orderBy(surveyResponses.channel);
  const total = channels.reduce((sum, c) => sum + c.n, 0);
  const figures: BriefSection = {
    key: "figures",
    heading: t("figures"),
    blocks: [
      {
        type: "table",
        table: {
          caption: t("figures"),
          columns: [t("figure"), t("value")],
          rows: [
            [t("responses"), total],
            [t("opens"), day(survey.opensAt ?? survey.createdAt)],
            [t("closes"), day(survey.closesAt) ?? t("notSet")],
          ],
        },
      },
      {
        type: "table",
        table: {
          caption: t("byChannel"),
          columns: [t("channel"), t("count"), t("share")],
          rows: channels.map((c) => [c.channel, c.n, total ? c.n / total : 0]),
          shares: [2],
          bar: 2,
        },
      },
    ],
  };
  const findings: BriefBlock[] = [];
  let participation: BriefBlock[] = [{ type: "paragraph", text: t("noBackgroundSurvey") }];
  const version = await latestVersion(db, survey.id);
  if (version) {
    const definition: Definition = parseDefinition(version.definition);
    const rows = await db
      .select({ id: surveyResponses.id, answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(complete)
      .orderBy(asc(surveyResponses.submittedAt));
    const results = surveyResults(
      definition,
      rows.map((r) => ({ answers: r.answers, complete: true })),
    );
    findings.push(...headlines(definition, results, language));
    participation = compositionBlocks(
      await respondentComposition(db, {
        organizationId,
        definition,
        responses: rows.map((r) => ({ id: r.id, answers: r.answers as Record<string, unknown> })),
      }),
      language,
    );
    findings.push(...(await themeBlocks(db, scope, definition, language)));
  }
  return {
    kind: "survey",
    id: survey.id,
    title: survey.title,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic: (await loadPublication(db, scope))?.visibility === "public",
    sections: [
      figures,
      {
        key: "participation",
        heading: t("participation"),
        blocks: participation,
      },
      { key: "findings", heading: t("findings"), blocks: findings },
      await sinceSection(db, { organizationId, kind: "survey", id: survey.id, language }),
    ],
  };
}

/** Who answered against the population, or why that cannot be shown. */
function compositionBlocks(found: RespondentComposition, language: BriefLanguage): BriefBlock[] {
  const t = labels(language);
  if (!found.available) {
    const reason =
      found.reason === "no_population"
        ? t("noPopulation")
        : found.reason === "no_respondents"
          ? t("noRespondents")
          : found.reason === "no_background_questions"
            ? t("noBackgroundSurvey")
            : found.message;
    return [{ type: "paragraph", text: reason }];
  }
  const p = periodLabels(language);
  return [
    { type: "paragraph", text: `${t("compositionSurvey")} (${found.population.label})` },
    ...found.dimensions.map(
      (d): BriefBlock => ({
        type: "table",
        table: {
          caption: `${p(`dimension_${d.dimension}`)} (n = ${d.people}, D = ${percent(d.D, language)})`,
          columns: [p("groupCol"), t("responses"), t("respondentsShare"), t("populationShare")],
          rows: d.groups.map((g) => [
            groupName(d.dimension, g.group, language),
            g.people >= MIN_PUBLIC_COUNT ? g.people : null,
            g.people >= MIN_PUBLIC_COUNT ? g.groupShare : null,
            g.populationShare,
          ]),
          shares: [2, 3],
          bar: 2,
        },
      }),
    ),
  ];
}

const text = (value: Parameters<typeof pickText>[0], language: BriefLanguage) =>
  pickText(value, language as Lang)?.text ?? "";

/** One table per closed question: its options' counts and shares, small cells hidden. */
export function headlines(
  definition: Definition,
  results: QuestionResult[],
  language: BriefLanguage,
): BriefBlock[] {
  const t = labels(language);
  const questions = new Map(
    allQuestions(definition).map(({ question }) => [question.id, question]),
  );
  const blocks: BriefBlock[] = [];
  for (const result of results) {
    const question = questions.get(result.question);
    if (!question || result.type === "text") continue;
    const caption = `${text(question.text, language)} (${t("answered")} ${result.answered})`;
    const shown = publicResult(result) as Record<string, unknown> & { suppressed: boolean };
    if (shown.suppressed) {
      blocks.push({ type: "paragraph", text: `${caption}: ${t("suppressed")}.` });
      continue;
    }
    const counts = (shown.options ?? shown.distribution ?? shown.municipalities) as
      | Count[]
      | undefined;
    if (!counts) continue;
    const label = new Map(valueLabels(question).map((v) => [v.value, text(v.label, language)]));
    blocks.push({
      type: "table",
      table: {
        caption,
        columns: [t("option"), t("count"), t("share")],
        rows: counts.map((c) => [
          label.get(c.value) || c.value,
          c.suppressed ? t("suppressed") : c.count,
          c.suppressed ? null : c.share,
        ]),
        shares: [2],
        bar: 2,
      },
    });
  }
  return blocks;
}

/** Each open question's signed-off themes with approved quotes; others only say they wait. */
async function themeBlocks(
  db: Db,
  scope: { organizationId: string; surveyId: string },
  definition: Definition,
  language: BriefLanguage,
): Promise<BriefBlock[]> {
  const t = labels(language);
  const questions = new Map(
    allQuestions(definition).map(({ question }) => [question.id, question]),
  );
  const current = await currentAnalyses(db, scope);
  const blocks: BriefBlock[] = [];
  for (const { questionId } of await textQuestions(db, scope)) {
    const heading = text(questions.get(questionId)?.text, language) || questionId;
    const analysis = current.get(questionId);
    if (analysis?.status !== "done" || !analysis.signedOffAt) {
      blocks.push({ type: "paragraph", text: `${heading}: ${t("themesPending")}.` });
      continue;
    }
    const quotes = await themeQuotes(db, analysis);
    const themes = (reportOf(analysis)?.themes ?? []).filter(
      (theme) => theme.count >= MIN_PUBLIC_COUNT || !theme.isOther,
    );
    blocks.push({
      type: "table",
      table: {
        caption: `${heading}: ${t("themes")}`,
        columns: [t("theme"), t("count")],
        rows: themes.map((theme) => [
          theme.label,
          theme.count < MIN_PUBLIC_COUNT ? t("suppressed") : theme.count,
        ]),
      },
    });
    for (const theme of themes) {
      const approved = quotes.get(theme.id) ?? [];
      if (approved.length)
        blocks.push({
          type: "quotes",
          heading: `${theme.label}: ${t("quotes")}`,
          quotes: approved.map((q) => q.text),
        });
    }
  }
  return blocks;
}
