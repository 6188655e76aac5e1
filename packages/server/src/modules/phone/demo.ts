import {
  flowPrompts,
  type KeypadStep,
  nextAction,
  type PhoneFlow,
  startCall,
  step,
  twilioPlaceCall,
} from "@kuulo/phone";
import { type CallScript, type FakeCall, type PostForm, twilioRunCall } from "@kuulo/phone/fake";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { createSealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import type { DemoSeeder } from "../define.js";
import { latestVersion, surveys } from "../surveys/index.js";
import { campaignFlow, createCampaign } from "./campaigns.js";
import { numberScope } from "./numbers.js";
import { webhookUrls } from "./providers.js";
import { type PhoneCampaign, phoneCalls, phoneCampaigns, phoneNumbers } from "./schema.js";
import { FAKE_TWILIO } from "./services.js";
import { type TwilioWebhookEnv, twilioHookOf, twilioWebhook } from "./webhooks.js";

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
 * What a demo resident presses, prompt by prompt, until the call ends: "1" to start, then an
 * answer to each question the flow asks (following its conditions), "9" at the first question
 * for those who refuse. Worked out with the flow's own state machine, as a resident who hears
 * the questions would.
 */
function residentKeys(flow: PhoneFlow, refuses: boolean, rnd: () => number): string[] {
  const keys: string[] = [];
  let state = startCall();
  let action = nextAction(flow, state);
  while (action.kind === "ask" && keys.length < 50) {
    const id = action.id;
    const s = flow.steps.find((x) => x.id === id);
    const key = id === "intro" ? "1" : refuses ? "9" : s ? press(s, rnd) : "1";
    keys.push(key);
    state = step(flow, state, key.replace(/#$/, "")).state;
    action = nextAction(flow, state);
  }
  return keys;
}

/** A fake-provider call's posts handed to the webhook handling the routes use (no HTTP). */
function inProcess(env: TwilioWebhookEnv): PostForm {
  return async (url, form, headers = {}) => {
    const hook = twilioHookOf(url);
    if (!hook) return { url, status: 404, body: "" };
    try {
      const reply = await twilioWebhook(env, {
        ...hook,
        url: hook.path,
        form: Object.fromEntries(form.entries()),
        signature: headers["x-twilio-signature"],
      });
      return { url, status: reply.status, body: reply.status === 200 ? reply.body : "" };
    } catch (error) {
      if (error instanceof AppError) return { url, status: 403, body: "" };
      throw error;
    }
  };
}

/** Where the demo's webhook URLs point; signatures and audio links are made for it. */
const DEMO_PUBLIC_URL = "http://demo.kuulo.invalid";

/**
 * The demo county's finished robot-call campaign on the service-experience survey: 60 residents
 * called by the fake provider (Twilio's wire format, signed callbacks) whose callbacks go
 * through the same webhook handling as a provider's (webhooks.ts) — answered, busy, hung up
 * mid-survey, opted out with 9 — so that their answers are in the survey's results with channel
 * "phone". The prompts are left for the phone worker to render (playable once it has run).
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
  const transport = inProcess({
    db,
    publicUrl: DEMO_PUBLIC_URL,
    account: () => FAKE_TWILIO,
    deps: { sealer, flow: async (_db, _c, n) => flows[n.language] },
  });
  const rnd = random(19);
  for (let i = 0; i < DEMO_NUMBERS; i++) {
    const language = i % 6 === 5 ? "sv" : "fi";
    const kind = i % 10;
    const script: CallScript =
      kind === 7
        ? { kind: "busy" }
        : {
            kind: "answer",
            keys: residentKeys(flows[language], kind === 9, rnd),
            ...(kind === 8 ? { hangUpAt: 2 } : {}), // hangs up mid-survey
          };
    await demoCall(db, { campaign, sealer, transport, script, language, i });
  }
  const prompts = flowPrompts(flows.fi).length + flowPrompts(flows.sv).length;
  await db
    .update(phoneCampaigns)
    .set({ status: "finished", promptsDone: 0, promptsTotal: prompts })
    .where(eq(phoneCampaigns.id, campaign.id));
};

/** One number's first attempt, claimed as the scheduler claims it, then called by the fake. */
async function demoCall(
  db: Db,
  o: {
    campaign: PhoneCampaign;
    sealer: ReturnType<typeof createSealer>;
    transport: PostForm;
    script: CallScript;
    language: "fi" | "sv";
    i: number;
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
  const providerCallId = `CAdemo${String(o.i).padStart(4, "0")}`;
  const [call] = await db
    .insert(phoneCalls)
    .values({
      organizationId: o.campaign.organizationId,
      campaignId: o.campaign.id,
      numberId: row!.id,
      attempt: 1,
      status: "ringing",
      providerCallId,
      state: startCall(),
    })
    .returning();
  // The request the server would send to place the call, as the fake provider receives it.
  const urls = webhookUrls(DEMO_PUBLIC_URL, o.campaign, call!.id);
  const placed = twilioPlaceCall({
    ...FAKE_TWILIO,
    from: o.campaign.callingNumber,
    to: number,
    url: urls.start,
    statusCallback: urls.end,
    machineDetection: o.campaign.machineDetection,
    timeout: 45,
  });
  const fakeCall: FakeCall = {
    provider: "twilio",
    id: providerCallId,
    from: o.campaign.callingNumber,
    to: number,
    posts: [],
    played: [],
  };
  await twilioRunCall(
    fakeCall,
    new URLSearchParams(placed.body),
    o.script,
    FAKE_TWILIO,
    o.transport,
  );
  const refused = fakeCall.posts.filter((p) => p.status !== 200 && p.status !== 204);
  if (refused.length > 0)
    throw new Error(`demo call ${o.i}: the server refused ${refused.map((p) => p.url).join(", ")}`);
}
