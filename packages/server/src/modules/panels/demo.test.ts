import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { candidatesOf } from "./candidates.js";
import { seedDemoPanels } from "./demo.js";
import { panels } from "./schema.js";

describe("the demo county's panels", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("has a panel in recruitment with 250 candidates, a drawn one and a finished one", async () => {
    const org = await t.createOrg("demo-paneelit");
    const started = performance.now();
    await seedDemoPanels(t.database.db, {
      organization: org,
      dataKey: Buffer.from(TEST_DATA_KEY, "hex"),
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = await t.database.db.select().from(panels).where(eq(panels.organizationId, org.id));
    const recruiting = rows.find((p) => p.status === "recruiting")!;
    const selected = rows.find((p) => p.status === "selected")!;
    expect(recruiting.title).toBe("Puntaroiva asukaspaneeli: lähipalvelut");
    const candidates = await candidatesOf(t.database.db, recruiting);
    expect(candidates).toHaveLength(250);
    const ages = candidates.map((c) => c.attributes.ageBand);
    expect(new Set(ages)).toEqual(new Set(["15-29", "30-44", "45-64", "65-80"]));
    const drawn = await candidatesOf(t.database.db, selected);
    expect(drawn.filter((c) => c.status === "selected")).toHaveLength(40);
    expect(drawn.filter((c) => c.status === "reserve")).toHaveLength(10);
    console.log(`demo panels seeded in ${seconds.toFixed(2)} s`);
    // The finished panel (sessions/demo.ts) gives 120 support answers one by one.
    expect(seconds).toBeLessThan(30);
    expect(rows.filter((p) => p.status === "finished")).toHaveLength(1);
  });
});
