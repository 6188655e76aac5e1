import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { recordAudit } from "../audit/index.js";
import { findRecommendation } from "./drafting.js";
import {
  deliberationAmendments,
  deliberationParticipants,
  deliberationRecommendations,
  deliberationSupport,
} from "./schema.js";
import { fieldError, findStatement, requireStatus } from "./statements.js";
import { isLevel, notifySupport, SCALE_LABELS, SCALE_LEVELS } from "./support.js";

/**
 * What a participant does, for the owner module's routes (panels, juries, round tables) to call
 * after they have authenticated their panelist or juror: read the draft with one's own answers,
 * propose an amendment, give support. `participantRef` is the owner module's id of the person.
 */

export interface ParticipantScope {
  organizationId: string;
  statementId: string;
  participantRef: string;
}

async function participantOf(db: Db, scope: ParticipantScope) {
  const statement = await findStatement(db, scope);
  const [participant] = await db
    .select()
    .from(deliberationParticipants)
    .where(
      and(
        eq(deliberationParticipants.statementId, statement.id),
        eq(deliberationParticipants.ref, scope.participantRef),
      ),
    );
  if (!participant)
    throw new AppError("auth.forbidden", "You are not a participant of this statement.");
  return { statement, participant };
}

const actorOf = (participantId: string) => ({ label: `deliberation participant ${participantId}` });

/** The draft as a participant sees it: recommendations, the scale, own answers and amendments. */
export async function participantDraft(db: Db, scope: ParticipantScope) {
  const { statement, participant } = await participantOf(db, scope);
  const recommendations = await db
    .select()
    .from(deliberationRecommendations)
    .where(
      and(
        eq(deliberationRecommendations.statementId, statement.id),
        eq(deliberationRecommendations.status, "draft"),
      ),
    )
    .orderBy(asc(deliberationRecommendations.position));
  const answers = await db
    .select()
    .from(deliberationSupport)
    .where(eq(deliberationSupport.participantId, participant.id));
  const amendments = await db
    .select()
    .from(deliberationAmendments)
    .where(eq(deliberationAmendments.participantId, participant.id))
    .orderBy(asc(deliberationAmendments.createdAt));
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      preamble: statement.preamble,
      status: statement.status,
      supportScale: statement.supportScale,
    },
    participant: { label: participant.label, role: participant.role },
    scale: SCALE_LEVELS[statement.supportScale].map((level) => ({
      level,
      label: SCALE_LABELS[statement.supportScale][level]!,
    })),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      text: r.text,
      rationale: r.rationale,
      version: r.version,
      myLevel:
        answers.find((a) => a.recommendationId === r.id && a.version === r.version)?.level ?? null,
      myAmendments: amendments
        .filter((a) => a.recommendationId === r.id)
        .map((a) => ({
          id: a.id,
          proposedText: a.proposedText,
          comment: a.comment,
          status: a.status,
          reason: a.reason,
        })),
    })),
  };
}

export type ParticipantDraft = Awaited<ReturnType<typeof participantDraft>>;

/** A participant's amendment: a new text, a comment, or both; only while amending. */
export async function proposeAmendment(
  db: Db,
  scope: ParticipantScope & {
    recommendationId: string;
    proposedText?: string | undefined;
    comment?: string | undefined;
  },
) {
  const proposedText = scope.proposedText?.trim() || null;
  const comment = scope.comment?.trim() ?? "";
  if (!proposedText && !comment)
    throw fieldError("body.proposedText", "Write a new text or a comment.", "required");
  return db.transaction(async (tx) => {
    const { statement, participant } = await participantOf(tx, scope);
    requireStatus(statement, ["amending"], "Proposing amendments");
    const recommendation = await findRecommendation(tx, statement.id, scope.recommendationId);
    const [saved] = await tx
      .insert(deliberationAmendments)
      .values({
        organizationId: scope.organizationId,
        statementId: statement.id,
        recommendationId: recommendation.id,
        participantId: participant.id,
        baseVersion: recommendation.version,
        proposedText,
        comment,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: actorOf(participant.id),
      action: "deliberation.amendment_proposed",
      targetType: "deliberation_amendment",
      targetId: saved!.id,
    });
    return saved!;
  });
}

/**
 * A participant's answer on the current text of a recommendation, during the support check;
 * answering again replaces the answer. Staff screens hear of it live (on commit).
 */
export async function giveSupport(
  db: Db,
  scope: ParticipantScope & { recommendationId: string; level: number },
) {
  return db.transaction(async (tx) => {
    const { statement, participant } = await participantOf(tx, scope);
    requireStatus(statement, ["support_check"], "Giving support");
    if (participant.role === "facilitator")
      throw new AppError("auth.forbidden", "Facilitators do not take part in the support check.");
    if (!isLevel(statement.supportScale, scope.level))
      throw fieldError(
        "body.level",
        `Choose one of ${SCALE_LEVELS[statement.supportScale].join(", ")}.`,
      );
    const recommendation = await findRecommendation(tx, statement.id, scope.recommendationId);
    if (recommendation.status !== "draft")
      throw new AppError("conflict", "The recommendation has been withdrawn.");
    const now = new Date();
    await tx
      .insert(deliberationSupport)
      .values({
        organizationId: scope.organizationId,
        statementId: statement.id,
        recommendationId: recommendation.id,
        version: recommendation.version,
        participantId: participant.id,
        level: scope.level,
        answeredAt: now,
      })
      .onConflictDoUpdate({
        target: [
          deliberationSupport.recommendationId,
          deliberationSupport.version,
          deliberationSupport.participantId,
        ],
        set: { level: scope.level, answeredAt: now },
      });
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: actorOf(participant.id),
      action: "deliberation.support_given",
      targetType: "deliberation_recommendation",
      targetId: recommendation.id,
      detail: { version: recommendation.version },
    });
    await notifySupport(tx, statement.id, now.getTime());
    return {
      recommendationId: recommendation.id,
      version: recommendation.version,
      level: scope.level,
    };
  });
}
