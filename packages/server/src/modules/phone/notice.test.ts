// The SMS notice before the calls, on the database: one notice per number (even with two passes
// at once), none to a suppressed number (which is then never called), Finnish or Swedish by the
// number's language, only inside the calling window, and no first call before the lead time.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import { suppressAddress } from "../messaging/index.js";
import { smsMessages } from "../messaging/schema.js";
import { createCampaign, setCampaignStatus } from "./campaigns.js";
import { phoneModule } from "./module.js";
import { queueDueNotices } from "./notice.js";
import { uploadNumbers } from "./numbers.js";
import { claimDueCalls } from "./scheduler.js";
import { phoneNumbers } from "./schema.js";
import { publishedPhoneSurvey } from "./testing.js";
import { phonePass } from "./worker.js";

const actor = { label: "test" };
/** Monday 7 December 2026 at 12:00 in Helsinki. */
const MONDAY_NOON = new Date("2026-12-07T10:00:00Z");
const hoursLater = (hours: number) => new Date(MONDAY_NOON.getTime() + hours * 3_600_000);

let t: TestApp;
let orgId: string;
let surveyId: string;
beforeAll(async () => {
  t = await createTestApp({ PHONE_WORKER: "false" });
  orgId = (await t.createOrg("ilmoitus")).id;
  surveyId = (await publishedPhoneSurvey(t.database.db, orgId)).id;
});
afterAll(async () => {
  await t?.close();
});

const services = () => t.modules.services(phoneModule);

async function runningCampaign(csv: string, smsNotice = true) {
  const db = t.database.db;
  const campaign = await createCampaign(db, {
    organizationId: orgId,
    input: {
      name: "Ilmoituksella",
      surveyId,
      provider: "fake",
      caller: "Testialueen",
      callingNumber: "+358101000000",
      languages: ["fi", "sv"],
      rate: "normal",
      window: { days: [1, 2, 3, 4, 5], fromHour: 10, toHour: 19, skipHolidays: true },
      maxAttempts: 3,
      spacingHours: 4,
      maxConcurrent: 50,
      smsNotice,
      machineDetection: true,
    },
    actor,
  });
  await uploadNumbers(db, services().sealer, {
    organizationId: orgId,
    campaignId: campaign.id,
    file: Buffer.from(csv),
    consentBasis: "consent by phone",
    actor,
  });
  for (const status of ["ready", "running"] as const)
    await setCampaignStatus(db, { organizationId: orgId, campaignId: campaign.id, status, actor });
  return campaign;
}

/** The notices queued, with their numbers opened. */
async function notices() {
  const rows = await t.database.db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.organizationId, orgId), eq(smsMessages.kind, "phone.notice")));
  return rows.map((r) => ({ ...r, to: services().sealer.open(r.to) }));
}

describe("the SMS notice before the calls", () => {
  it("texts each number once in its language, skips suppressed ones, calls after the lead time", async () => {
    const db = t.database.db;
    await suppressAddress(db, {
      organizationId: orgId,
      channel: "sms",
      address: "+358401000003",
      reason: "opt_out",
    });
    const c = await runningCampaign(
      "number,language\n040 1000001,fi\n040 1000002,sv\n040 1000003,fi\n040 1000004,fi\n",
    );
    // One on the list before the upload (never waiting), one who refused after it (by phone).
    await suppressAddress(db, {
      organizationId: orgId,
      channel: "phone",
      address: "+358401000004",
      reason: "opt_out",
    });
    // Not called before the notice, even when due.
    expect(await claimDueCalls(db, { now: MONDAY_NOON, campaignId: c.id })).toHaveLength(0);

    const pass = await phonePass(db, t.config, services(), {
      now: MONDAY_NOON,
      campaignId: c.id,
    });
    expect(pass).toMatchObject({ notices: 2, suppressed: 1, placed: 0 });
    const sent = await notices();
    expect(sent.map((s) => s.to).sort()).toEqual(["+358401000001", "+358401000002"]);
    const fi = sent.find((s) => s.to === "+358401000001")!;
    const sv = sent.find((s) => s.to === "+358401000002")!;
    expect(fi.text).toContain("ilmoitus fi soittaa sinulle");
    expect(fi.text).toContain("+358101000000");
    expect(fi.text).toContain("STOP");
    expect(sv.text).toContain("ilmoitus sv ringer dig");
    expect(sv.text).toContain("+358101000000");
    expect(sv.text).toContain("svara STOP");
    expect(fi.subjectType).toBe("phone_number");
    expect(fi.suppressible).toBe(true);

    const numbers = await db.select().from(phoneNumbers).where(eq(phoneNumbers.campaignId, c.id));
    const gone = numbers.filter((n) => n.status === "suppressed");
    expect(gone.map((n) => services().sealer.open(n.numberSealed)).sort()).toEqual([
      "+358401000003",
      "+358401000004",
    ]);
    expect(gone.every((n) => n.noticeSentAt === null)).toBe(true);
    expect(numbers.filter((n) => n.noticeSentAt?.getTime() === MONDAY_NOON.getTime())).toHaveLength(
      2,
    );

    // A second pass sends nothing more.
    expect(
      await queueDueNotices(db, services().sealer, { now: hoursLater(1), leadHours: 24 }),
    ).toEqual({ queued: 0, suppressed: 0 });
    expect(await notices()).toHaveLength(2);

    // The first call waits 24 hours after the notice (Tuesday 11:00 is inside the window).
    expect(await claimDueCalls(db, { now: hoursLater(23), campaignId: c.id })).toHaveLength(0);
    const claimed = await claimDueCalls(db, { now: hoursLater(24), campaignId: c.id });
    expect(claimed.map((x) => services().sealer.open(x.number.numberSealed)).sort()).toEqual([
      "+358401000001",
      "+358401000002",
    ]);
  });

  it("never sends a number two notices when two schedulers run at once", async () => {
    const db = t.database.db;
    const rows = Array.from({ length: 40 }, (_, i) => `040 ${2_000_000 + i},fi`).join("\n");
    const c = await runningCampaign(`number,language\n${rows}\n`);
    const before = (await notices()).length;
    const options = { now: MONDAY_NOON, leadHours: 24, campaignId: c.id };
    const [a, b] = await Promise.all([
      queueDueNotices(db, services().sealer, options),
      queueDueNotices(db, services().sealer, options),
    ]);
    expect(a.queued + b.queued).toBe(40);
    const after = (await notices()).slice(before);
    expect(after).toHaveLength(40);
    expect(new Set(after.map((s) => s.to)).size).toBe(40);
  });

  it("sends no notice outside the calling window, and none for a campaign without it", async () => {
    const db = t.database.db;
    const withNotice = await runningCampaign("number\n040 3000001\n");
    const without = await runningCampaign("number\n040 3000002\n", false);
    const sealer = services().sealer;
    const evening = new Date("2026-12-07T18:00:00Z"); // Monday 20:00 in Helsinki
    for (const campaignId of [withNotice.id, without.id]) {
      expect(
        await queueDueNotices(db, sealer, { now: evening, leadHours: 24, campaignId }),
      ).toEqual({ queued: 0, suppressed: 0 });
      expect(
        await queueDueNotices(db, sealer, { now: MONDAY_NOON, leadHours: 24, campaignId }),
      ).toEqual({ queued: campaignId === withNotice.id ? 1 : 0, suppressed: 0 });
    }
    // The campaign without the notice calls at once.
    expect(await claimDueCalls(db, { now: MONDAY_NOON, campaignId: without.id })).toHaveLength(1);
  });
});
