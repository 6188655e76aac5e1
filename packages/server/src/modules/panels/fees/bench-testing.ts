import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { createSealer } from "../../../db/sealed.js";
import { panelAttendance, panelCandidates, panelPaymentDetails, panelSessions } from "../schema.js";
import { createPanel } from "../setup.js";
import { sampleSetup } from "../testing.js";
import { createFeeBatch, moveBatch } from "./batches.js";
import { retentionEnd } from "./details.js";
import { batchPaymentFile } from "./exports.js";
import { SAMPLE_PAYER, syntheticDetails } from "./fees-testing.js";

/**
 * The fees bench (bench/panel-fees.bench.ts): a panel with `payees` seated panelists straight
 * into the tables (no draw), each checked in at one session with sealed payment details; then
 * through the module a batch computed, approved, and its pain.001 written, each timed.
 */
export async function feeBatchBench(db: Db, options: { organizationId: string; payees: number }) {
  const sealer = createSealer(randomBytes(32));
  const { organizationId } = options;
  const panel = await createPanel(db, {
    organizationId,
    input: sampleSetup({ targetSize: options.payees, quotas: [] }),
    actor: { label: "bench" },
  });
  const [session] = await db
    .select()
    .from(panelSessions)
    .where(eq(panelSessions.panelId, panel.id));
  const ids: string[] = [];
  for (let start = 0; start < options.payees; start += 500) {
    const chunk = Array.from(
      { length: Math.min(500, options.payees - start) },
      (_, j) => start + j,
    );
    const rows = await db
      .insert(panelCandidates)
      .values(
        chunk.map((i) => ({
          organizationId,
          panelId: panel.id,
          number: i,
          source: "pool" as const,
          sourceRef: `bench-${i}`,
          attributes: {},
          status: "confirmed" as const,
        })),
      )
      .returning({ id: panelCandidates.id });
    ids.push(...rows.map((r) => r.id));
  }
  const now = new Date();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await db.insert(panelAttendance).values(
      chunk.map((candidateId) => ({
        organizationId,
        panelId: panel.id,
        sessionId: session!.id,
        candidateId,
      })),
    );
    await db.insert(panelPaymentDetails).values(
      chunk.map((candidateId, j) => {
        const d = syntheticDetails(start + j);
        return {
          organizationId,
          panelId: panel.id,
          candidateId,
          detailsSealed: sealer.seal(JSON.stringify({ ...d, bic: "NDEAFIHH" })),
          deleteAfter: retentionEnd(now, 6),
        };
      }),
    );
  }
  const actor = { label: "bench" };
  const scope = { organizationId, panelId: panel.id };
  const t0 = performance.now();
  const { batch } = await createFeeBatch(db, sealer, {
    ...scope,
    input: { payer: SAMPLE_PAYER, paymentDate: "2027-03-10" },
    actor,
  });
  const t1 = performance.now();
  await moveBatch(db, { ...scope, batchId: batch.id, to: "approved", retentionYears: 6, actor });
  const t2 = performance.now();
  const file = await batchPaymentFile(db, sealer, { ...scope, batchId: batch.id, actor });
  const t3 = performance.now();
  return {
    batchMs: t1 - t0,
    approveMs: t2 - t1,
    fileMs: t3 - t2,
    transactions: file.transactions,
    xml: file.xml,
  };
}
