import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test-app.js";
import type { Organization } from "../organizations/index.js";
import { suppressions } from "./schema.js";
import { queueSms } from "./sms.js";
import { message, startSmsTestApp } from "./sms-app-testing.js";
import { type FakeSmsProvider, smsPass, testSealer } from "./sms-testing.js";

describe("SMS through GatewayAPI (the fake speaks its wire format)", () => {
  let fake: FakeSmsProvider;
  let t: TestApp;
  let own: Organization;
  beforeAll(async () => {
    ({ fake, t, own } = await startSmsTestApp("gatewayapi"));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  let firstId = 0;
  it("posts JSON with the API token and the webhook URL", async () => {
    firstId = await queueSms(t.database.db, {
      sealer: testSealer,
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
      sealer: testSealer,
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
      sealer: testSealer,
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
      sealer: testSealer,
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
