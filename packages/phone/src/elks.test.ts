import { describe, expect, it } from "vitest";
import {
  elksAction,
  elksHangup,
  elksInput,
  elksPlaceCall,
  elksWebhookUrl,
  verifyElksToken,
} from "./elks.js";
import { buildFlow } from "./flow.js";
import { nextAction, startCall, step } from "./machine.js";
import { callbackKey } from "./secure.js";
import { phoneSurvey } from "./testing.js";

const flow = buildFlow(phoneSurvey, { lang: "fi", caller: "Testialueen" });
const audio = (p: { id: string; lang: string; rate: string }) =>
  `https://kuulo.example/audio/${p.lang}/${p.rate}/${p.id}.mp3`;

describe("46elks", () => {
  it("places a call with POST /a1/calls, form-encoded, Basic auth", () => {
    const request = elksPlaceCall({
      username: "u123",
      password: "secret",
      from: "+358101234567",
      to: "+358401234567",
      voiceStart: "https://kuulo.example/phone/elks/start?token=t",
      whenHangup: "https://kuulo.example/phone/elks/hangup?token=t",
      timeout: 40,
    });
    expect(request.url).toBe("https://api.46elks.com/a1/calls");
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from("u123:secret").toString("base64")}`,
    );
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = new URLSearchParams(request.body);
    expect(Object.fromEntries(form)).toEqual({
      from: "+358101234567",
      to: "+358401234567",
      voice_start: "https://kuulo.example/phone/elks/start?token=t",
      whenhangup: "https://kuulo.example/phone/elks/hangup?token=t",
      timeout: "40",
    });
  });

  it("plays a step with the ivr action, the thank-you with play, and hangs up", () => {
    const intro = elksAction(nextAction(flow, startCall()), {
      audio,
      next: "https://k.example/next?turn=0",
    });
    expect(intro).toEqual({
      ivr: "https://kuulo.example/audio/fi/normal/intro.mp3",
      digits: 1,
      timeout: 3,
      repeat: 1,
      next: "https://k.example/next?turn=0",
    });
    const done = step(flow, startCall(), "9");
    expect(elksAction(done.action, { audio, next: "x" })).toEqual({
      play: "https://kuulo.example/audio/fi/normal/opted_out.mp3",
    });
    expect(elksAction({ kind: "end", prompt: null }, { audio, next: "x" })).toEqual({
      hangup: "reject",
    });
    let state = startCall();
    for (const key of ["1", "2", "3"]) state = step(flow, state, key).state;
    expect(elksAction(nextAction(flow, state), { audio, next: "n" })).toMatchObject({ digits: 3 });
  });

  it("reads the ivr result and the hang-up callback", () => {
    expect(elksInput(new URLSearchParams("callid=c1&result=2"))).toEqual({
      callId: "c1",
      input: "2",
    });
    expect(elksInput(new URLSearchParams("callid=c1&result=85%23"))).toEqual({
      callId: "c1",
      input: "85",
    });
    expect(elksInput(new URLSearchParams("callid=c1&result=failed"))).toEqual({
      callId: "c1",
      input: "timeout",
    });
    expect(() => elksInput(new URLSearchParams("result=1"))).toThrow(/callid/);
    expect(elksHangup(new URLSearchParams("callid=c1&state=success&duration=61"))).toEqual({
      callId: "c1",
      outcome: "answered",
      durationSeconds: 61,
    });
    expect(elksHangup(new URLSearchParams("callid=c2&state=busy")).outcome).toBe("busy");
    expect(elksHangup(new URLSearchParams("callid=c3&state=failed")).outcome).toBe("failed");
  });

  it("secures webhooks with a token in the URL", () => {
    const url = elksWebhookUrl("https://kuulo.example/phone/elks/next", "s3cret", { turn: "4" });
    expect(url).toBe("https://kuulo.example/phone/elks/next?token=s3cret&turn=4");
    expect(verifyElksToken(url, "s3cret")).toBe(true);
    expect(verifyElksToken(url, "s3cres")).toBe(false);
    expect(verifyElksToken("/phone/elks/next?turn=4", "s3cret")).toBe(false);
    expect(verifyElksToken("/phone/elks/next?token=s3cret&turn=4", "s3cret")).toBe(true);
  });

  it("keys callbacks by call and turn so a retry counts once", () => {
    expect(callbackKey("46elks", "c1", 3)).toBe(callbackKey("46elks", "c1", "3"));
    expect(callbackKey("46elks", "c1", 3)).not.toBe(callbackKey("46elks", "c1", 4));
    expect(callbackKey("46elks", "c1", 3)).not.toBe(callbackKey("twilio", "c1", 3));
  });
});
