import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { seedDemoSurvey } from "../surveys/demo.js";
import { surveyResponses } from "../surveys/schema.js";
import { campaignDashboard } from "./dashboard.js";
import { DEMO_NUMBERS, seedDemoPhone } from "./demo.js";
import { phoneCallbacks, phoneCalls, phoneCampaigns } from "./schema.js";

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

    // The calls went through the providers' webhook handling: Twilio's idempotency keys of the
    // fake provider's signed callbacks (gathers by turn, status callbacks by sequence).
    const keys = await db
      .select({ key: phoneCallbacks.key })
      .from(phoneCallbacks)
      .innerJoin(phoneCalls, eq(phoneCalls.id, phoneCallbacks.callId))
      .where(eq(phoneCalls.campaignId, campaign!.id));
    expect(keys.some((k) => /^twilio:CAdemo\d{4}:1$/.test(k.key))).toBe(true);
    expect(keys.some((k) => /^twilio:CAdemo\d{4}:status:\d+$/.test(k.key))).toBe(true);
    const calls = await db.select().from(phoneCalls).where(eq(phoneCalls.campaignId, campaign!.id));
    expect(calls.every((c) => c.status === "ended")).toBe(true);
    const called = new Set(keys.map((k) => k.key.split(":")[1]));
    expect(calls.every((c) => called.has(c.providerCallId!))).toBe(true);
  }, 120_000); // 60 calls through the webhook handling: slow on a busy 2-core machine
});
