import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { panelCandidates } from "../schema.js";

/** Marks a drawn panel's seated candidates confirmed (as their answers would), for tests and the demo. */
export async function confirmSeated(db: Db, options: { organizationId: string; panelId: string }) {
  return db
    .update(panelCandidates)
    .set({ status: "confirmed", respondedAt: new Date() })
    .where(
      and(
        eq(panelCandidates.panelId, options.panelId),
        eq(panelCandidates.organizationId, options.organizationId),
        inArray(panelCandidates.status, ["selected"]),
      ),
    )
    .returning({ id: panelCandidates.id });
}
