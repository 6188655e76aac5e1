import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError, type FieldError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import type { Role } from "../identity/index.js";
import {
  actionEditorUnits,
  actionHistory,
  actionMeasures,
  actionTables,
  type DecisionRef,
} from "./schema.js";
import { historyActor } from "./tables.js";

/** What staff may change on a measure; each field left out stays as it is. */
export interface MeasureChanges {
  text?: string;
  schedule?: string;
  startMonth?: string | null;
  endMonth?: string | null;
  status?: string;
  statusReason?: string;
  unit?: string;
  notes?: string;
  decisions?: DecisionRef[];
  budgetYear?: number | null;
}

const FIELDS = [
  "text",
  "schedule",
  "startMonth",
  "endMonth",
  "status",
  "statusReason",
  "unit",
  "notes",
  "decisions",
  "budgetYear",
] as const;

function shown(field: (typeof FIELDS)[number], value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field === "decisions") {
    return (value as DecisionRef[])
      .map((d) => `${d.body} ${d.date} § ${d.section}${d.minutesUrl ? ` ${d.minutesUrl}` : ""}`)
      .join("; ");
  }
  return String(value);
}

/**
 * The units an editor may edit, or null for every row: admins, and action editors given no
 * unit, edit every row.
 */
export async function editorUnits(
  db: Db,
  options: { organizationId: string; userId: string; roles: Role[] },
): Promise<string[] | null> {
  if (options.roles.includes("admin")) return null;
  const rows = await db
    .select({ unit: actionEditorUnits.unit })
    .from(actionEditorUnits)
    .where(
      and(
        eq(actionEditorUnits.organizationId, options.organizationId),
        eq(actionEditorUnits.userId, options.userId),
      ),
    );
  return rows.length === 0 ? null : rows.map((r) => r.unit);
}

/** Sets the units an action editor may edit (none: every row). */
export async function setEditorUnits(
  db: Db,
  options: { organizationId: string; userId: string; units: string[]; actor: Actor },
): Promise<string[]> {
  const units = [...new Set(options.units.map((u) => u.trim()).filter(Boolean))];
  await db.transaction(async (tx) => {
    await tx
      .delete(actionEditorUnits)
      .where(
        and(
          eq(actionEditorUnits.organizationId, options.organizationId),
          eq(actionEditorUnits.userId, options.userId),
        ),
      );
    if (units.length > 0) {
      await tx.insert(actionEditorUnits).values(
        units.map((unit) => ({
          organizationId: options.organizationId,
          userId: options.userId,
          unit,
        })),
      );
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.editor_units_set",
      targetType: "staff_user",
      targetId: options.userId,
      detail: { units },
    });
  });
  return units;
}

/**
 * Changes a measure, keeping one history row per changed field, in one transaction. An editor
 * limited to units may change only their units' rows, and may not move a row to another unit.
 */
export async function editMeasure(
  db: Db,
  options: {
    organizationId: string;
    measureId: string;
    changes: MeasureChanges;
    /** From editorUnits(): null for every row. */
    units: string[] | null;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const [measure] = await tx
      .select()
      .from(actionMeasures)
      .where(
        and(
          eq(actionMeasures.organizationId, options.organizationId),
          eq(actionMeasures.id, options.measureId),
        ),
      )
      .for("update");
    if (!measure) throw new AppError("not_found", "No such measure.");
    const units = options.units;
    if (units && !units.includes(measure.unit)) {
      throw new AppError(
        "auth.forbidden",
        `You may edit only the rows of your units (${units.join(", ")}).`,
      );
    }
    const changes = options.changes;
    if (units && changes.unit !== undefined && !units.includes(changes.unit)) {
      throw new AppError("validation.failed", "You may not move a row to another unit.", {
        errors: [
          {
            path: "body.unit",
            message: "not one of your units",
            code: "invalid_value",
            params: { values: units.join(", ") },
          },
        ],
      });
    }
    const [table] = await tx
      .select()
      .from(actionTables)
      .where(eq(actionTables.id, measure.tableId));
    const next = { ...measure, ...changes };
    const status = table!.statuses.find((s) => s.key === next.status);
    const errors: FieldError[] = [];
    if (!status) {
      errors.push({
        path: "body.status",
        message: "not a status of this table",
        code: "invalid_value",
        params: { values: table!.statuses.map((s) => s.key).join(", ") },
      });
    } else if (status.needsReason && !next.statusReason.trim()) {
      errors.push({
        path: "body.statusReason",
        message: "this status needs a reason",
        code: "required",
      });
    }
    if (next.startMonth && next.endMonth && next.startMonth > next.endMonth) {
      errors.push({ path: "body.endMonth", message: "ends before it starts", code: "invalid" });
    }
    if (errors.length > 0) {
      throw new AppError(
        "validation.failed",
        errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        {
          errors,
        },
      );
    }
    if (status && !status.needsReason) next.statusReason = "";
    const changed = FIELDS.filter((f) => shown(f, measure[f]) !== shown(f, next[f]));
    if (changed.length === 0) return measure;
    const now = new Date();
    const [saved] = await tx
      .update(actionMeasures)
      .set({
        ...Object.fromEntries(changed.map((f) => [f, next[f]])),
        updatedAt: now,
        remindedAt: null,
      })
      .where(eq(actionMeasures.id, measure.id))
      .returning();
    await tx.insert(actionHistory).values(
      changed.map((field) => ({
        organizationId: options.organizationId,
        tableId: measure.tableId,
        measureId: measure.id,
        measureNumber: measure.number,
        ...historyActor(options.actor),
        at: now,
        field,
        oldValue: shown(field, measure[field]),
        newValue: shown(field, next[field]),
      })),
    );
    await tx
      .update(actionTables)
      .set({ updatedAt: now })
      .where(eq(actionTables.id, measure.tableId));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "actions.measure_edited",
      targetType: "action_measure",
      targetId: measure.id,
      detail: { fields: changed },
    });
    return saved!;
  });
}

/** A table's history, newest first; `after` gives only rows after that id (notices). */
export async function tableHistory(
  db: Db,
  options: { tableId: string; after?: number; limit?: number; oldestFirst?: boolean },
) {
  return db
    .select()
    .from(actionHistory)
    .where(
      and(
        eq(actionHistory.tableId, options.tableId),
        options.after === undefined ? undefined : gt(actionHistory.id, options.after),
      ),
    )
    .orderBy(options.oldestFirst ? asc(actionHistory.id) : desc(actionHistory.id))
    .limit(options.limit ?? 500);
}
