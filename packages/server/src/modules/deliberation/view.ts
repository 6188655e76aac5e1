import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { statementOutcomes } from "../actions/index.js";
import { listParticipants } from "./drafting.js";
import {
  deliberationAmendments,
  deliberationMinorityOpinions,
  deliberationProposals,
  deliberationRecommendations,
  deliberationRecommendationVersions,
  deliberationStatements,
} from "./schema.js";
import { findStatement, type Statement } from "./statements.js";
import { SCALE_LABELS, SCALE_LEVELS, supportResults } from "./support.js";

/** The statement as staff work on it, and as the public page shows it once published. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function statementSummary(s: Statement) {
  return {
    id: s.id,
    ownerKind: s.ownerKind,
    ownerId: s.ownerId,
    kind: s.kind,
    title: s.title,
    preamble: { fi: s.preamble.fi ?? "", sv: s.preamble.sv ?? "", en: s.preamble.en ?? "" },
    supportScale: s.supportScale,
    status: s.status,
    adoptedAt: iso(s.adoptedAt),
    adoptedHow: s.adoptedHow,
    handedOverOn: s.handedOverOn,
    handedOverTo: s.handedOverTo,
    handoverNote: s.handoverNote,
    published: s.published,
    publishedAt: iso(s.publishedAt),
    updatedAt: s.updatedAt.toISOString(),
  };
}

const scaleOf = (s: Statement) =>
  SCALE_LEVELS[s.supportScale].map((level) => ({
    level,
    label: SCALE_LABELS[s.supportScale][level]!,
  }));

/** Everything staff see of a statement. */
export async function statementDetail(
  db: Db,
  options: { organizationId: string; statementId: string },
) {
  const statement = await findStatement(db, options);
  const recommendations = await db
    .select()
    .from(deliberationRecommendations)
    .where(eq(deliberationRecommendations.statementId, statement.id))
    .orderBy(asc(deliberationRecommendations.position), asc(deliberationRecommendations.number));
  const ids = recommendations.map((r) => r.id);
  const versions = ids.length
    ? await db
        .select()
        .from(deliberationRecommendationVersions)
        .where(inArray(deliberationRecommendationVersions.recommendationId, ids))
        .orderBy(asc(deliberationRecommendationVersions.version))
    : [];
  const participants = await listParticipants(db, statement.id);
  const labels = new Map(participants.map((p) => [p.id, p.label]));
  const amendments = await db
    .select()
    .from(deliberationAmendments)
    .where(eq(deliberationAmendments.statementId, statement.id))
    .orderBy(asc(deliberationAmendments.createdAt));
  const proposals = await db
    .select()
    .from(deliberationProposals)
    .where(eq(deliberationProposals.statementId, statement.id))
    .orderBy(asc(deliberationProposals.createdAt));
  const minority = await db
    .select()
    .from(deliberationMinorityOpinions)
    .where(eq(deliberationMinorityOpinions.statementId, statement.id))
    .orderBy(asc(deliberationMinorityOpinions.createdAt));
  const results = await supportResults(db, {
    statementId: statement.id,
    scale: statement.supportScale,
  });
  return {
    ...statementSummary(statement),
    scale: scaleOf(statement),
    participants: participants.map((p) => ({ ref: p.ref, label: p.label, role: p.role })),
    proposals: proposals.map((p) => ({
      id: p.id,
      sourceLabel: p.sourceLabel,
      text: p.text,
      recommendationId: p.recommendationId,
      createdAt: p.createdAt.toISOString(),
    })),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      number: r.number,
      position: r.position,
      title: r.title,
      text: r.text,
      rationale: r.rationale,
      status: r.status,
      version: r.version,
      versions: versions
        .filter((v) => v.recommendationId === r.id)
        .map((v) => ({
          version: v.version,
          text: v.text,
          cause: v.cause,
          amendmentId: v.amendmentId,
          createdAt: v.createdAt.toISOString(),
        })),
      amendments: amendments
        .filter((a) => a.recommendationId === r.id)
        .map((a) => ({
          id: a.id,
          participant: labels.get(a.participantId) ?? "",
          baseVersion: a.baseVersion,
          proposedText: a.proposedText,
          comment: a.comment,
          status: a.status,
          reason: a.reason,
          createdAt: a.createdAt.toISOString(),
        })),
      support: results.find((x) => x.recommendationId === r.id)!,
    })),
    minorityOpinions: minority.map((m) => ({
      id: m.id,
      recommendationId: m.recommendationId,
      text: m.text,
      supporters: m.supporters,
    })),
  };
}

/** A published statement as the public see it: no participants' labels, no drafts' history. */
export async function publicStatement(
  db: Db,
  options: { organizationId: string; statementId: string },
) {
  const [published] = await db
    .select({ id: deliberationStatements.id })
    .from(deliberationStatements)
    .where(
      and(
        eq(deliberationStatements.organizationId, options.organizationId),
        eq(deliberationStatements.id, options.statementId),
        eq(deliberationStatements.published, true),
      ),
    );
  if (!published) throw new AppError("not_found", "No such published statement.");
  const detail = await statementDetail(db, options);
  const outcomes = await statementOutcomes(db, options);
  return {
    id: detail.id,
    kind: detail.kind,
    ownerKind: detail.ownerKind,
    title: detail.title,
    preamble: detail.preamble,
    supportScale: detail.supportScale,
    scale: detail.scale,
    adoptedAt: detail.adoptedAt,
    adoptedHow: detail.adoptedHow,
    handedOverOn: detail.handedOverOn,
    handedOverTo: detail.handedOverTo,
    handoverNote: detail.handoverNote,
    publishedAt: detail.publishedAt,
    recommendations: detail.recommendations
      .filter((r) => r.status === "draft")
      .map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        text: r.text,
        rationale: r.rationale,
        support: {
          counts: r.support.counts,
          answered: r.support.answered,
          eligible: r.support.eligible,
          acceptableShare: r.support.acceptableShare,
        },
        /** What came of it, once a published action table linked to it says so. */
        outcomes: outcomes.filter((o) => o.itemId === r.id).map(({ itemId: _, ...o }) => o),
      })),
    minorityOpinions: detail.minorityOpinions,
  };
}

export type PublicStatement = Awaited<ReturnType<typeof publicStatement>>;
