import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { seedDemoSurvey } from "../surveys/demo.js";
import { surveyResponses } from "../surveys/schema.js";
import { campaignDashboard } from "./dashboard.js";
import { DEMO_NUMBERS, seedDemoPhone } from "./demo.js";
import { phoneCampaigns } from "./schema.js";

describe("the demo county's phone campaign", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PHONE_WORKER: "false" });
  });
  afterAll(() => t.close());

  it("is finished, with its answers in the service-experience survey's results as channel phone", async () => {
    const org = await t.createOrg("demo-puhelut");
    const options = { organization: org, dataKey: Buffer.from(TEST_DATA_KEY, "hex") };
    await seedDemoSurvey(t.database.db, options);
    await seedDemoPhone(t.database.db, options);
    const db = t.database.db;
    const [campaign] = await db
      .select()
      .from(phoneCampaigns)
      .where(eq(phoneCampaigns.organizationId, org.id));
    expect(campaign).toMatchObject({ status: "finished", promptsDone: 0, promptsTotal: 12 });
    const phone = await db
      .select()
      .from(surveyResponses)
      .where(
        and(eq(surveyResponses.surveyId, campaign!.surveyId), eq(surveyResponses.channel, "phone")),
      );
    expect(phone.length).toBeGreaterThan(30);
    expect(phone.every((r) => r.status === "complete")).toBe(true);
    expect(phone.some((r) => "service" in r.answers)).toBe(true);
    const d = await campaignDashboard(db, { organizationId: org.id, campaignId: campaign!.id });
    expect(d).toMatchObject({ numbers: DEMO_NUMBERS, attempted: DEMO_NUMBERS, optedOut: 6 });
    expect(d.partial).toBeGreaterThan(0);
    expect(d.failedByReason.busy).toBe(6);
  });
});
