import { flowPrompts, type KeypadStep, type PhoneFlow } from "@kuulo/phone";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { createSealer } from "../../db/sealed.js";
import type { DemoSeeder } from "../define.js";
import { latestVersion, surveys } from "../surveys/index.js";
import { answerCall, applyInput, endCall } from "./calls.js";
import { campaignFlow, createCampaign } from "./campaigns.js";
import { numberScope } from "./numbers.js";
import { type PhoneCampaign, phoneCalls, phoneCampaigns, phoneNumbers } from "./schema.js";

/** How many residents the demo campaign called. */
export const DEMO_NUMBERS = 60;

/** A small deterministic generator, so that the demo is the same on every seeding. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** The keys a demo resident presses at one step: one of its answers, or a number. */
function press(step: KeypadStep, rnd: () => number): string {
  if (step.number) {
    const min = step.number.min ?? 1;
    const max = Math.min(step.number.max ?? 99, 99);
    return `${Math.floor(min + rnd() * (max - min + 1))}#`;
  }
  const digits = Object.keys(step.digits);
  return digits[Math.floor(rnd() * digits.length)]!;
}

/**
 * The demo county's finished robot-call campaign on the service-experience survey: 60 residents
 * called through the same callbacks the providers use (answered, busy, hung up mid-survey,
 * opted out with 9), so that their answers are in the survey's results with channel "phone".
 * The prompts are left for the phone worker to render (playable once it has run).
 */
export const seedDemoPhone: DemoSeeder = async (db, { organization, dataKey }) => {
  if (!dataKey) return;
  const sealer = createSealer(dataKey);
  const [survey] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organizationId, organization.id), eq(surveys.slug, "palvelukokemus")));
  if (!survey || !(await latestVersion(db, survey.id))) return;
  const campaign = await createCampaign(db, {
    organizationId: organization.id,
    actor: { label: "demo" },
    input: {
      name: "Palvelukokemus puhelimitse – ikääntyneet",
      surveyId: survey.id,
      provider: "fake",
      caller: "Demoalueen hyvinvointialueen",
      callingNumber: "+358101234567",
      languages: ["fi", "sv"],
      rate: "slow",
      window: { days: [1, 2, 3, 4, 5], fromHour: 10, toHour: 19, skipHolidays: true },
      maxAttempts: 3,
      spacingHours: 4,
      maxConcurrent: 10,
      smsNotice: false,
      machineDetection: true,
    },
  });
  const flows = {
    fi: await campaignFlow(db, campaign, "fi"),
    sv: await campaignFlow(db, campaign, "sv"),
  };
  const deps = {
    sealer,
    flow: async (_db: Db, _c: PhoneCampaign, n: { language: "fi" | "sv" }) => flows[n.language],
  };
  const rnd = random(19);
  for (let i = 0; i < DEMO_NUMBERS; i++) {
    const language = i % 6 === 5 ? "sv" : "fi";
    await demoCall(db, { campaign, sealer, deps, flow: flows[language], language, i, rnd });
  }
  const prompts = flowPrompts(flows.fi).length + flowPrompts(flows.sv).length;
  await db
    .update(phoneCampaigns)
    .set({ status: "finished", promptsDone: 0, promptsTotal: prompts })
    .where(eq(phoneCampaigns.id, campaign.id));
};

async function demoCall(
  db: Db,
  o: {
    campaign: PhoneCampaign;
    sealer: ReturnType<typeof createSealer>;
    deps: Parameters<typeof answerCall>[1];
    flow: PhoneFlow;
    language: "fi" | "sv";
    i: number;
    rnd: () => number;
  },
): Promise<void> {
  const number = `+3584090${String(10000 + o.i)}`;
  const [row] = await db
    .insert(phoneNumbers)
    .values({
      organizationId: o.campaign.organizationId,
      campaignId: o.campaign.id,
      numberSealed: o.sealer.seal(number),
      numberIndex: o.sealer.blindIndex(numberScope(o.campaign.id), number),
      language: o.language,
      source: "list",
      consentBasis: "demo: consent asked at the service point",
      status: "in_call",
      attempts: 1,
    })
    .returning();
  const [call] = await db
    .insert(phoneCalls)
    .values({
      organizationId: o.campaign.organizationId,
      campaignId: o.campaign.id,
      numberId: row!.id,
      attempt: 1,
      status: "ringing",
      providerCallId: `CAdemo${o.i}`,
      state: { at: -1, answers: {}, repeats: 0, replays: 0, turn: 0, status: "active" },
    })
    .returning();
  const callId = call!.id;
  const kind = o.i % 10;
  if (kind === 7) {
    await endCall(db, o.deps, { callId, key: `demo:${callId}:busy`, outcome: "busy" });
    return;
  }
  let answer = await answerCall(db, o.deps, {
    callId,
    providerCallId: `CAdemo${o.i}`,
    machine: false,
  });
  let asked = 0;
  while (answer.action.kind === "ask") {
    const id = answer.action.id;
    const step = o.flow.steps.find((s) => s.id === id);
    if (kind === 8 && asked === 2) break; // hangs up mid-survey
    const keys =
      id === "intro" ? "1" : kind === 9 && asked === 1 ? "9" : step ? press(step, o.rnd) : "1";
    answer = await applyInput(db, o.deps, {
      callId,
      key: `demo:${callId}:${answer.turn}`,
      turn: answer.turn,
      input: keys,
    });
    asked++;
  }
  await endCall(db, o.deps, { callId, key: `demo:${callId}:end`, outcome: "answered" });
}
