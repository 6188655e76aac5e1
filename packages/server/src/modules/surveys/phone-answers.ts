import type { Answer } from "@kuulo/survey";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { surveyResponses } from "./schema.js";

/**
 * The phone channel's writes (modules/phone): each keypad answer stored the moment it is given
 * into a response with channel "phone" (a hang-up keeps the answers so far), and the response
 * finished when the call ends. The flow (`@kuulo/phone`) has checked the answer against the
 * question already.
 */

/** Stores one answer; makes the response with the first one. Returns the response's id. */
export async function savePhoneAnswer(
  db: Db,
  options: {
    organizationId: string;
    surveyId: string;
    versionId: string;
    responseId: string | null;
    question: string;
    value: Answer;
  },
): Promise<string> {
  const answer = { [options.question]: options.value };
  if (options.responseId) {
    const [saved] = await db
      .update(surveyResponses)
      .set({
        answers: sql`${surveyResponses.answers} || ${JSON.stringify(answer)}::jsonb`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(surveyResponses.id, options.responseId),
          eq(surveyResponses.organizationId, options.organizationId),
        ),
      )
      .returning({ id: surveyResponses.id });
    if (saved) return saved.id;
  }
  const [made] = await db
    .insert(surveyResponses)
    .values({
      organizationId: options.organizationId,
      surveyId: options.surveyId,
      versionId: options.versionId,
      channel: "phone",
      sourceNote: "robot call",
      status: "in_progress",
      answers: answer,
    })
    .returning({ id: surveyResponses.id });
  return made!.id;
}

/** Finishes a phone response (all the questions, or a hang-up with the answers so far). */
export async function finishPhoneResponse(
  db: Db,
  options: { organizationId: string; responseId: string; at?: Date },
): Promise<void> {
  const at = options.at ?? new Date();
  await db
    .update(surveyResponses)
    .set({ status: "complete", submittedAt: at, updatedAt: at })
    .where(
      and(
        eq(surveyResponses.id, options.responseId),
        eq(surveyResponses.organizationId, options.organizationId),
        eq(surveyResponses.status, "in_progress"),
        eq(surveyResponses.channel, "phone"),
      ),
    );
}
