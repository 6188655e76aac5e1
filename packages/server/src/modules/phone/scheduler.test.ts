// The scheduler on the database: calling windows and holidays, the concurrency cap across two
// concurrent passes (never one number twice at once), stuck attempts closed after a crash and
// retried under the next attempt number, and staff lists taken all or nothing.
import { startCall } from "@kuulo/phone";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors.js";
import { createTestApp, type TestApp } from "../../test-app.js";
import { suppressAddress } from "../messaging/index.js";
import { poolConsents, poolMembers } from "../pool/schema.js";
import { createCampaign, setCampaignStatus } from "./campaigns.js";
import { phoneModule } from "./module.js";
import { addPoolMembers, uploadNumbers } from "./numbers.js";
import { claimDueCalls, closeStuckCalls } from "./scheduler.js";
import { phoneCalls, phoneNumbers } from "./schema.js";
import { publishedPhoneSurvey } from "./testing.js";
import { callbackDeps } from "./worker.js";

const actor = { label: "test" };
/** Monday 7 December 2026 at 12:00 in Helsinki. */
const MONDAY_NOON = new Date("2026-12-07T10:00:00Z");
const list = (count: number, from = 1) =>
  Buffer.from(
    `number\n${Array.from({ length: count }, (_, i) => `040 ${String(1_000_000 + from + i)}`).join("\n")}\n`,
  );

let t: TestApp;
let orgId: string;
let surveyId: string;
beforeAll(async () => {
  t = await createTestApp({ PHONE_WORKER: "false" });
  const org = await t.createOrg("ajastus");
  orgId = org.id;
  surveyId = (await publishedPhoneSurvey(t.database.db, org.id)).id;
});
afterAll(async () => {
  await t?.close();
});

const services = () => t.modules.services(phoneModule);

async function runningCampaign(numbers: number, maxConcurrent: number, from = 1) {
  const db = t.database.db;
  const campaign = await createCampaign(db, {
    organizationId: orgId,
    input: {
      name: "Puhelut",
      surveyId,
      provider: "fake",
      caller: "Testialueen",
      callingNumber: "+358101000000",
      languages: ["fi"],
      rate: "normal",
      window: { days: [1, 2, 3, 4, 5], fromHour: 10, toHour: 19, skipHolidays: true },
      maxAttempts: 3,
      spacingHours: 4,
      maxConcurrent,
      smsNotice: false,
      machineDetection: true,
    },
    actor,
  });
  await uploadNumbers(db, services().sealer, {
    organizationId: orgId,
    campaignId: campaign.id,
    file: list(numbers, from),
    consentBasis: "consent by phone",
    actor,
  });
  for (const status of ["ready", "running"] as const)
    await setCampaignStatus(db, { organizationId: orgId, campaignId: campaign.id, status, actor });
  return campaign;
}

describe("the scheduler", () => {
  it("calls only inside the window: not in the evening, at weekends or on public holidays", async () => {
    const c = await runningCampaign(3, 5, 100);
    const claim = (iso: string) =>
      claimDueCalls(t.database.db, { now: new Date(iso), campaignId: c.id });
    expect(await claim("2026-12-07T17:30:00Z")).toHaveLength(0); // Monday 19:30 in Helsinki
    expect(await claim("2026-12-12T10:00:00Z")).toHaveLength(0); // Saturday noon
    expect(await claim("2027-01-06T10:00:00Z")).toHaveLength(0); // Epiphany, a Wednesday
    expect(await claim("2026-12-24T10:00:00Z")).toHaveLength(0); // Christmas Eve
    expect(await claim("2026-12-07T08:00:00Z")).toHaveLength(3); // Monday 10:00
  });

  it("holds the concurrency cap and never claims a number twice, even in two passes at once", async () => {
    const c = await runningCampaign(10, 4, 200);
    const [a, b] = await Promise.all([
      claimDueCalls(t.database.db, { now: MONDAY_NOON, campaignId: c.id }),
      claimDueCalls(t.database.db, { now: MONDAY_NOON, campaignId: c.id }),
    ]);
    const claimed = [...a!, ...b!].map((x) => x.number.id);
    expect(claimed).toHaveLength(4);
    expect(new Set(claimed).size).toBe(4);
    // While they are in a call, nothing more is claimed.
    expect(await claimDueCalls(t.database.db, { now: MONDAY_NOON, campaignId: c.id })).toEqual([]);
  });

  it("closes attempts stuck after a crash and retries under the next attempt number", async () => {
    const c = await runningCampaign(2, 2, 300);
    const db = t.database.db;
    const claimed = await claimDueCalls(db, { now: MONDAY_NOON, campaignId: c.id });
    expect(claimed.map((x) => x.call.attempt)).toEqual([1, 1]);
    // One call got as far as an answer before the "crash".
    await db
      .update(phoneCalls)
      .set({ status: "in_call", answered: true, state: { ...startCall(), at: 1, turn: 2 } })
      .where(eq(phoneCalls.id, claimed[0]!.call.id));
    const later = new Date(MONDAY_NOON.getTime() + 60 * 60_000);
    const closed = await closeStuckCalls(db, callbackDeps(services(), later), {
      now: later,
      timeoutMinutes: 30,
    });
    expect(closed).toBeGreaterThanOrEqual(2); // and those the tests above left in flight
    const calls = await db.select().from(phoneCalls).where(eq(phoneCalls.campaignId, c.id));
    expect(calls.map((x) => x.status)).toEqual(["ended", "ended"]);
    expect(calls.map((x) => x.outcome)).toEqual(["timed_out", "timed_out"]);
    const retried = await claimDueCalls(db, {
      now: new Date(later.getTime() + 5 * 3_600_000),
      campaignId: c.id,
    });
    expect(retried.map((x) => x.call.attempt)).toEqual([2, 2]);
  });

  it("takes a staff list all or nothing, with errors by line and column", async () => {
    const c = await runningCampaign(1, 1, 400);
    const error = await uploadNumbers(t.database.db, services().sealer, {
      organizationId: orgId,
      campaignId: c.id,
      file: Buffer.from("number;language\n040 1234567;fi\nnot a number;fi\n040 7654321;en\n"),
      consentBasis: "consent by phone",
      actor,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(
      (error as AppError).errors?.map((e) => [e.path, e.params?.line, e.params?.column]),
    ).toEqual([
      ["body.file", 3, "number"],
      ["body.file", 4, "language"],
    ]);
    const rows = await t.database.db
      .select()
      .from(phoneNumbers)
      .where(eq(phoneNumbers.campaignId, c.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.numberSealed).not.toContain("040");
  });

  it("takes from the pool only members consenting to phone calls for surveys, never a suppressed one", async () => {
    const db = t.database.db;
    const c = await runningCampaign(1, 1, 500);
    const sealer = services().sealer;
    const member = async (phone: string, channel: "phone" | "email", withdrawn = false) => {
      const [m] = await db
        .insert(poolMembers)
        .values({
          organizationId: orgId,
          status: "active",
          phoneSealed: sealer.seal(phone),
          municipality: "179",
          birthYear: 1940,
          gender: "woman",
          motherTongue: "fi",
          language: "fi",
          channels: [channel],
          source: "phone",
        })
        .returning({ id: poolMembers.id });
      await db.insert(poolConsents).values({
        organizationId: orgId,
        memberId: m!.id,
        purpose: "surveys",
        channel,
        textVersion: 1,
        givenVia: "phone",
        withdrawnAt: withdrawn ? new Date() : null,
      });
    };
    await member("+358405550001", "phone");
    await member("+358405550002", "email");
    await member("+358405550003", "phone", true);
    await member("+358405550004", "phone");
    await suppressAddress(db, {
      organizationId: orgId,
      channel: "phone",
      address: "+358405550004",
      reason: "opt_out",
    });
    const added = await addPoolMembers(db, sealer, {
      organizationId: orgId,
      campaignId: c.id,
      actor,
    });
    expect(added).toEqual({ added: 2, suppressed: 1 });
    const rows = await db.select().from(phoneNumbers).where(eq(phoneNumbers.campaignId, c.id));
    expect(
      rows
        .filter((r) => r.source === "pool")
        .map((r) => [sealer.open(r.numberSealed), r.status])
        .sort(),
    ).toEqual([
      ["+358405550001", "waiting"],
      ["+358405550004", "suppressed"],
    ]);
  });
});
