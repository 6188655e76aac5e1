import type { Answers } from "@kuulo/survey";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { type SurveyResponse, surveyResponses } from "./schema.js";

/** What the answering routes read of a response and answer (toMyResponse's fields and more). */
export const mine = {
  id: surveyResponses.id,
  status: surveyResponses.status,
  answers: surveyResponses.answers,
  prefilled: surveyResponses.prefilled,
  submittedAt: surveyResponses.submittedAt,
  versionId: surveyResponses.versionId,
  poolInvitationId: surveyResponses.poolInvitationId,
  resumeTokenHash: surveyResponses.resumeTokenHash,
};
export type MyResponse = Pick<SurveyResponse, keyof typeof mine>;

const p = sql.placeholder;
// Drizzle takes placeholders in SET at run time (encoded by the column: JSON for `answers`) but
// its types do not list them.
const answersP = p("answers") as unknown as Answers;
const nowP = p("now") as unknown as Date;

/**
 * The answering path's four queries, built once per database handle and prepared by name on
 * each PostgreSQL connection: building a query with Drizzle and planning it in PostgreSQL were
 * a large share of a submission's CPU (bench/surveys.bench.ts). A transaction's handle builds
 * its own (only invited submissions use one).
 */
function build(db: Db) {
  return {
    start: db
      .insert(surveyResponses)
      .values({
        organizationId: p("organizationId"),
        surveyId: p("surveyId"),
        versionId: p("versionId"),
        channel: p("channel"),
        sourceNote: p("sourceNote"),
        poolInvitationId: p("poolInvitationId"),
        poolMemberId: p("poolMemberId"),
        resumeTokenHash: p("hash"),
      })
      .onConflictDoNothing()
      .returning(mine)
      .prepare("survey_response_start"),
    byToken: db
      .select(mine)
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.resumeTokenHash, p("hash")),
          eq(surveyResponses.surveyId, p("surveyId")),
        ),
      )
      .prepare("survey_response_by_token"),
    save: db
      .update(surveyResponses)
      .set({ answers: answersP, updatedAt: nowP })
      .where(eq(surveyResponses.id, p("id")))
      .returning(mine)
      .prepare("survey_response_save"),
    // Applies only while the response is still unfinished under the same token.
    submit: db
      .update(surveyResponses)
      .set({
        answers: answersP,
        status: "complete",
        submittedAt: nowP,
        updatedAt: nowP,
        resumeTokenHash: null,
      })
      .where(and(eq(surveyResponses.id, p("id")), eq(surveyResponses.resumeTokenHash, p("hash"))))
      .returning(mine)
      .prepare("survey_response_submit"),
  };
}

const built = new WeakMap<Db, ReturnType<typeof build>>();
function queries(db: Db) {
  let q = built.get(db);
  if (!q) {
    q = build(db);
    built.set(db, q);
  }
  return q;
}

export type NewResponse = {
  organizationId: string;
  surveyId: string;
  versionId: string;
  channel: SurveyResponse["channel"];
  sourceNote: string | null;
  poolInvitationId: string | null;
  poolMemberId: string | null;
  hash: string;
};

export const insertResponse = async (db: Db, values: NewResponse) =>
  (await queries(db).start.execute(values))[0] as MyResponse | undefined;

export const selectByToken = async (db: Db, values: { hash: string; surveyId: string }) =>
  (await queries(db).byToken.execute(values))[0] as MyResponse | undefined;

export const updateAnswers = async (db: Db, values: { id: string; answers: Answers }) =>
  (await queries(db).save.execute({ ...values, now: new Date() }))[0] as MyResponse | undefined;

export const completeResponse = async (
  db: Db,
  values: { id: string; hash: string; answers: Answers },
) =>
  (await queries(db).submit.execute({ ...values, now: new Date() }))[0] as MyResponse | undefined;
