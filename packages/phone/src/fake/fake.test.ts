// End to end through the wire formats: the fake provider places "calls" and presses keys by
// script against a tiny server side that uses the adapters and the flow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elksPlaceCall, elksWebhookUrl } from "../elks.js";
import { buildFlow } from "../flow.js";
import { phoneSurvey } from "../testing.js";
import { twilioPlaceCall } from "../twilio.js";
import { type FakeProvider, startFakeProvider } from "./index.js";
import type { CallScript } from "./script.js";
import { type SurveyServer, startSurveyServer } from "./survey-server.js";

const flow = buildFlow(phoneSurvey, { lang: "fi", caller: "Testialueen" });
const TWILIO = { accountSid: "AC0123456789", authToken: "twilio-secret" };
const ELKS = { username: "u0123", password: "elks-secret" };
const TOKEN = "campaign-token-1";
const FROM = "+358101000000";

const scripts: Record<string, CallScript> = {
  "+358401000001": { kind: "answer", keys: ["1", "1", "4", "3", "85#"] },
  "+358401000002": { kind: "busy" },
  "+358401000003": { kind: "no_answer" },
  "+358401000004": { kind: "answer", keys: ["timeout", "1", "5", "2"], hangUpAt: 3 },
  "+358401000005": { kind: "machine" },
  "+358401000006": { kind: "answer", keys: ["1", "2", "4", "40#"], retry: true },
  "+358401000007": { kind: "answer", keys: ["1", "1"], badSignature: true },
  "+358401000008": { kind: "answer", keys: ["1", "9"] },
  "+358401000009": { kind: "answer", keys: ["0", "timeout", "7", "2", "3", "timeout", "timeout"] },
};

let fake: FakeProvider;
let server: SurveyServer;

beforeAll(async () => {
  fake = await startFakeProvider({ twilio: TWILIO, elks: ELKS, scripts });
  server = await startSurveyServer({ flow, twilioAuthToken: TWILIO.authToken, elksToken: TOKEN });
});
afterAll(async () => {
  await fake?.close();
  await server?.close();
});

async function send(request: { url: string; headers: Record<string, string>; body: string }) {
  const response = await fetch(request.url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Record<string, string> | null,
  };
}

const callTo = (provider: string, number: string) =>
  fake.calls.find((c) => c.provider === provider && c.to === number)!;

function checkOutcomes(provider: "twilio" | "46elks") {
  const id = (n: string) => callTo(provider, n).id;
  // Answered to the end: every answer stored once, in order.
  expect(server.answers("+358401000001")).toEqual({
    used: { choice: "yes" },
    satisfied: 4,
    grade: 3,
    age: 85,
  });
  expect(server.events.get(id("+358401000001"))).toEqual([{ type: "completed" }]);
  expect(callTo(provider, "+358401000001").outcome).toBe("completed");
  expect(callTo(provider, "+358401000001").played.at(-1)).toContain("/thanks.mp3");
  // Busy and no answer: nothing stored, the outcome recorded for a later attempt.
  expect(server.outcomes.get(id("+358401000002"))).toBe("busy");
  expect(server.outcomes.get(id("+358401000003"))).toBe(
    provider === "twilio" ? "no_answer" : "failed",
  );
  // A hang-up mid-survey keeps the answers so far.
  expect(server.answers("+358401000004")).toEqual({ used: { choice: "yes" }, satisfied: 5 });
  expect(server.events.get(id("+358401000004"))).toEqual([{ type: "partial", answered: 2 }]);
  // Every callback sent twice: each answer still stored once.
  const retried = server.stored.filter((s) => s.number === "+358401000006");
  expect(retried.map((s) => s.question)).toEqual(["used", "grade", "age"]);
  expect(server.answers("+358401000006")).toEqual({ used: { choice: "no" }, grade: 4, age: 40 });
  expect(callTo(provider, "+358401000006").outcome).toBe("completed");
  // A bad signature or token is refused: nothing stored.
  expect(callTo(provider, "+358401000007").posts.every((p) => p.status === 403)).toBe(true);
  expect(callTo(provider, "+358401000007").outcome).toBe("rejected");
  expect(server.answers("+358401000007")).toEqual({});
  // 9 opts out at once.
  expect(server.optedOut.has("+358401000008")).toBe(true);
  expect(callTo(provider, "+358401000008").played.at(-1)).toContain("/opted_out.mp3");
  // Replay on 0, silence repeated once then skipped, a wrong key repeated.
  expect(server.answers("+358401000009")).toEqual({ used: { choice: "no" }, grade: 3 });
  expect(server.events.get(id("+358401000009"))).toEqual([
    { type: "skipped", question: "age", why: "no_input" },
    { type: "completed" },
  ]);
}

describe("fake provider, Twilio wire format", () => {
  it("refuses a place-call request with the wrong credentials", async () => {
    const request = twilioPlaceCall({
      ...TWILIO,
      authToken: "nope",
      from: FROM,
      to: "+358401000001",
      url: "x",
      statusCallback: "y",
      api: `${fake.url}/2010-04-01`,
    });
    expect((await send(request)).status).toBe(401);
  });

  it("runs every script through the adapters and the flow", async () => {
    for (const number of Object.keys(scripts)) {
      const request = twilioPlaceCall({
        ...TWILIO,
        from: FROM,
        to: number,
        url: `${server.url}/twilio/start`,
        statusCallback: `${server.url}/twilio/status`,
        machineDetection: true,
        api: `${fake.url}/2010-04-01`,
      });
      const placed = await send(request);
      expect(placed.status).toBe(201);
      expect(placed.body?.sid).toMatch(/^CA[0-9a-f]{32}$/);
    }
    await fake.settled();
    checkOutcomes("twilio");
    expect(server.outcomes.get(callTo("twilio", "+358401000005").id)).toBe("machine");
    expect(callTo("twilio", "+358401000005").outcome).toBe("machine");
    expect(server.refused).toBeGreaterThan(0);
    expect(server.retries).toBeGreaterThan(0);
  });
});

describe("fake provider, 46elks wire format", () => {
  it("refuses a place-call request with the wrong credentials", async () => {
    const request = elksPlaceCall({
      ...ELKS,
      password: "nope",
      from: FROM,
      to: "+358401000001",
      voiceStart: "x",
      whenHangup: "y",
      api: `${fake.url}/a1`,
    });
    expect((await send(request)).status).toBe(401);
  });

  it("runs every script through the adapters and the flow", async () => {
    const refusedBefore = server.refused;
    server.stored.length = 0;
    server.optedOut.clear();
    for (const number of Object.keys(scripts)) {
      const request = elksPlaceCall({
        ...ELKS,
        from: FROM,
        to: number,
        voiceStart: elksWebhookUrl(`${server.url}/elks/start`, TOKEN),
        whenHangup: elksWebhookUrl(`${server.url}/elks/hangup`, TOKEN),
        api: `${fake.url}/a1`,
      });
      const placed = await send(request);
      expect(placed.status).toBe(200);
      expect(placed.body?.id).toMatch(/^c[0-9a-f]{32}$/);
    }
    await fake.settled();
    checkOutcomes("46elks");
    expect(server.refused).toBeGreaterThan(refusedBefore);
  });
});
