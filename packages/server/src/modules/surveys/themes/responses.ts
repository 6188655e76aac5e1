import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client.js";
import { staffUsers } from "../../identity/index.js";
import { ANALYSIS_STATUSES, type SurveyAnalysis } from "../schema.js";
import { reportOf, themeQuotes } from "./editing.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const sentimentResponse = z
  .object({
    negative: z.number(),
    neutral: z.number(),
    positive: z.number(),
    scored: z.number(),
    balance: z.number(),
    /** Always true: a model trained on film subtitles, read as an indication only. */
    indicative: z.literal(true),
  })
  .nullable();

export const quoteResponse = z.object({ id: z.string(), text: z.string() });

export const analysisResponse = z.object({
  id: z.string(),
  questionId: z.string(),
  status: z.enum(ANALYSIS_STATUSES),
  step: z.string().nullable(),
  done: z.number(),
  total: z.number(),
  error: z.string().nullable(),
  k: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  signedOff: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
  /** The county's language model: whether one is configured, and its summaries of the themes. */
  llm: z.object({
    available: z.boolean(),
    /** The summarising job: null before the first; progress in themes; why it failed. */
    status: z.enum(ANALYSIS_STATUSES).nullable(),
    done: z.number(),
    total: z.number(),
    error: z.string().nullable(),
    summaries: z
      .object({
        model: z.string(),
        at: z.string(),
        themes: z.array(
          z.object({
            themeId: z.string(),
            source: z.enum(["llm", "keywords"]),
            summary: z.string().nullable(),
            citedIds: z.array(z.string()),
            error: z.string().optional(),
          }),
        ),
      })
      .nullable(),
  }),
  warnings: z.array(z.string()),
  excludedQuotes: z.array(z.string()),
  themes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      renamed: z.boolean(),
      keywords: z.array(z.string()),
      isOther: z.boolean(),
      count: z.number(),
      alsoCount: z.number(),
      sentiment: sentimentResponse,
      /** The quotes as they stand: picked by the analyst or suggested, none excluded. */
      quotes: z.array(quoteResponse),
      quotesPicked: z.boolean(),
    }),
  ),
});

export async function toAnalysis(
  db: Db,
  analysis: SurveyAnalysis,
  llmAvailable = false,
): Promise<z.infer<typeof analysisResponse>> {
  const report = reportOf(analysis);
  const quotes = await themeQuotes(db, analysis);
  let by: string | null = null;
  if (analysis.signedOffBy) {
    const [user] = await db
      .select({ email: staffUsers.email })
      .from(staffUsers)
      .where(eq(staffUsers.id, analysis.signedOffBy));
    by = user?.email ?? null;
  }
  return {
    id: analysis.id,
    questionId: analysis.questionId,
    status: analysis.status,
    step: analysis.step,
    done: analysis.done,
    total: analysis.total,
    error: analysis.error,
    k: analysis.k,
    createdAt: analysis.createdAt.toISOString(),
    finishedAt: iso(analysis.finishedAt),
    signedOff: analysis.signedOffAt ? { by, at: analysis.signedOffAt.toISOString() } : null,
    llm: {
      available: llmAvailable,
      status: analysis.llmStatus,
      done: analysis.llmDone,
      total: analysis.llmTotal,
      error: analysis.llmError,
      summaries: analysis.llmSummaries ?? null,
    },
    warnings: report?.warnings ?? [],
    excludedQuotes: analysis.excludedQuotes,
    themes: (report?.themes ?? []).map((t) => ({
      id: t.id,
      label: t.label,
      renamed: t.renamed,
      keywords: t.keywords,
      isOther: t.isOther,
      count: t.count,
      alsoCount: t.alsoAnswerIds.length,
      sentiment: t.sentiment,
      quotes: quotes.get(t.id) ?? [],
      quotesPicked: t.id in analysis.pickedQuotes,
    })),
  };
}

export const themeAnswersResponse = z.object({
  total: z.number(),
  items: z.array(z.object({ id: z.string(), text: z.string(), excludedFromQuotes: z.boolean() })),
});
