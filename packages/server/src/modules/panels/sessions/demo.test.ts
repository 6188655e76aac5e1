import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { actionMeasures, actionTables } from "../../actions/index.js";
import { listStatements, statementDetail } from "../../deliberation/index.js";
import { panelMaterials, panels, panelTables } from "../schema.js";
import { seedFinishedPanel } from "./demo.js";

/** The demo county's finished panel: the trail from tables to a published statement and actions. */
describe("the finished demo panel", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("is finished, seated at tables, with an adopted statement, support, actions and feedback", async () => {
    const db = t.database.db;
    const org = await t.createOrg("valmis");
    const started = performance.now();
    const panelId = await seedFinishedPanel(db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
      organizationId: org.id,
    });
    console.log(
      `finished demo panel seeded in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    const [panel] = await db.select().from(panels).where(eq(panels.id, panelId));
    expect(panel!.status).toBe("finished");
    expect(
      await db.select().from(panelTables).where(eq(panelTables.panelId, panelId)),
    ).toHaveLength(15);
    expect(
      await db.select().from(panelMaterials).where(eq(panelMaterials.panelId, panelId)),
    ).toHaveLength(3);
    const [statement] = await listStatements(db, {
      organizationId: org.id,
      ownerKind: "panel",
      ownerId: panelId,
    });
    const detail = await statementDetail(db, {
      organizationId: org.id,
      statementId: statement!.id,
    });
    expect(detail.status).toBe("published");
    expect(detail.recommendations).toHaveLength(3);
    for (const r of detail.recommendations) expect(r.support.answered).toBe(40);
    const [table] = await db
      .select()
      .from(actionTables)
      .where(and(eq(actionTables.organizationId, org.id), eq(actionTables.sourceId, panelId)));
    expect(table!.published).toBe(true);
    const measures = await db
      .select()
      .from(actionMeasures)
      .where(eq(actionMeasures.tableId, table!.id));
    expect(measures.map((m) => m.status).sort()).toEqual(["done", "in_progress", "not_started"]);
  });
});
