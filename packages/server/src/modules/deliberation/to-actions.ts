import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import {
  type ActionTable,
  actionRecommendations,
  importActionTable,
  linkSource,
} from "../actions/index.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { deliberationRecommendations } from "./schema.js";
import { findStatement, requireStatus } from "./statements.js";
import { supportResults } from "./support.js";

/**
 * An adopted statement to an action table: a draft (unpublished) table with one recommendation
 * per adopted recommendation, each linked back through the trail (kind
 * `statement_recommendation`) with its text and support result as the snapshot.
 */
export async function createActionTable(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    title?: string | undefined;
    actor: Actor;
  },
): Promise<ActionTable> {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["adopted", "published"], "Making an action table");
    const recommendations = await tx
      .select()
      .from(deliberationRecommendations)
      .where(
        and(
          eq(deliberationRecommendations.statementId, statement.id),
          eq(deliberationRecommendations.status, "draft"),
        ),
      )
      .orderBy(asc(deliberationRecommendations.position), asc(deliberationRecommendations.number));
    if (recommendations.length === 0)
      throw new AppError("conflict", "The statement has no adopted recommendations.");
    const results = await supportResults(tx, {
      statementId: statement.id,
      scale: statement.supportScale,
    });
    const table = await importActionTable(tx, {
      organizationId: options.organizationId,
      title: options.title?.trim() || statement.title,
      rows: [
        ["Suositus", "Toimenpide"],
        ...recommendations.map((r) => [`${r.title}: ${r.text}`, ""]),
      ],
      sourceKind: statement.ownerKind,
      sourceId: statement.ownerId,
      publish: false,
      actor: options.actor,
    });
    const rows = await tx
      .select({ id: actionRecommendations.id })
      .from(actionRecommendations)
      .where(eq(actionRecommendations.tableId, table.id))
      .orderBy(asc(actionRecommendations.position));
    for (const [i, r] of recommendations.entries()) {
      const result = results.find((x) => x.recommendationId === r.id)!;
      await linkSource(tx, {
        organizationId: options.organizationId,
        recommendationId: rows[i]!.id,
        input: {
          kind: "statement_recommendation",
          sourceId: statement.id,
          itemId: r.id,
          text: `${r.title}: ${r.text}`,
          title: statement.title,
          support: {
            scale: statement.supportScale,
            version: result.version,
            counts: result.counts,
            answered: result.answered,
            eligible: result.eligible,
            acceptableShare: result.acceptableShare,
          },
        },
        actor: options.actor,
      });
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.action_table_created",
      targetType: "deliberation_statement",
      targetId: statement.id,
      detail: { tableId: table.id },
    });
    return table;
  });
}
