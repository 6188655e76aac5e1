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

/**
 * For route walks (route-samples.ts): a drawn panel's seated confirmed, its first session's
 * tables made (two), and a material with a PDF. The id of a seated panelist comes back too.
 */
export async function sessionForRoute(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<{ sessionId: string; materialId: string; candidateId: string }> {
  const { assignSessionTables } = await import("./tables.js");
  const { addMaterial, setMaterialPdf } = await import("./materials.js");
  const { panelSessions } = await import("../schema.js");
  const actor = { label: "test" };
  const confirmed = await confirmSeated(db, options);
  const [session] = await db
    .select()
    .from(panelSessions)
    .where(eq(panelSessions.panelId, options.panelId));
  await assignSessionTables(db, { ...options, sessionId: session!.id, tables: 2, actor });
  const material = await addMaterial(db, {
    ...options,
    input: {
      kind: "reading",
      title: { fi: "Lukupaketti", sv: "", en: "" },
      sessionId: null,
      url: "https://example.fi/luku",
      captionUrl: null,
    },
    actor,
  });
  await setMaterialPdf(db, {
    ...options,
    materialId: material.id,
    name: "luku.pdf",
    data: Buffer.from("%PDF-1.4\n%%EOF\n"),
    actor,
  });
  return { sessionId: session!.id, materialId: material.id, candidateId: confirmed[0]!.id };
}
