import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { monthsOf } from "./cells.js";
import {
  type ActionStatus,
  actionHistory,
  actionMeasures,
  actionRecommendations,
  actionTables,
} from "./schema.js";
import { findTable, historyActor } from "./tables.js";

/**
 * Adding rows to a table and changing its settings, each with its history row: a new measure
 * (under a recommendation, or with a new one), a recommendation's text, the status set and the
 * reminder period.
 */

export interface NewMeasure {
  /** An existing recommendation, or the text of a new one at the end. */
  recommendationId?: string | undefined;
  recommendationText?: string | undefined;
  text: string;
  schedule?: string | undefined;
  status?: string | undefined;
  statusReason?: string | undefined;
  unit?: string | undefined;
  notes?: string | undefined;
}

export async function addMeasure(
  db: Db,
  options: { organizationId: string; tableId: string; input: NewMeasure; actor: Actor },
) {
  const { input } = options;
  return db.transaction(async (tx) => {
    const table = await findTable(tx, options);
    const status = input.status ?? table.statuses[0]!.key;
    const known = table.statuses.find((s) => s.key === status);
    if (!known) {
      throw new AppError("validation.failed", "Not a status of this table.", {
        errors: [
          { path: "body.status", message: "not a status of this table", code: "invalid_value" },
        ],
      });
    }
    if (known.needsReason && !input.statusReason?.trim()) {
      throw new AppError("validation.failed", "This status needs a reason.", {
        errors: [
          { path: "body.statusReason", message: "this status needs a reason", code: "required" },
        ],
      });
    }
    let recommendation: typeof actionRecommendations.$inferSelect | undefined;
    if (input.recommendationId) {
      [recommendation] = await tx
        .select()
        .from(actionRecommendations)
        .where(
          and(
            eq(actionRecommendations.tableId, table.id),
            eq(actionRecommendations.id, input.recommendationId),
          ),
        );
      if (!recommendation) throw new AppError("not_found", "No such recommendation in this table.");
    } else {
      const text = input.recommendationText?.trim();
      if (!text) {
        throw new AppError("validation.failed", "Name the recommendation.", {
          errors: [
            {
              path: "body.recommendationText",
              message: "give recommendationId or recommendationText",
              code: "required",
            },
          ],
        });
      }
      const [last] = await tx
        .select({ n: max(actionRecommendations.number) })
        .from(actionRecommendations)
        .where(eq(actionRecommendations.tableId, table.id));
      const number = (last?.n ?? 0) + 1;
      [recommendation] = await tx
        .insert(actionRecommendations)
        .values({
          organizationId: table.organizationId,
          tableId: table.id,
          number,
          text,
          position: number,
        })
        .returning();
    }
    const siblings = await tx
      .select({ id: actionMeasures.id })
      .from(actionMeasures)
      .where(eq(actionMeasures.recommendationId, recommendation!.id));
    const [lastPosition] = await tx
      .select({ p: max(actionMeasures.position) })
      .from(actionMeasures)
      .where(eq(actionMeasures.tableId, table.id));
    const schedule = input.schedule?.trim() ?? "";
    const now = new Date();
    const [measure] = await tx
      .insert(actionMeasures)
      .values({
        organizationId: table.organizationId,
        tableId: table.id,
        recommendationId: recommendation!.id,
        number: `${recommendation!.number}.${siblings.length + 1}`,
        // After the table's last row: the public order is by recommendation, then position.
        position: (lastPosition?.p ?? 0) + 1,
        text: input.text.trim(),
        schedule,
        ...monthsOf(schedule),
        status,
        statusReason: known.needsReason ? (input.statusReason?.trim() ?? "") : "",
        unit: input.unit?.trim() ?? "",
        notes: input.notes?.trim() ?? "",
      })
      .returning();
    await tx.insert(actionHistory).values({
      organizationId: table.organizationId,
      tableId: table.id,
      measureId: measure!.id,
      measureNumber: measure!.number,
      ...historyActor(options.actor),
      at: now,
      field: "added",
      newValue: measure!.text,
    });
    await tx.update(actionTables).set({ updatedAt: now }).where(eq(actionTables.id, table.id));
    await recordAudit(tx, {
      organizationId: table.organizationId,
      actor: options.actor,
      action: "actions.measure_added",
      targetType: "action_measure",
      targetId: measure!.id,
    });
    return measure!;
  });
}

/** Changes a recommendation's text; kept in the history. */
export async function editRecommendation(
  db: Db,
  options: { organizationId: string; recommendationId: string; text: string; actor: Actor },
) {
  return db.transaction(async (tx) => {
    const [recommendation] = await tx
      .select()
      .from(actionRecommendations)
      .where(
        and(
          eq(actionRecommendations.organizationId, options.organizationId),
          eq(actionRecommendations.id, options.recommendationId),
        ),
      );
    if (!recommendation) throw new AppError("not_found", "No such recommendation.");
    const text = options.text.trim();
    if (text === recommendation.text) return recommendation;
    const now = new Date();
    const [saved] = await tx
      .update(actionRecommendations)
      .set({ text })
      .where(eq(actionRecommendations.id, recommendation.id))
      .returning();
    await tx.insert(actionHistory).values({
      organizationId: options.organizationId,
      tableId: recommendation.tableId,
      measureNumber: String(recommendation.number),
      ...historyActor(options.actor),
      at: now,
      field: "recommendation",
      oldValue: recommendation.text,
      newValue: text,
    });
    await tx
      .update(actionTables)
      .set({ updatedAt: now })
      .where(eq(actionTables.id, recommendation.tableId));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.recommendation_edited",
      targetType: "action_recommendation",
      targetId: recommendation.id,
    });
    return saved!;
  });
}

/** A table's title, status set and reminder period; a status in use cannot be dropped. */
export async function updateTableSettings(
  db: Db,
  options: {
    organizationId: string;
    tableId: string;
    input: {
      title?: string | undefined;
      statuses?: ActionStatus[] | undefined;
      reminderMonths?: number | undefined;
    };
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const table = await findTable(tx, options);
    const { input } = options;
    if (input.statuses) {
      const keys = new Set(input.statuses.map((s) => s.key));
      const used = await tx
        .selectDistinct({ status: actionMeasures.status })
        .from(actionMeasures)
        .where(eq(actionMeasures.tableId, table.id));
      const dropped = used.map((u) => u.status).filter((s) => !keys.has(s));
      if (dropped.length > 0) {
        throw new AppError("validation.failed", `Statuses in use: ${dropped.join(", ")}.`, {
          errors: [
            {
              path: "body.statuses",
              message: `statuses in use cannot be removed: ${dropped.join(", ")}`,
              code: "invalid",
            },
          ],
        });
      }
    }
    const [saved] = await tx
      .update(actionTables)
      .set({
        ...(input.title ? { title: input.title.trim() } : {}),
        ...(input.statuses ? { statuses: input.statuses } : {}),
        ...(input.reminderMonths ? { reminderMonths: input.reminderMonths } : {}),
        updatedAt: new Date(),
      })
      .where(eq(actionTables.id, table.id))
      .returning();
    if (input.title && input.title.trim() !== table.title) {
      await tx.insert(actionHistory).values({
        organizationId: table.organizationId,
        tableId: table.id,
        ...historyActor(options.actor),
        field: "title",
        oldValue: table.title,
        newValue: input.title.trim(),
      });
    }
    await recordAudit(tx, {
      organizationId: table.organizationId,
      actor: options.actor,
      action: "actions.table_changed",
      targetType: "action_table",
      targetId: table.id,
      detail: { fields: Object.keys(input) },
    });
    return saved!;
  });
}
