// Prompts: rendered once per campaign with offline synthesis in the background (progress on the
// campaign), served from signed, expiring links, replaced by staff recordings (sniffed WAV/MP3).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { phoneModule } from "./module.js";
import { renderPendingPrompts, sniffAudio } from "./prompts.js";
import { publishedPhoneSurvey } from "./testing.js";

let t: TestApp;
let admin: StaffClient;
let viewer: StaffClient;
let url: string;

/** A tenth of a second of silence as 8 kHz mono 16-bit WAV. */
function wav(): Buffer {
  const data = Buffer.alloc(1600);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8, "latin1");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "latin1");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

beforeAll(async () => {
  t = await createTestApp({ PHONE_WORKER: "false" });
  const org = await t.createOrg("aanet");
  await t.addMember(org, "admin@aanet.fi", ["admin"]);
  await t.addMember(org, "viewer@aanet.fi", ["viewer"]);
  admin = await t.signIn("admin@aanet.fi", "aanet");
  viewer = await t.signIn("viewer@aanet.fi", "aanet");
  const survey = await publishedPhoneSurvey(t.database.db, org.id);
  const created = await admin.request({
    method: "POST",
    url: "/api/orgs/aanet/phone/campaigns",
    payload: {
      name: "Äänet",
      surveyId: survey.id,
      caller: "Testialueen",
      callingNumber: "+358101000000",
      languages: ["fi"],
      rate: "slow",
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  url = `/api/orgs/aanet/phone/campaigns/${created.json().id}`;
});
afterAll(async () => {
  await t?.close();
});

describe("prompts", () => {
  it("renders every prompt once in the background and serves it from a signed link", async () => {
    const started = await admin.request({ method: "POST", url: `${url}/prompts/render` });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().prompts).toMatchObject({ done: 0, total: 8 });
    const services = t.modules.services(phoneModule);
    expect(await renderPendingPrompts(t.database.db, services)).toBe(8);
    // Once rendered, nothing is rendered again.
    expect(await renderPendingPrompts(t.database.db, services)).toBe(0);
    const detail = (await viewer.request({ method: "GET", url })).json();
    expect(detail.prompts).toEqual({ done: 8, total: 8, error: null });

    const list = (await viewer.request({ method: "GET", url: `${url}/prompts` })).json();
    expect(list.prompts.map((p: { id: string }) => p.id)).toEqual([
      "intro",
      "q.used",
      "q.satisfied",
      "q.grade",
      "q.age",
      "thanks",
      "opted_out",
      "goodbye",
    ]);
    const intro = list.prompts[0];
    expect(intro).toMatchObject({ language: "fi", audio: "synthesis" });
    expect(intro.seconds).toBeGreaterThan(1);
    const audio = await t.app.inject({ method: "GET", url: intro.url });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers["content-type"]).toBe("audio/wav");
    expect(sniffAudio(audio.rawPayload)).toBe("audio/wav");
    // A changed link is refused.
    const forged = await t.app.inject({
      method: "GET",
      url: intro.url.replace("q.used", "intro").replace(/sig=./, "sig=A"),
    });
    expect(forged.statusCode).toBe(404);
    const other = await t.app.inject({
      method: "GET",
      url: intro.url.replace("/intro?", "/thanks?"),
    });
    expect(other.statusCode).toBe(404);
  }, 180_000); // eight prompts synthesised on a shared machine

  it("replaces a prompt with a staff recording, sniffed, and refuses what is not audio", async () => {
    const put = (client: StaffClient, bytes: Buffer) =>
      client.request({
        method: "PUT",
        url: `${url}/prompts/fi/thanks`,
        payload: { file: bytes.toString("base64") },
      });
    expect((await put(viewer, wav())).statusCode).toBe(403);
    const refused = await put(admin, Buffer.from("<html>not audio</html>"));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: "body.file", code: "invalid_file" });
    expect((await put(admin, wav())).statusCode).toBe(204);
    const list = (await viewer.request({ method: "GET", url: `${url}/prompts` })).json();
    const thanks = list.prompts.find((p: { id: string }) => p.id === "thanks");
    expect(thanks).toMatchObject({ audio: "recording", seconds: 0.1 });
    const audio = await t.app.inject({ method: "GET", url: thanks.url });
    expect(audio.rawPayload.equals(wav())).toBe(true);
  });
});
