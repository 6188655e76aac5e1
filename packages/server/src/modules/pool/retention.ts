import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { type IntervalWorker, startIntervalWorker } from "../../jobs/interval.js";
import { recordAudit } from "../audit/index.js";
import { eraseMember } from "./erase.js";
import { poolMembers, poolSettings } from "./schema.js";
import { defaultSettings } from "./settings.js";
import { TOKEN_MINUTES } from "./tokens.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A sign-up never confirmed is deleted this long after the confirmation link expired. */
export const UNCONFIRMED_GRACE_DAYS = 7;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export interface RetentionResult {
  /** Members whose contact data was erased for not responding within the retention period. */
  pseudonymised: number;
  /** Pseudonymous records of members who left, deleted after their retention period. */
  deleted: number;
  /** Sign-ups never confirmed, deleted. */
  unconfirmed: number;
}

/**
 * One pass of the retention job over every organization: erases the contact data of members who
 * have not been active within `inactive_retention_months`, deletes the pseudonymous records of
 * members who left more than `left_retention_months` ago, and deletes unconfirmed sign-ups.
 * `now` lets tests move the clock. Audit: pool.retention_applied per organization with changes.
 */
export async function applyRetention(
  db: Db,
  options: { now?: Date } = {},
): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const result: RetentionResult = { pseudonymised: 0, deleted: 0, unconfirmed: 0 };
  const orgs = await db
    .selectDistinct({ organizationId: poolMembers.organizationId })
    .from(poolMembers);
  const fallback = defaultSettings();
  for (const { organizationId } of orgs) {
    await db.transaction(async (tx) => {
      const [settings] = await tx
        .select()
        .from(poolSettings)
        .where(eq(poolSettings.organizationId, organizationId));
      const inactiveBefore = monthsBefore(
        now,
        settings?.inactiveRetentionMonths ?? fallback.inactiveRetentionMonths,
      );
      const leftBefore = monthsBefore(
        now,
        settings?.leftRetentionMonths ?? fallback.leftRetentionMonths,
      );
      const stale = await tx
        .select({ id: poolMembers.id })
        .from(poolMembers)
        .where(
          and(
            eq(poolMembers.organizationId, organizationId),
            eq(poolMembers.status, "active"),
            lt(poolMembers.lastActiveAt, inactiveBefore),
          ),
        )
        .for("update", { skipLocked: true });
      for (const { id } of stale) await eraseMember(tx, { memberId: id, reason: "retention", now });
      const deleted = await tx
        .delete(poolMembers)
        .where(
          and(
            eq(poolMembers.organizationId, organizationId),
            eq(poolMembers.status, "left"),
            lt(poolMembers.leftAt, leftBefore),
          ),
        )
        .returning({ id: poolMembers.id });
      const unconfirmedBefore = new Date(
        now.getTime() - TOKEN_MINUTES.confirm * 60_000 - UNCONFIRMED_GRACE_DAYS * DAY_MS,
      );
      const unconfirmed = await tx
        .delete(poolMembers)
        .where(
          and(
            eq(poolMembers.organizationId, organizationId),
            eq(poolMembers.status, "pending"),
            lt(poolMembers.createdAt, unconfirmedBefore),
          ),
        )
        .returning({ id: poolMembers.id });
      if (stale.length + deleted.length + unconfirmed.length > 0) {
        await recordAudit(tx, {
          organizationId,
          actor: { label: "retention job" },
          action: "pool.retention_applied",
          targetType: "pool_member",
          detail: {
            pseudonymised: stale.length,
            deleted: deleted.length,
            unconfirmed: unconfirmed.length,
          },
        });
      }
      result.pseudonymised += stale.length;
      result.deleted += deleted.length;
      result.unconfirmed += unconfirmed.length;
    });
  }
  return result;
}

/** The retention loop of a server process (jobs/interval.ts). */
export function startRetentionWorker(options: {
  db: Db;
  intervalMs: number;
  onError: (error: unknown) => void;
}): IntervalWorker<RetentionResult> {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: () => applyRetention(options.db),
    onError: options.onError,
  });
}
