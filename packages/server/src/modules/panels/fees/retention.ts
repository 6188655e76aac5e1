import { lte } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { startIntervalWorker } from "../../../jobs/interval.js";
import { recordAudit } from "../../audit/index.js";
import { panelPaymentDetails } from "../schema.js";

/**
 * Deletes payment details whose retention has ended (`delete_after`, see details.ts
 * `retentionEnd`); one audit event per organization with the count. Returns the count.
 */
export async function deleteExpiredPaymentDetails(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(panelPaymentDetails)
      .where(lte(panelPaymentDetails.deleteAfter, now))
      .returning({ organizationId: panelPaymentDetails.organizationId });
    const byOrg = new Map<string, number>();
    for (const r of removed) byOrg.set(r.organizationId, (byOrg.get(r.organizationId) ?? 0) + 1);
    for (const [organizationId, count] of byOrg)
      await recordAudit(tx, {
        organizationId,
        actor: { label: "retention" },
        action: "panels.payment_details_deleted",
        detail: { count },
      });
    return removed.length;
  });
}

export function startPaymentRetentionWorker(options: {
  db: Db;
  intervalMs: number;
  onError: (error: unknown) => void;
}) {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    pass: () => deleteExpiredPaymentDetails(options.db),
    onError: options.onError,
  });
}
