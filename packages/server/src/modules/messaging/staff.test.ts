import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import type { Organization } from "../organizations/index.js";
import { smsMessages, suppressions } from "./schema.js";
import { queueSms } from "./sms.js";
import { smsPass, testSealer } from "./sms-testing.js";

describe("the suppression list on the staff side", () => {
  let t: TestApp;
  let own: Organization;
  let other: Organization;
  let facilitator: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    own = await t.createOrg("oma-kunta");
    other = await t.createOrg("muu-kunta");
    await t.addMember(own, "ohjaaja@oma-kunta.fi", ["facilitator"]);
    facilitator = await t.signIn("ohjaaja@oma-kunta.fi");
  });
  afterAll(() => t.close());

  it("adds a number a resident gave by phone, records it without the number, and skips it", async () => {
    const added = await facilitator.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/suppressions",
      payload: { channel: "sms", address: "+358 40 765 4321" },
    });
    expect(added.statusCode).toBe(204);
    const [row] = await t.database.db.select().from(suppressions);
    expect(row).toMatchObject({ organizationId: own.id, channel: "sms", reason: "staff" });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "suppression.added"));
    expect(event).toMatchObject({ organizationId: own.id, detail: { channel: "sms" } });
    expect(JSON.stringify(event)).not.toContain("765");

    const skipped = await queueSms(t.database.db, {
      sealer: testSealer,
      organizationId: own.id,
      to: "0407654321",
      text: "Kutsu",
    });
    const sent = await queueSms(t.database.db, {
      sealer: testSealer,
      organizationId: other.id,
      to: "0407654321",
      text: "Kutsu",
    });
    expect(await smsPass(t)).toMatchObject({ sent: 1, suppressed: 1 });
    const statuses = await t.database.db.select().from(smsMessages);
    expect(statuses.find((m) => m.id === skipped)?.status).toBe("suppressed");
    expect(statuses.find((m) => m.id === sent)?.status).toBe("sent");
  });

  it("counts the list by channel and reason, showing no address", async () => {
    await facilitator.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/suppressions",
      payload: { channel: "email", address: "Asukas@Example.fi" },
    });
    // The same address again changes nothing.
    await facilitator.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/suppressions",
      payload: { channel: "email", address: "asukas@example.fi" },
    });
    const summary = await facilitator.request({
      method: "GET",
      url: "/api/orgs/oma-kunta/suppressions",
    });
    expect(summary.json()).toEqual({
      total: 2,
      byChannel: { email: 1, sms: 1, phone: 0 },
      byReason: { unsubscribe: 0, stop: 0, bounce: 0, staff: 2, opt_out: 0 },
    });
  });

  it("refuses an address that is not of the channel, naming the field, and writes nothing", async () => {
    const refused = await facilitator.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/suppressions",
      payload: { channel: "sms", address: "asukas@example.fi" },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toMatchObject([{ path: "body.address", code: "invalid_format" }]);
    const rows = await t.database.db.select().from(suppressions);
    expect(rows).toHaveLength(2);
  });
});
