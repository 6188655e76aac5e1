import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildFlow } from "./flow.js";
import { nextAction, startCall, step } from "./machine.js";
import { phoneSurvey } from "./testing.js";
import {
  twilioInput,
  twilioPlaceCall,
  twilioSignature,
  twilioStatus,
  twiml,
  verifyTwilioSignature,
  xmlEscape,
} from "./twilio.js";

const flow = buildFlow(phoneSurvey, { lang: "sv", caller: "Testområdet" });
const audio = (p: { id: string }) => `https://kuulo.example/a?id=${p.id}&x=1`;

describe("Twilio", () => {
  it("places a call with POST …/Accounts/{sid}/Calls.json, form-encoded, Basic auth", () => {
    const request = twilioPlaceCall({
      accountSid: "AC123",
      authToken: "tok",
      from: "+358101234567",
      to: "+358401234567",
      url: "https://kuulo.example/phone/twilio/start",
      statusCallback: "https://kuulo.example/phone/twilio/status",
      machineDetection: true,
    });
    expect(request.url).toBe("https://api.twilio.com/2010-04-01/Accounts/AC123/Calls.json");
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from("AC123:tok").toString("base64")}`,
    );
    const form = new URLSearchParams(request.body);
    expect(form.get("To")).toBe("+358401234567");
    expect(form.get("From")).toBe("+358101234567");
    expect(form.get("Url")).toBe("https://kuulo.example/phone/twilio/start");
    expect(form.get("StatusCallback")).toBe("https://kuulo.example/phone/twilio/status");
    expect(form.getAll("StatusCallbackEvent")).toEqual([
      "initiated",
      "ringing",
      "answered",
      "completed",
    ]);
    expect(form.get("MachineDetection")).toBe("Enable");
  });

  it('asks a step with <Gather input="dtmf"> around <Play>, XML-escaped', () => {
    const xml = twiml(nextAction(flow, startCall()), {
      audio,
      action: "https://k.example/g?turn=0&c=1",
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="dtmf" numDigits="1" timeout="3" ' +
        'action="https://k.example/g?turn=0&amp;c=1" method="POST" actionOnEmptyResult="true">' +
        "<Play>https://kuulo.example/a?id=intro&amp;x=1</Play></Gather></Response>",
    );
    let state = startCall();
    for (const key of ["1", "2", "3"]) state = step(flow, state, key).state;
    expect(twiml(nextAction(flow, state), { audio, action: "a" })).toContain(
      'finishOnKey="#" timeout="8"',
    );
    expect(twiml(step(flow, startCall(), "9").action, { audio, action: "a" })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Play>https://kuulo.example/a?id=opted_out&amp;x=1</Play><Hangup/></Response>',
    );
    expect(xmlEscape(`<a b="c">'&'</a>`)).toBe(
      "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });

  it("reads Gather and status callbacks", () => {
    expect(twilioInput(new URLSearchParams("CallSid=CA1&Digits=3"))).toEqual({
      callId: "CA1",
      input: "3",
    });
    expect(twilioInput(new URLSearchParams("CallSid=CA1&Digits="))).toEqual({
      callId: "CA1",
      input: "timeout",
    });
    expect(twilioInput(new URLSearchParams("CallSid=CA1"))).toEqual({
      callId: "CA1",
      input: "timeout",
    });
    expect(
      twilioStatus(new URLSearchParams("CallSid=CA1&CallStatus=ringing&SequenceNumber=1")),
    ).toEqual({
      callId: "CA1",
      status: "ringing",
      outcome: null,
      sequence: "1",
    });
    expect(twilioStatus(new URLSearchParams("CallSid=CA1&CallStatus=no-answer")).outcome).toBe(
      "no_answer",
    );
    expect(twilioStatus(new URLSearchParams("CallSid=CA1&CallStatus=busy")).outcome).toBe("busy");
    expect(
      twilioStatus(
        new URLSearchParams("CallSid=CA1&CallStatus=completed&AnsweredBy=machine_end_beep"),
      ).outcome,
    ).toBe("machine");
    expect(
      twilioStatus(new URLSearchParams("CallSid=CA1&CallStatus=completed&AnsweredBy=human"))
        .outcome,
    ).toBe("answered");
  });

  it("signs like Twilio: base64 HMAC-SHA1 of the URL and the sorted name+value pairs", () => {
    const url = "https://kuulo.example/phone/twilio/gather?campaign=7&turn=2";
    const params = new URLSearchParams({
      To: "+358401234567",
      CallSid: "CA42",
      Digits: "5",
      From: "+358101234567",
    });
    // Computed here by hand: the names sorted are CallSid, Digits, From, To.
    const expected = createHmac("sha1", "auth-token-1")
      .update(`${url}CallSidCA42Digits5From+358101234567To+358401234567`)
      .digest("base64");
    expect(twilioSignature("auth-token-1", url, params)).toBe(expected);
    expect(verifyTwilioSignature("auth-token-1", url, params, expected)).toBe(true);
  });

  it("rejects a wrong signature, a wrong token, a changed parameter or URL, and none", () => {
    const url = "https://kuulo.example/g";
    const params = new URLSearchParams({ CallSid: "CA1", Digits: "1" });
    const good = twilioSignature("tok", url, params);
    expect(verifyTwilioSignature("tok", url, params, `${good.slice(0, -2)}A=`)).toBe(false);
    expect(verifyTwilioSignature("other", url, params, good)).toBe(false);
    expect(
      verifyTwilioSignature("tok", url, new URLSearchParams({ CallSid: "CA1", Digits: "2" }), good),
    ).toBe(false);
    expect(verifyTwilioSignature("tok", `${url}?x=1`, params, good)).toBe(false);
    expect(verifyTwilioSignature("tok", url, params, undefined)).toBe(false);
  });
});
