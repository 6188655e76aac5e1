import { type Definition, type DefinitionInput, parseDefinition, SurveyError } from "@kuulo/survey";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { poolSettings } from "../pool/index.js";
import { problemsError, sameDefinition } from "./problems.js";
import {
  type Survey,
  type SurveyVersion,
  surveyResponses,
  surveys,
  surveyVersions,
} from "./schema.js";
import type { CreateSurveyInput, UpdateSurveyInput } from "./validation.js";

/** The organization's municipalities (the pool's settings), the default of municipality questions. */
async function orgMunicipalities(db: Db, organizationId: string): Promise<string[]> {
  const [row] = await db
    .select({ municipalities: poolSettings.municipalities })
    .from(poolSettings)
    .where(eq(poolSettings.organizationId, organizationId));
  return row?.municipalities ?? [];
}

/**
 * Parses a draft with @kuulo/survey; a municipality question without its list gets the
 * organization's municipalities. Problems answer 400 with their paths under body.definition.
 */
export async function checkDefinition(
  db: Db,
  organizationId: string,
  input: Record<string, unknown>,
): Promise<Definition> {
  const municipalities = await orgMunicipalities(db, organizationId);
  const filled = structuredClone(input) as { pages?: { questions?: Record<string, unknown>[] }[] };
  for (const page of Array.isArray(filled.pages) ? filled.pages : []) {
    for (const q of Array.isArray(page?.questions) ? page.questions : []) {
      if (
        q?.type === "municipality" &&
        !(Array.isArray(q.municipalities) && q.municipalities.length)
      )
        q.municipalities = municipalities;
    }
  }
  try {
    return parseDefinition(filled);
  } catch (error) {
    if (error instanceof SurveyError) {
      throw problemsError("The survey has problems.", error.problems, "body.definition");
    }
    throw error;
  }
}

/** The organization's survey, or 404 (also for another organization's). */
export async function loadSurvey(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<Survey> {
  const [survey] = await db
    .select()
    .from(surveys)
    .where(
      and(eq(surveys.organizationId, options.organizationId), eq(surveys.id, options.surveyId)),
    );
  if (!survey) throw new AppError("not_found", "No such survey.");
  return survey;
}

/** The newest published version, if any. */
export async function latestVersion(db: Db, surveyId: string): Promise<SurveyVersion | undefined> {
  const [version] = await db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.number))
    .limit(1);
  return version;
}

export async function createSurvey(
  db: Db,
  options: { organizationId: string; input: CreateSurveyInput; actor: Actor },
): Promise<Survey> {
  const { input } = options;
  const definition = await checkDefinition(db, options.organizationId, input.definition);
  return db.transaction(async (tx) => {
    const [survey] = await tx
      .insert(surveys)
      .values({
        organizationId: options.organizationId,
        slug: input.slug,
        title: input.title,
        anonymity: input.anonymity,
        opensAt: input.opensAt ? new Date(input.opensAt) : null,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        kioskAllowed: input.kioskAllowed,
        embedOrigins: input.embedOrigins ?? [],
        draft: definition as DefinitionInput,
      })
      .onConflictDoNothing()
      .returning();
    if (!survey) {
      throw new AppError("validation.failed", "The address is already used by another survey.", {
        errors: [{ path: "body.slug", code: "invalid_value", message: "already used" }],
      });
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "survey.created",
      targetType: "survey",
      targetId: survey.id,
      detail: { slug: survey.slug, title: survey.title },
    });
    return survey;
  });
}

/** Saves the working draft and settings; published versions stay as they were. */
export async function updateSurvey(
  db: Db,
  options: { organizationId: string; surveyId: string; input: UpdateSurveyInput },
): Promise<Survey> {
  const survey = await loadSurvey(db, options);
  const { input } = options;
  const definition = input.definition
    ? await checkDefinition(db, options.organizationId, input.definition)
    : undefined;
  const [saved] = await db
    .update(surveys)
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.anonymity !== undefined ? { anonymity: input.anonymity } : {}),
      ...(input.opensAt !== undefined
        ? { opensAt: input.opensAt ? new Date(input.opensAt) : null }
        : {}),
      ...(input.closesAt !== undefined
        ? { closesAt: input.closesAt ? new Date(input.closesAt) : null }
        : {}),
      ...(input.kioskAllowed !== undefined ? { kioskAllowed: input.kioskAllowed } : {}),
      ...(input.embedOrigins !== undefined ? { embedOrigins: input.embedOrigins } : {}),
      ...(definition ? { draft: definition as DefinitionInput } : {}),
      updatedAt: new Date(),
    })
    .where(eq(surveys.id, survey.id))
    .returning();
  return saved!;
}

/**
 * Freezes the draft as the next version (audit: survey.published) and opens the survey; a draft
 * equal to the newest version publishes nothing new. Responses keep the version they answered.
 */
export async function publishSurvey(
  db: Db,
  options: { organizationId: string; surveyId: string; actor: Actor },
): Promise<{ survey: Survey; version: SurveyVersion; created: boolean }> {
  return db.transaction(async (tx) => {
    // One publisher at a time: the row lock orders concurrent publishes.
    await tx.execute(
      sql`select 1 from ${surveys} where ${surveys.id} = ${options.surveyId} for update`,
    );
    const survey = await loadSurvey(tx, options);
    const definition = await checkDefinition(tx, options.organizationId, survey.draft);
    const latest = await latestVersion(tx, survey.id);
    const open = survey.status === "draft" ? { status: "open" as const } : {};
    if (latest && sameDefinition(latest.definition, definition)) {
      if (survey.status !== "draft") return { survey, version: latest, created: false };
      const [saved] = await tx
        .update(surveys)
        .set({ status: "open" })
        .where(eq(surveys.id, survey.id))
        .returning();
      return { survey: saved!, version: latest, created: false };
    }
    const [version] = await tx
      .insert(surveyVersions)
      .values({
        organizationId: options.organizationId,
        surveyId: survey.id,
        number: (latest?.number ?? 0) + 1,
        definition: definition as DefinitionInput,
        publishedBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    const [saved] = await tx
      .update(surveys)
      .set({ ...open, updatedAt: new Date() })
      .where(eq(surveys.id, survey.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "survey.published",
      targetType: "survey",
      targetId: survey.id,
      detail: { version: version!.number },
    });
    return { survey: saved!, version: version!, created: true };
  });
}

/** Opens or closes answering (audit: survey.closed / survey.reopened). */
export async function setSurveyStatus(
  db: Db,
  options: { organizationId: string; surveyId: string; status: "open" | "closed"; actor: Actor },
): Promise<Survey> {
  return db.transaction(async (tx) => {
    const survey = await loadSurvey(tx, options);
    if (options.status === "open" && !(await latestVersion(tx, survey.id))) {
      throw new AppError("conflict", "Publish the survey before opening it.");
    }
    const [saved] = await tx
      .update(surveys)
      .set({ status: options.status, updatedAt: new Date() })
      .where(eq(surveys.id, survey.id))
      .returning();
    if (survey.status !== options.status) {
      await recordAudit(tx, {
        organizationId: options.organizationId,
        actor: options.actor,
        action: options.status === "closed" ? "survey.closed" : "survey.reopened",
        targetType: "survey",
        targetId: survey.id,
      });
    }
    return saved!;
  });
}

/** Response counts by survey: complete and in progress. */
export async function responseCounts(
  db: Db,
  organizationId: string,
): Promise<Map<string, { complete: number; inProgress: number }>> {
  const rows = await db
    .select({
      surveyId: surveyResponses.surveyId,
      status: surveyResponses.status,
      n: sql<number>`count(*)::int`,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.organizationId, organizationId))
    .groupBy(surveyResponses.surveyId, surveyResponses.status);
  const counts = new Map<string, { complete: number; inProgress: number }>();
  for (const r of rows) {
    const c = counts.get(r.surveyId) ?? { complete: 0, inProgress: 0 };
    if (r.status === "complete") c.complete = r.n;
    else c.inProgress = r.n;
    counts.set(r.surveyId, c);
  }
  return counts;
}

/** The organization's surveys, newest first, with their newest version and response counts. */
export async function listSurveys(db: Db, organizationId: string) {
  const rows = await db
    .select()
    .from(surveys)
    .where(eq(surveys.organizationId, organizationId))
    .orderBy(desc(surveys.createdAt));
  const counts = await responseCounts(db, organizationId);
  const versions = await db
    .select({
      surveyId: surveyVersions.surveyId,
      number: sql<number>`max(${surveyVersions.number})::int`,
    })
    .from(surveyVersions)
    .where(eq(surveyVersions.organizationId, organizationId))
    .groupBy(surveyVersions.surveyId);
  const latest = new Map(versions.map((v) => [v.surveyId, v.number]));
  return rows.map((survey) => ({
    survey,
    version: latest.get(survey.id) ?? null,
    counts: counts.get(survey.id) ?? { complete: 0, inProgress: 0 },
  }));
}

/** One survey with its newest version and response counts. */
export async function surveyDetail(db: Db, options: { organizationId: string; surveyId: string }) {
  const survey = await loadSurvey(db, options);
  const version = await latestVersion(db, survey.id);
  const counts = (await responseCounts(db, options.organizationId)).get(survey.id) ?? {
    complete: 0,
    inProgress: 0,
  };
  return { survey, version, counts };
}
