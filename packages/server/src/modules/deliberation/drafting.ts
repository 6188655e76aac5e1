import { and, asc, eq, inArray, max } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  deliberationAmendments,
  deliberationMinorityOpinions,
  deliberationParticipants,
  deliberationProposals,
  deliberationRecommendations,
  deliberationRecommendationVersions,
  type ParticipantRole,
} from "./schema.js";
import {
  EDITABLE,
  fieldError,
  findStatement,
  requireStatus,
  touchStatement,
} from "./statements.js";

/**
 * Drafting a statement: its participants (managed by the owner module), the tables' proposals,
 * merging them into draft recommendations, every text version of a recommendation, the
 * facilitators' decisions on amendments, and minority opinions.
 */

export type Recommendation = typeof deliberationRecommendations.$inferSelect;
export type Amendment = typeof deliberationAmendments.$inferSelect;

const audit = (
  db: Db,
  o: { organizationId: string; actor: Actor },
  action: string,
  targetType: string,
  targetId: string,
  detail?: Record<string, unknown>,
) =>
  recordAudit(db, {
    organizationId: o.organizationId,
    actor: o.actor,
    action,
    targetType,
    targetId,
    ...(detail ? { detail } : {}),
  });

/** Adds participants (or renames them) by the owner module's references. */
export async function setParticipants(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    participants: { ref: string; label: string; role: ParticipantRole }[];
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Changing participants");
    for (const p of options.participants) {
      if (!p.ref.trim())
        throw fieldError("body.participants.ref", "A participant needs a reference.", "required");
      await tx
        .insert(deliberationParticipants)
        .values({
          organizationId: options.organizationId,
          statementId: statement.id,
          ref: p.ref.trim(),
          label: p.label.trim() || p.ref.trim(),
          role: p.role,
        })
        .onConflictDoUpdate({
          target: [deliberationParticipants.statementId, deliberationParticipants.ref],
          set: { label: p.label.trim() || p.ref.trim(), role: p.role },
        });
    }
    await audit(
      tx,
      options,
      "deliberation.participants_changed",
      "deliberation_statement",
      statement.id,
      {
        added: options.participants.length,
      },
    );
  });
}

/** Removes a participant (their answers and amendments go with them). */
export async function removeParticipant(
  db: Db,
  options: { organizationId: string; statementId: string; ref: string; actor: Actor },
) {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Changing participants");
    await tx
      .delete(deliberationParticipants)
      .where(
        and(
          eq(deliberationParticipants.statementId, statement.id),
          eq(deliberationParticipants.ref, options.ref),
        ),
      );
    await audit(
      tx,
      options,
      "deliberation.participants_changed",
      "deliberation_statement",
      statement.id,
      {
        removed: 1,
      },
    );
  });
}

export async function listParticipants(db: Db, statementId: string) {
  return db
    .select()
    .from(deliberationParticipants)
    .where(eq(deliberationParticipants.statementId, statementId))
    .orderBy(asc(deliberationParticipants.label));
}

/** A proposal of a table or meeting, written down by a facilitator. */
export async function addProposal(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    input: { sourceLabel: string; text: string };
    actor: Actor;
  },
) {
  const text = options.input.text.trim();
  if (!text) throw fieldError("body.text", "Write the proposal.", "required");
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["drafting", "amending"], "Adding proposals");
    const [saved] = await tx
      .insert(deliberationProposals)
      .values({
        organizationId: options.organizationId,
        statementId: statement.id,
        sourceLabel: options.input.sourceLabel.trim(),
        text,
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await touchStatement(tx, statement.id);
    await audit(tx, options, "deliberation.proposal_added", "deliberation_proposal", saved!.id);
    return saved!;
  });
}

async function nextNumber(db: Db, statementId: string) {
  const [row] = await db
    .select({ n: max(deliberationRecommendations.number) })
    .from(deliberationRecommendations)
    .where(eq(deliberationRecommendations.statementId, statementId));
  return (row?.n ?? 0) + 1;
}

/**
 * Merges proposals into one draft recommendation: a new one (title and text given) or an
 * existing one of the statement (`recommendationId`). Each proposal records where it went.
 */
export async function mergeProposals(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    proposalIds: string[];
    into:
      | { recommendationId: string }
      | { title: string; text: string; rationale?: string | undefined };
    actor: Actor;
  },
): Promise<Recommendation> {
  // A new recommendation may start without proposals (written by the facilitators); one
  // merged into an existing recommendation needs at least one.
  if (options.proposalIds.length === 0 && "recommendationId" in options.into)
    throw fieldError("body.proposalIds", "Choose the proposals to merge.", "required");
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["drafting", "amending"], "Merging proposals");
    const proposals =
      options.proposalIds.length === 0
        ? []
        : await tx
            .select()
            .from(deliberationProposals)
            .where(
              and(
                eq(deliberationProposals.statementId, statement.id),
                inArray(deliberationProposals.id, options.proposalIds),
              ),
            );
    if (proposals.length !== new Set(options.proposalIds).size)
      throw new AppError("not_found", "No such proposal in this statement.", {
        errors: [
          {
            path: "body.proposalIds",
            message: "no such proposal in this statement",
            code: "invalid_value",
          },
        ],
      });
    let recommendation: Recommendation;
    if ("recommendationId" in options.into) {
      recommendation = await findRecommendation(tx, statement.id, options.into.recommendationId);
    } else {
      const title = options.into.title.trim();
      const text = options.into.text.trim();
      if (!title) throw fieldError("body.title", "Give the recommendation a title.", "required");
      if (!text) throw fieldError("body.text", "Write the recommendation.", "required");
      const number = await nextNumber(tx, statement.id);
      const [made] = await tx
        .insert(deliberationRecommendations)
        .values({
          organizationId: options.organizationId,
          statementId: statement.id,
          number,
          position: number,
          title,
          text,
          rationale: options.into.rationale?.trim() ?? "",
        })
        .returning();
      recommendation = made!;
      await tx.insert(deliberationRecommendationVersions).values({
        organizationId: options.organizationId,
        recommendationId: recommendation.id,
        version: 1,
        text,
        cause: "created",
      });
    }
    if (options.proposalIds.length > 0)
      await tx
        .update(deliberationProposals)
        .set({ recommendationId: recommendation.id })
        .where(inArray(deliberationProposals.id, options.proposalIds));
    await touchStatement(tx, statement.id);
    await audit(
      tx,
      options,
      "deliberation.proposals_merged",
      "deliberation_recommendation",
      recommendation.id,
      {
        proposals: options.proposalIds.length,
      },
    );
    return recommendation;
  });
}

export async function findRecommendation(db: Db, statementId: string, recommendationId: string) {
  const [recommendation] = await db
    .select()
    .from(deliberationRecommendations)
    .where(
      and(
        eq(deliberationRecommendations.statementId, statementId),
        eq(deliberationRecommendations.id, recommendationId),
      ),
    );
  if (!recommendation) throw new AppError("not_found", "No such recommendation in this statement.");
  return recommendation;
}

/** A new text version of a recommendation (a new round of support opens with it). */
async function newVersion(
  db: Db,
  recommendation: Recommendation,
  text: string,
  cause: "edited" | "amendment",
  amendmentId: string | null,
) {
  const version = recommendation.version + 1;
  await db.insert(deliberationRecommendationVersions).values({
    organizationId: recommendation.organizationId,
    recommendationId: recommendation.id,
    version,
    text,
    cause,
    amendmentId,
  });
  const [saved] = await db
    .update(deliberationRecommendations)
    .set({ text, version, updatedAt: new Date() })
    .where(eq(deliberationRecommendations.id, recommendation.id))
    .returning();
  return saved!;
}

/** Staff edit a recommendation before adoption; a changed text is a new version. */
export async function editRecommendation(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    recommendationId: string;
    input: {
      title?: string | undefined;
      text?: string | undefined;
      rationale?: string | undefined;
      status?: "draft" | "withdrawn" | undefined;
      position?: number | undefined;
    };
    actor: Actor;
  },
): Promise<Recommendation> {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Editing recommendations");
    let recommendation = await findRecommendation(tx, statement.id, options.recommendationId);
    const { title, text, rationale, status, position } = options.input;
    if (title !== undefined && !title.trim())
      throw fieldError("body.title", "Give the recommendation a title.", "required");
    if (text !== undefined && !text.trim())
      throw fieldError("body.text", "Write the recommendation.", "required");
    if (text !== undefined && text.trim() !== recommendation.text)
      recommendation = await newVersion(tx, recommendation, text.trim(), "edited", null);
    const [saved] = await tx
      .update(deliberationRecommendations)
      .set({
        ...(title !== undefined ? { title: title.trim() } : {}),
        ...(rationale !== undefined ? { rationale: rationale.trim() } : {}),
        ...(status ? { status } : {}),
        ...(position !== undefined ? { position } : {}),
        updatedAt: new Date(),
      })
      .where(eq(deliberationRecommendations.id, recommendation.id))
      .returning();
    await touchStatement(tx, statement.id);
    await audit(
      tx,
      options,
      "deliberation.recommendation_edited",
      "deliberation_recommendation",
      recommendation.id,
      {
        fields: Object.keys(options.input),
      },
    );
    return saved!;
  });
}

/** Accepts (a proposed text becomes a new version) or rejects (with a reason) an amendment. */
export async function decideAmendment(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    amendmentId: string;
    decision: "accepted" | "rejected";
    reason?: string | undefined;
    actor: Actor;
  },
): Promise<Amendment> {
  const reason = options.reason?.trim() ?? "";
  if (options.decision === "rejected" && !reason)
    throw fieldError("body.reason", "Say why the amendment is rejected.", "required");
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["amending", "support_check"], "Deciding amendments");
    const [amendment] = await tx
      .select()
      .from(deliberationAmendments)
      .where(
        and(
          eq(deliberationAmendments.statementId, statement.id),
          eq(deliberationAmendments.id, options.amendmentId),
        ),
      );
    if (!amendment) throw new AppError("not_found", "No such amendment in this statement.");
    if (amendment.status !== "proposed")
      throw new AppError("conflict", `The amendment has already been ${amendment.status}.`);
    if (options.decision === "accepted" && amendment.proposedText) {
      const recommendation = await findRecommendation(tx, statement.id, amendment.recommendationId);
      await newVersion(tx, recommendation, amendment.proposedText, "amendment", amendment.id);
    }
    const [saved] = await tx
      .update(deliberationAmendments)
      .set({
        status: options.decision,
        reason,
        decidedAt: new Date(),
        decidedBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .where(eq(deliberationAmendments.id, amendment.id))
      .returning();
    await touchStatement(tx, statement.id);
    await audit(
      tx,
      options,
      `deliberation.amendment_${options.decision}`,
      "deliberation_amendment",
      amendment.id,
    );
    return saved!;
  });
}

/** A minority opinion on the statement or one of its recommendations. */
export async function addMinorityOpinion(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    input: { recommendationId?: string | undefined; text: string; supporters: number };
    actor: Actor;
  },
) {
  const text = options.input.text.trim();
  if (!text) throw fieldError("body.text", "Write the minority opinion.", "required");
  if (!Number.isInteger(options.input.supporters) || options.input.supporters < 1)
    throw fieldError("body.supporters", "A minority opinion has at least one supporter.");
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Recording minority opinions");
    if (options.input.recommendationId)
      await findRecommendation(tx, statement.id, options.input.recommendationId);
    const [saved] = await tx
      .insert(deliberationMinorityOpinions)
      .values({
        organizationId: options.organizationId,
        statementId: statement.id,
        recommendationId: options.input.recommendationId ?? null,
        text,
        supporters: options.input.supporters,
      })
      .returning();
    await touchStatement(tx, statement.id);
    await audit(
      tx,
      options,
      "deliberation.minority_opinion_added",
      "deliberation_statement",
      statement.id,
    );
    return saved!;
  });
}
