import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import type { Organization } from "../organizations/index.js";
import { smsMessages, suppressions } from "./schema.js";
import { queueSms } from "./sms.js";
import {
  type FakeSmsOptions,
  type FakeSmsProvider,
  smsPass,
  startFakeSmsProvider,
} from "./sms-testing.js";

const SECRET = "kuulo-callback-secret-0123456789";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setUp(provider: "46elks" | "gatewayapi") {
  const options: FakeSmsOptions = {
    elks: { username: "u1234567890abcdef", password: "elks-salasana" },
    gatewayapi: { token: "gwapi-token-abc", secret: SECRET },
  };
  const fake = await startFakeSmsProvider(options);
  const t = await createTestApp({
    SMS_PROVIDER: provider,
    SMS_API_URL: `${fake.url}${provider === "46elks" ? "/a1" : "/rest"}`,
    SMS_API_USERNAME: "u1234567890abcdef",
    SMS_API_PASSWORD: "elks-salasana",
    SMS_API_TOKEN: "gwapi-token-abc",
    SMS_SENDER: "Kuulo",
    SMS_CALLBACK_SECRET: SECRET,
    SMS_RETRY_SECONDS: "0.2",
    OUTBOUND_URL_ALLOW: "http://127.0.0.1:*",
  });
  // The provider posts its callbacks to PUBLIC_URL; here that is the app listening on loopback.
  options.forwardTo = await t.app.listen({ port: 0, host: "127.0.0.1" });
  const own = await t.createOrg("oma-kunta");
  const other = await t.createOrg("muu-kunta");
  return { fake, t, own, other };
}

async function message(t: TestApp, id: number) {
  const [row] = await t.database.db.select().from(smsMessages).where(eq(smsMessages.id, id));
  return row!;
}

describe("SMS through 46elks (the fake speaks its wire format)", () => {
  let fake: FakeSmsProvider;
  let t: TestApp;
  let own: Organization;
  let other: Organization;
  beforeAll(async () => {
    ({ fake, t, own, other } = await setUp("46elks"));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  let firstId = 0;
  it("posts a form with HTTP Basic auth and the delivery-report URL", async () => {
    firstId = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "040 123 4567",
      text: "Tervetuloa asukaspaneeliin",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 1, failed: 0 });
    const request = fake.requests.at(-1)!;
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from("u1234567890abcdef:elks-salasana").toString("base64")}`,
    );
    expect(request.body).toEqual({
      from: "Kuulo",
      to: "+358401234567",
      message: "Tervetuloa asukaspaneeliin",
      whendelivered: `http://localhost:3000/api/sms/46elks/delivery?secret=${SECRET}`,
    });
    const row = await message(t, firstId);
    // Once sent, the number is kept masked only.
    expect(row).toMatchObject({ status: "sent", provider: "46elks", attempts: 1, to: "+35840…67" });
    expect(row.providerMessageId).toMatch(/^s[0-9a-f]{32}$/);
  });

  it("applies a delivery report once, however often it comes", async () => {
    const { providerMessageId } = await message(t, firstId);
    expect(await fake.report(providerMessageId!, "delivered", { twice: true })).toEqual([204, 204]);
    const row = await message(t, firstId);
    expect(row.status).toBe("delivered");
    expect(row.deliveredAt).not.toBeNull();
    // A late "failed" after "delivered" changes nothing.
    expect(await fake.report(providerMessageId!, "failed")).toEqual([204]);
    expect((await message(t, firstId)).status).toBe("delivered");
  });

  it("refuses a callback with the wrong secret in its URL", async () => {
    const id = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358401112222",
      text: "Hei",
    });
    await smsPass(t);
    const { providerMessageId } = await message(t, id);
    const wrong = "vaara-salaisuus-0123456789abcdef";
    expect(await fake.report(providerMessageId!, "delivered", { token: wrong })).toEqual([403]);
    expect((await message(t, id)).status).toBe("sent");
  });

  it("retries a refused send with exponential back-off", async () => {
    fake.failNext(2);
    const id = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358403334444",
      text: "Muistutus",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 0, failed: 1, gaveUp: 0 });
    const first = await message(t, id);
    expect(first).toMatchObject({ status: "queued", attempts: 1 });
    expect(first.reason).toContain("503");
    expect(await smsPass(t)).toMatchObject({ sent: 0, failed: 0 }); // not due yet
    await sleep(250);
    expect(await smsPass(t)).toMatchObject({ failed: 1 });
    const second = await message(t, id);
    // Second wait is twice the first: about 0.4 s.
    expect(second.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(250);
    await sleep(450);
    expect(await smsPass(t)).toMatchObject({ sent: 1 });
    expect(await message(t, id)).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("gives up at once on a refusal that retrying cannot mend", async () => {
    fake.failNext(1, 400);
    const id = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358405556666",
      text: "Hei",
    });
    expect(await smsPass(t)).toMatchObject({ failed: 1, gaveUp: 1 });
    expect(await message(t, id)).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("puts a number that replies STOP on the list, and skips it afterwards, in that organization only", async () => {
    const url = `http://localhost:3000/api/sms/46elks/incoming?secret=${SECRET}`;
    expect(await fake.incoming("46elks", { url, from: "+358401234567", message: "Lopeta" })).toBe(
      204,
    );
    const rows = await t.database.db.select().from(suppressions);
    expect(rows).toMatchObject([{ organizationId: own.id, channel: "sms", reason: "stop" }]);
    expect(rows[0]!.addressHash).not.toContain("358");

    const before = fake.requests.length;
    const skipped = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "0401234567",
      text: "Kutsu",
    });
    const elsewhere = await queueSms(t.database.db, {
      organizationId: other.id,
      to: "0401234567",
      text: "Toisen kunnan kutsu",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 1, suppressed: 1 });
    expect(await message(t, skipped)).toMatchObject({
      status: "suppressed",
      providerMessageId: null,
    });
    expect((await message(t, elsewhere)).status).toBe("sent");
    expect(fake.requests.length).toBe(before + 1);
  });

  it("shares the queue between workers: every message goes out exactly once", async () => {
    const before = fake.requests.length;
    fake.delayMs = 30; // a slow provider, so that the passes overlap
    const ids: number[] = [];
    for (let n = 0; n < 8; n++) {
      ids.push(
        await queueSms(t.database.db, {
          organizationId: other.id,
          to: `+35850100000${n}`,
          text: `Viesti ${n}`,
        }),
      );
    }
    const passes = await Promise.all([smsPass(t), smsPass(t), smsPass(t)]);
    fake.delayMs = 0;
    expect(passes.reduce((sum, p) => sum + p.sent, 0)).toBe(8);
    const sent = fake.requests.slice(before).map((r) => r.body.message);
    expect(sent.sort()).toEqual(ids.map((_, n) => `Viesti ${n}`));
  });

  it("ignores an incoming message that is not STOP", async () => {
    const url = `http://localhost:3000/api/sms/46elks/incoming?secret=${SECRET}`;
    expect(await fake.incoming("46elks", { url, from: "+358401112222", message: "Kiitos!" })).toBe(
      204,
    );
    const rows = await t.database.db.select().from(suppressions);
    expect(rows).toHaveLength(1);
  });

  it("refuses GatewayAPI's callbacks while 46elks is the provider", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sms/gatewayapi/delivery",
      payload: { id: 1, status: "DELIVERED" },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe("SMS through GatewayAPI (the fake speaks its wire format)", () => {
  let fake: FakeSmsProvider;
  let t: TestApp;
  let own: Organization;
  beforeAll(async () => {
    ({ fake, t, own } = await setUp("gatewayapi"));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  let firstId = 0;
  it("posts JSON with the API token and the webhook URL", async () => {
    firstId = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358 50 765 4321",
      text: "Välkommen till invånarpanelen",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 1 });
    const request = fake.requests.at(-1)!;
    expect(request.contentType).toBe("application/json");
    expect(request.headers.authorization).toBe("Token gwapi-token-abc");
    expect(request.body).toEqual({
      sender: "Kuulo",
      message: "Välkommen till invånarpanelen",
      recipients: [{ msisdn: 358507654321 }],
      userref: String(firstId),
      callback_url: "http://localhost:3000/api/sms/gatewayapi/delivery",
    });
    expect(await message(t, firstId)).toMatchObject({ status: "sent", provider: "gatewayapi" });
  });

  it("applies a signed delivery status once, however often it comes", async () => {
    const { providerMessageId } = await message(t, firstId);
    expect(await fake.report(providerMessageId!, "DELIVERED", { twice: true })).toEqual([204, 204]);
    expect((await message(t, firstId)).status).toBe("delivered");
  });

  it("records an undeliverable message as failed, with the reason", async () => {
    const id = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358409998888",
      text: "Hej",
    });
    await smsPass(t);
    const { providerMessageId } = await message(t, id);
    expect(await fake.report(providerMessageId!, "UNDELIVERABLE")).toEqual([204]);
    const row = await message(t, id);
    expect(row.status).toBe("failed");
    expect(row.reason).toContain("UNDELIVERABLE");
  });

  it("refuses a webhook signed with another secret, or not signed at all", async () => {
    const id = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "+358401010101",
      text: "Hej",
    });
    await smsPass(t);
    const { providerMessageId } = await message(t, id);
    const forged = await fake.report(providerMessageId!, "DELIVERED", {
      secret: "toinen-salaisuus-0123456789abcdef",
    });
    expect(forged).toEqual([401]);
    const unsigned = await t.app.inject({
      method: "POST",
      url: "/api/sms/gatewayapi/delivery",
      payload: { id: Number(providerMessageId), status: "DELIVERED" },
    });
    expect(unsigned.statusCode).toBe(401);
    expect((await message(t, id)).status).toBe("sent");
  });

  it("takes STOP from a signed incoming message", async () => {
    const url = "http://localhost:3000/api/sms/gatewayapi/incoming";
    expect(
      await fake.incoming("gatewayapi", { url, from: "+358507654321", message: "SLUTA" }),
    ).toBe(204);
    const skipped = await queueSms(t.database.db, {
      organizationId: own.id,
      to: "0507654321",
      text: "Påminnelse",
    });
    expect(await smsPass(t)).toMatchObject({ suppressed: 1, sent: 0 });
    expect((await message(t, skipped)).status).toBe("suppressed");
    const [row] = await t.database.db
      .select()
      .from(suppressions)
      .where(and(eq(suppressions.organizationId, own.id), eq(suppressions.channel, "sms")));
    expect(row?.reason).toBe("stop");
  });
});

describe("SMS without a provider, in development", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("holds the message in the development outbox", async () => {
    const org = await t.createOrg("kehitys");
    const id = await queueSms(t.database.db, {
      organizationId: org.id,
      to: "0401234567",
      text: "Koodi 123456",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 1 });
    expect((await message(t, id)).provider).toBe("outbox");
    const outbox = await t.app.inject({ method: "GET", url: "/api/dev/outbox" });
    expect(outbox.json().messages[0]).toMatchObject({
      channel: "sms",
      to: "+358401234567",
      text: "Koodi 123456",
    });
  });

  it("refuses a number that is no phone number, naming the field", async () => {
    const org = await t.createOrg("kehitys-2");
    await expect(
      queueSms(t.database.db, { organizationId: org.id, to: "ei numero", text: "Hei" }),
    ).rejects.toMatchObject({ code: "validation.failed", errors: [{ path: "to" }] });
  });
});
