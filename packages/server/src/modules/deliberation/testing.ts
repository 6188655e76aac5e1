import type { Db } from "../../db/client.js";
import { addProposal, mergeProposals, setParticipants } from "./drafting.js";
import { giveSupport, participantDraft, proposeAmendment } from "./participant.js";
import type { SupportScale } from "./schema.js";
import { adoptStatement, createStatement, publishStatement, setStatus } from "./statements.js";

/**
 * Test helpers: a statement with participants and recommendations, and a participant acting as
 * the owner module's routes would let them (the generic stand-in for panels' and juries' routes).
 */

const actor = { label: "test" };

/** A statement with `participants` panelists (refs p1…pN) and `recommendations` recommendations. */
export async function sampleStatement(
  db: Db,
  options: {
    organizationId: string;
    participants?: number;
    recommendations?: number;
    scale?: SupportScale;
    title?: string;
    /** The panel it belongs to (default a made-up id). */
    ownerId?: string;
  },
) {
  const statement = await createStatement(db, {
    organizationId: options.organizationId,
    input: {
      ownerKind: "panel",
      ownerId: options.ownerId ?? "paneeli-1",
      kind: "final_statement",
      title: options.title ?? "Asukaspaneelin loppulausuma",
      preamble: { fi: "Paneeli kokoontui kolme kertaa." },
      supportScale: options.scale ?? "gradients",
    },
    actor,
  });
  const n = options.participants ?? 5;
  await setParticipants(db, {
    organizationId: options.organizationId,
    statementId: statement.id,
    participants: [
      ...Array.from({ length: n }, (_, i) => ({
        ref: `p${i + 1}`,
        label: `Panelisti ${i + 1}`,
        role: "panelist" as const,
      })),
      { ref: "f1", label: "Fasilitaattori", role: "facilitator" as const },
    ],
    actor,
  });
  const recommendationIds: string[] = [];
  for (let i = 1; i <= (options.recommendations ?? 2); i++) {
    const proposal = await addProposal(db, {
      organizationId: options.organizationId,
      statementId: statement.id,
      input: { sourceLabel: `Pöytä ${i}`, text: `Ehdotus ${i}` },
      actor,
    });
    const made = await mergeProposals(db, {
      organizationId: options.organizationId,
      statementId: statement.id,
      proposalIds: [proposal.id],
      into: {
        title: `Suositus ${i}`,
        text: `Suosituksen ${i} teksti`,
        rationale: `Perustelu ${i}`,
      },
      actor,
    });
    recommendationIds.push(made.id);
  }
  return { statement, recommendationIds };
}

/** Moves the statement forward to `to` through the working statuses. */
export async function advance(
  db: Db,
  options: { organizationId: string; statementId: string; to: "amending" | "support_check" },
) {
  await setStatus(db, { ...options, status: "amending", actor });
  if (options.to === "support_check")
    await setStatus(db, { ...options, status: "support_check", actor });
}

/** A participant of a statement, acting through the participant services. */
export function participant(organizationId: string, statementId: string, participantRef: string) {
  const scope = { organizationId, statementId, participantRef };
  return {
    draft: (db: Db) => participantDraft(db, scope),
    support: (db: Db, recommendationId: string, level: number) =>
      giveSupport(db, { ...scope, recommendationId, level }),
    amend: (db: Db, recommendationId: string, input: { proposedText?: string; comment?: string }) =>
      proposeAmendment(db, { ...scope, recommendationId, ...input }),
  };
}

/**
 * For the route walks (route-samples.ts): a fresh statement of the organization in the stage
 * the route (by its url) needs — amending with a proposed amendment for deciding one, the
 * support check for adoption, adopted for hand-over, publication and the action table,
 * published for the public routes, drafting otherwise.
 */
export function statementForRoute(db: Db, options: { organizationId: string }) {
  return async (url: string) => {
    const { organizationId } = options;
    const { statement, recommendationIds } = await sampleStatement(db, {
      organizationId,
      participants: 2,
      recommendations: 1,
    });
    const statementId = statement.id;
    const draftId = recommendationIds[0]!;
    let amendmentId = "00000000-0000-4000-8000-0000000000b3";
    const o = { organizationId, statementId };
    if (url.endsWith("/decision")) {
      await advance(db, { ...o, to: "amending" });
      amendmentId = (
        await participant(organizationId, statementId, "p1").amend(db, draftId, {
          comment: "Muutos",
        })
      ).id;
    } else if (url.endsWith("/adoption")) {
      await advance(db, { ...o, to: "support_check" });
    } else if (/\/(handover|publication|action-table)$/.test(url) || url.includes("/public/")) {
      await advance(db, { ...o, to: "support_check" });
      await adoptStatement(db, { ...o, input: { how: "äänestys" }, actor });
      if (url.includes("/public/")) await publishStatement(db, { ...o, published: true, actor });
    }
    return { statementId, draftId, amendmentId };
  };
}
