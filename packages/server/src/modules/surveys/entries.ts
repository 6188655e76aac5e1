import { parseDefinition } from "@kuulo/survey";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { recordAudit, recordRead } from "../audit/index.js";
import { checkedAnswers } from "./answering.js";
import { latestVersion, loadSurvey } from "./building.js";
import { type SurveyResponse, surveyResponses, surveyVersions } from "./schema.js";
import type { StaffEntryInput } from "./validation.js";

/**
 * Staff enter a paper form or an interview: checked as a resident's submission is (every
 * required question), complete at once, with the channel and the source note recorded
 * (audit: survey.response_entered). A closed survey still takes late paper forms.
 */
export async function enterResponse(
  db: Db,
  options: { organizationId: string; surveyId: string; userId: string; input: StaffEntryInput },
): Promise<SurveyResponse> {
  return db.transaction(async (tx) => {
    const survey = await loadSurvey(tx, options);
    const version = await latestVersion(tx, survey.id);
    if (!version) throw new AppError("conflict", "Publish the survey before entering answers.");
    const answers = checkedAnswers(parseDefinition(version.definition), options.input.answers, {
      requireAll: true,
    });
    const now = new Date();
    const [response] = await tx
      .insert(surveyResponses)
      .values({
        organizationId: options.organizationId,
        surveyId: survey.id,
        versionId: version.id,
        channel: options.input.channel,
        sourceNote: options.input.sourceNote,
        status: "complete",
        answers,
        enteredBy: options.userId,
        submittedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: { userId: options.userId },
      action: "survey.response_entered",
      targetType: "survey_response",
      targetId: response!.id,
      detail: { surveyId: survey.id, channel: options.input.channel, version: version.number },
    });
    return response!;
  });
}

/** The survey's complete responses with their answers, newest first (the read is logged). */
export async function listResponses(
  db: Db,
  options: { organizationId: string; surveyId: string; userId: string; limit: number },
) {
  const survey = await loadSurvey(db, options);
  const rows = await db
    .select({ response: surveyResponses, version: surveyVersions.number })
    .from(surveyResponses)
    .innerJoin(surveyVersions, eq(surveyVersions.id, surveyResponses.versionId))
    .where(
      and(
        eq(surveyResponses.organizationId, options.organizationId),
        eq(surveyResponses.surveyId, survey.id),
        eq(surveyResponses.status, "complete"),
      ),
    )
    .orderBy(desc(surveyResponses.submittedAt))
    .limit(options.limit);
  await recordRead(db, {
    organizationId: options.organizationId,
    userId: options.userId,
    action: "survey.responses_read",
    targetType: "survey",
    targetId: survey.id,
    detail: { count: rows.length },
  });
  return rows;
}
