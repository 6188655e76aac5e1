import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { seedDemoJuries } from "./demo.js";
import { listJuries } from "./setup.js";

describe("the demo county's youth jury", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("is finished, with its published statement and the county's response on the public page", async () => {
    const org = await t.createOrg("demo-raati");
    await seedDemoJuries(t.database.db, {
      organization: org,
      dataKey: Buffer.from(TEST_DATA_KEY, "hex"),
    });
    const [jury] = await listJuries(t.database.db, { organizationId: org.id });
    expect(jury).toMatchObject({ status: "finished", phase: "publish" });
    const page = await t.app.inject({
      method: "GET",
      url: `/api/orgs/demo-raati/jury-pages/${jury!.id}`,
    });
    expect(page.json()).toMatchObject({ jurors: 12, decisionResponse: { body: "Aluehallitus" } });
    const statement = await t.app.inject({
      method: "GET",
      url: `/api/orgs/demo-raati/deliberation/public/${page.json().statementId}`,
    });
    expect(statement.statusCode, statement.body).toBe(200);
    expect(statement.json().recommendations).toHaveLength(3);
  });
});
