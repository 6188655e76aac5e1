import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/client.js";
import { createTestApp, type TestApp } from "../../test-app.js";
import type { Organization } from "../organizations/index.js";
import { smsMessages, suppressions } from "./schema.js";
import { queueSms } from "./sms.js";
import { message, SECRET, sleep, startSmsTestApp } from "./sms-app-testing.js";
import { type FakeSmsProvider, smsPass, testSealer } from "./sms-testing.js";

describe("SMS through 46elks (the fake speaks its wire format)", () => {
  let fake: FakeSmsProvider;
  let t: TestApp;
  let own: Organization;
  let other: Organization;
  beforeAll(async () => {
    ({ fake, t, own, other } = await startSmsTestApp("46elks"));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  let firstId = 0;
  it("posts a form with HTTP Basic auth and the delivery-report URL", async () => {
    firstId = await queueSms(t.database.db, {
      sealer: testSealer,
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

  it("keeps the number sealed while it waits in the queue, and still sends older plain rows", async () => {
    const id = await queueSms(t.database.db, {
      sealer: testSealer,
      organizationId: own.id,
      to: "050 765 4321",
      text: "Muistutus",
    });
    const raw = rowsOf<{ to_number: string }>(
      await t.database.db.execute(sql`select to_number from sms_messages where id = ${id}`),
    )[0]!;
    expect(raw.to_number).toMatch(/^v1\./);
    expect(raw.to_number).not.toContain("7654321");
    expect(testSealer.open(raw.to_number)).toBe("+358507654321");
    // A row queued before numbers were sealed holds the number itself: it is still sent.
    const legacy = await queueSms(t.database.db, {
      sealer: testSealer,
      organizationId: own.id,
      to: "050 111 2233",
      text: "Vanha rivi",
    });
    await t.database.db
      .update(smsMessages)
      .set({ to: "+358501112233" })
      .where(eq(smsMessages.id, legacy));
    expect(await smsPass(t)).toMatchObject({ sent: 2, failed: 0 });
    const sentTo = fake.requests.slice(-2).map((r) => (r.body as { to: string }).to);
    expect(sentTo.sort()).toEqual(["+358501112233", "+358507654321"]);
    expect((await message(t, id)).to).toBe("+35850…21");
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
      sealer: testSealer,
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
      sealer: testSealer,
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
      sealer: testSealer,
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
      sealer: testSealer,
      organizationId: own.id,
      to: "0401234567",
      text: "Kutsu",
    });
    const elsewhere = await queueSms(t.database.db, {
      sealer: testSealer,
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
          sealer: testSealer,
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

describe("SMS without a provider, in development", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("holds the message in the development outbox", async () => {
    const org = await t.createOrg("kehitys");
    const id = await queueSms(t.database.db, {
      sealer: testSealer,
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
      queueSms(t.database.db, {
        sealer: testSealer,
        organizationId: org.id,
        to: "ei numero",
        text: "Hei",
      }),
    ).rejects.toMatchObject({ code: "validation.failed", errors: [{ path: "to" }] });
  });
});
