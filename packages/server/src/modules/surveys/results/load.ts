import { type Definition, parseDefinition } from "@kuulo/survey";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { loadSurvey } from "../building.js";
import { type ResponseChannel, type Survey, surveyResponses, surveyVersions } from "../schema.js";

export interface ResultFilters {
  channel?: ResponseChannel[] | undefined;
  version?: number[] | undefined;
}

export interface LoadedResponse {
  id: string;
  version: number;
  channel: ResponseChannel;
  sourceNote: string | null;
  answers: Record<string, unknown>;
  submittedAt: Date | null;
}

export interface LoadedResults {
  survey: Survey;
  /** The newest version's definition: answers of every version are read by question id. */
  definition: Definition;
  versions: { number: number; publishedAt: Date; responses: number }[];
  responses: LoadedResponse[];
}

/**
 * The survey's complete responses of every version (or the filtered channels and versions),
 * oldest first, with the newest version's definition: answers are matched by question id, so
 * a question kept across versions counts all its answers; one dropped later is not shown.
 */
export async function loadResults(
  db: Db,
  options: { organizationId: string; surveyId: string; filters?: ResultFilters },
): Promise<LoadedResults> {
  const survey = await loadSurvey(db, options);
  const versions = await db
    .select()
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.organizationId, options.organizationId),
        eq(surveyVersions.surveyId, survey.id),
      ),
    )
    .orderBy(asc(surveyVersions.number));
  const newest = versions.at(-1);
  if (!newest) throw new AppError("conflict", "The survey has no published version yet.");
  const filters = options.filters ?? {};
  const conditions = [
    eq(surveyResponses.organizationId, options.organizationId),
    eq(surveyResponses.surveyId, survey.id),
    eq(surveyResponses.status, "complete"),
  ];
  if (filters.channel?.length) conditions.push(inArray(surveyResponses.channel, filters.channel));
  if (filters.version?.length) {
    const ids = versions.filter((v) => filters.version!.includes(v.number)).map((v) => v.id);
    conditions.push(inArray(surveyResponses.versionId, ids.length ? ids : [newest.id]));
    if (!ids.length) conditions.push(eq(surveyResponses.id, newest.id)); // no such version: none
  }
  const rows = await db
    .select({
      id: surveyResponses.id,
      versionId: surveyResponses.versionId,
      channel: surveyResponses.channel,
      sourceNote: surveyResponses.sourceNote,
      answers: surveyResponses.answers,
      submittedAt: surveyResponses.submittedAt,
    })
    .from(surveyResponses)
    .where(and(...conditions))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));
  const counts = new Map<number, number>();
  const responses = rows.map(({ versionId, ...row }) => {
    const version = numberOf.get(versionId)!;
    counts.set(version, (counts.get(version) ?? 0) + 1);
    return { ...row, version };
  });
  return {
    survey,
    definition: parseDefinition(newest.definition),
    versions: versions.map((v) => ({
      number: v.number,
      publishedAt: v.publishedAt,
      responses: counts.get(v.number) ?? 0,
    })),
    responses,
  };
}
