// Robot phone calls end to end: staff set up a campaign on a published survey over HTTP, the
// scheduler places the calls with the fake provider (Twilio's and 46elks' wire formats), the
// fake "residents" press keys by script against the real callback routes, and the answers land
// in the survey's results with channel "phone".
import type { CallScript } from "@kuulo/phone/fake";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSuppressed } from "../messaging/index.js";
import { surveyResponses } from "../surveys/schema.js";
import { phoneModule } from "./module.js";
import { phoneCalls, phoneNumbers } from "./schema.js";
import { type PhoneTestApp, phoneTestApp, publishedPhoneSurvey } from "./testing.js";
import { phonePass } from "./worker.js";

/** Monday 7 December 2026, 12:00 in Helsinki: inside the default window. */
const MONDAY_NOON = new Date("2026-12-07T10:00:00Z");

const scripts: Record<string, CallScript> = {
  "+358401000001": { kind: "answer", keys: ["1", "1", "4", "3", "85#"] },
  "+358401000002": { kind: "busy" },
  "+358401000004": { kind: "answer", keys: ["timeout", "1", "5", "2"], hangUpAt: 3 },
  "+358401000006": { kind: "answer", keys: ["1", "2", "4", "40#"], retry: true },
  "+358401000007": { kind: "answer", keys: ["1", "1"], badSignature: true },
  "+358401000008": { kind: "answer", keys: ["1", "9"] },
  "+358401000005": { kind: "machine" },
};
const csv = `number;language\n${Object.keys(scripts)
  .map((n) => `0${n.slice(4, 6)} ${n.slice(6)};fi`)
  .join("\n")}\n`;
const b64 = (text: string) => Buffer.from(text).toString("base64");

let t: PhoneTestApp;
beforeAll(async () => {
  t = await phoneTestApp();
  Object.assign(t.fake.scripts, scripts);
});
afterAll(async () => {
  await t?.close();
});

async function setUp(slug: string, provider: "twilio" | "46elks") {
  const org = await t.createOrg(slug);
  await t.addMember(org, `admin@${slug}.fi`, ["admin"]);
  await t.addMember(org, `viewer@${slug}.fi`, ["viewer"]);
  const admin = await t.signIn(`admin@${slug}.fi`, slug);
  const viewer = await t.signIn(`viewer@${slug}.fi`, slug);
  const survey = await publishedPhoneSurvey(t.database.db, org.id);
  const created = await admin.request({
    method: "POST",
    url: `/api/orgs/${slug}/phone/campaigns`,
    payload: {
      name: "Kotihoidon puhelut",
      surveyId: survey.id,
      provider,
      caller: "Testialueen hyvinvointialueen",
      callingNumber: "+358101000000",
      languages: ["fi", "sv"],
      maxConcurrent: 20,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const campaign = created.json();
  const url = `/api/orgs/${slug}/phone/campaigns/${campaign.id}`;
  return { org, admin, viewer, survey, campaign, url };
}

const pass = (now: Date, campaignId: string) =>
  phonePass(t.database.db, t.config, t.modules.services(phoneModule), { now, campaignId });

async function runCampaign(provider: "twilio" | "46elks", slug: string) {
  const s = await setUp(slug, provider);
  expect(s.campaign.skipped).toContainEqual({
    language: "fi",
    question: "comments",
    reason: "open_text",
  });
  const up = await s.admin.request({
    method: "POST",
    url: `${s.url}/numbers`,
    payload: { file: b64(csv), consentBasis: "consent asked by phone, November 2026" },
  });
  expect(up.statusCode, up.body).toBe(200);
  expect(up.json()).toEqual({ added: 7, suppressed: 0 });
  for (const status of ["ready", "running"]) {
    const moved = await s.admin.request({
      method: "POST",
      url: `${s.url}/status`,
      payload: { status },
    });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  const first = await pass(MONDAY_NOON, s.campaign.id);
  expect(first).toMatchObject({ placed: 7, failed: 0 });
  await t.fake.settled();
  return s;
}

async function phoneResponses(surveyId: string) {
  const rows = await t.database.db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.channel, "phone")));
  return rows.map((r) => ({ status: r.status, answers: r.answers }));
}

describe.each([
  ["twilio", "puhelu-tw"],
  ["46elks", "puhelu-elks"],
] as const)("a campaign through %s", (provider, slug) => {
  let s: Awaited<ReturnType<typeof runCampaign>>;
  beforeAll(async () => {
    s = await runCampaign(provider, slug);
  });

  it("stores every answer once into the survey's results with channel phone, partial ones too", async () => {
    const responses = await phoneResponses(s.survey.id);
    expect(responses).toHaveLength(3);
    expect(responses.map((r) => r.status)).toEqual(["complete", "complete", "complete"]);
    const answers = responses.map((r) => r.answers);
    expect(answers).toContainEqual({ used: { choice: "yes" }, satisfied: 4, grade: 3, age: 85 });
    // Hung up at the third prompt: the two answers given are kept.
    expect(answers).toContainEqual({ used: { choice: "yes" }, satisfied: 5 });
    // Every callback sent twice: each answer applied once.
    expect(answers).toContainEqual({ used: { choice: "no" }, grade: 4, age: 40 });
  });

  it("refuses callbacks with a bad signature or token", () => {
    const bad = t.fake.calls.find((c) => c.provider === provider && c.to === "+358401000007")!;
    expect(bad.posts.length).toBeGreaterThan(0);
    expect(bad.posts.every((p) => p.status === 403)).toBe(true);
  });

  it("puts a number that pressed 9 on the suppression list at once and never calls it again", async () => {
    expect(
      await isSuppressed(t.database.db, {
        organizationId: s.org.id,
        channel: "phone",
        address: "+358401000008",
      }),
    ).toBe(true);
    const dashboard = await s.viewer.request({ method: "GET", url: `${s.url}/dashboard` });
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    const d = dashboard.json();
    // 46elks has no answering-machine detection: the machine hears the questions in silence.
    const completed = provider === "twilio" ? 2 : 3;
    expect(d).toMatchObject({ numbers: 7, attempted: 7, completed, partial: 1, optedOut: 1 });
    expect(d.failedByReason.busy).toBe(1);

    // Five hours later: the busy number and (Twilio) the machine are tried again under attempt 2;
    // the refused call is closed as timed out now and due in four hours; the opted-out,
    // completed and partial numbers are not called again.
    const later = await pass(new Date(MONDAY_NOON.getTime() + 5 * 3_600_000), s.campaign.id);
    await t.fake.settled();
    expect(later.timedOut).toBe(1);
    const calls = await t.database.db
      .select({ numberId: phoneCalls.numberId, attempt: phoneCalls.attempt })
      .from(phoneCalls)
      .where(eq(phoneCalls.campaignId, s.campaign.id));
    const keys = calls.map((c) => `${c.numberId}/${c.attempt}`);
    expect(new Set(keys).size).toBe(keys.length);
    const numbers = await t.database.db
      .select({ status: phoneNumbers.status, attempts: phoneNumbers.attempts })
      .from(phoneNumbers)
      .where(eq(phoneNumbers.campaignId, s.campaign.id));
    expect(numbers.filter((n) => n.status === "opted_out")).toEqual([
      { status: "opted_out", attempts: 1 },
    ]);
    expect(numbers.filter((n) => n.status === "done")).toHaveLength(completed + 1);
    expect(numbers.filter((n) => n.attempts === 2)).toHaveLength(provider === "twilio" ? 2 : 1);
    expect(numbers.filter((n) => n.status === "waiting")).toHaveLength(
      provider === "twilio" ? 3 : 2,
    );
  });
});
