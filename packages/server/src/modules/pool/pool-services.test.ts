import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import type { Organization } from "../organizations/index.js";
import { confirmByLink, findMemberByContact, joinPool } from "./members.js";
import { applyRetention } from "./retention.js";
import { poolConsents, poolMembers, poolTokens } from "./schema.js";
import { openSelfService } from "./self-service.js";
import { saveSettings } from "./settings.js";
import type { SmsSender } from "./sms.js";
import { sampleJoin, samplePoolSettings } from "./testing.js";
import { consumeToken, issueToken } from "./tokens.js";
import type { MemberInput, SettingsInput } from "./validation.js";

const DAY = 24 * 60 * 60 * 1000;
const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** The pool's services on the database, with a moved clock where the rule is about time. */
describe("pool services", () => {
  let t: TestApp;
  let org: Organization;
  // Services called directly: text messages are only recorded here.
  const texts: Parameters<SmsSender["send"]>[0][] = [];
  const sms: SmsSender = { send: async (message) => void texts.push(message) };
  const deps = { sealer, sms, publicUrl: "http://localhost:3000" };

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("sailytys");
    await saveSettings(t.database.db, {
      organizationId: org.id,
      input: samplePoolSettings({
        inactiveRetentionMonths: 12,
        leftRetentionMonths: 24,
      }) as SettingsInput,
      actor: { label: "test" },
    });
  });
  afterAll(() => t.close());

  const joinAs = async (email: string, ip: string) => {
    await joinPool(t.database.db, deps, {
      organization: org,
      input: sampleJoin({ email }) as MemberInput,
      clientAddress: ip,
    });
    return (await findMemberByContact(t.database.db, sealer, { organizationId: org.id, email }))!;
  };

  it("finds a member by the blind index of the normalised address, within the organization only", async () => {
    const member = await joinAs("Sokea.Indeksi@Example.fi", "192.0.2.1");
    expect(member).toBeDefined();
    const found = await findMemberByContact(t.database.db, sealer, {
      organizationId: org.id,
      email: "  sokea.indeksi@example.FI ",
    });
    expect(found?.id).toBe(member.id);
    const other = await t.createOrg("muu-sailytys");
    expect(
      await findMemberByContact(t.database.db, sealer, {
        organizationId: other.id,
        email: "sokea.indeksi@example.fi",
      }),
    ).toBeUndefined();
  });

  it("refuses an expired self-service or confirmation link, and a link of another kind", async () => {
    const member = await joinAs("vanheneva@example.fi", "192.0.2.2");
    const now = new Date();
    const token = await issueToken(t.database.db, {
      organizationId: org.id,
      memberId: member.id,
      purpose: "self_service",
      now: new Date(now.getTime() - 2 * 60 * 60 * 1000),
    });
    await expect(
      openSelfService(t.database.db, { organizationId: org.id, token }),
    ).rejects.toMatchObject({
      code: "auth.link_expired",
    });
    const oldLink = await issueToken(t.database.db, {
      organizationId: org.id,
      memberId: member.id,
      purpose: "confirm",
      now: new Date(now.getTime() - 8 * DAY),
    });
    await expect(
      confirmByLink(t.database.db, { organizationId: org.id, token: oldLink }),
    ).rejects.toMatchObject({
      code: "auth.link_expired",
    });
    const fresh = await issueToken(t.database.db, {
      organizationId: org.id,
      memberId: member.id,
      purpose: "confirm",
    });
    await expect(
      consumeToken(t.database.db, {
        organizationId: org.id,
        token: fresh,
        purpose: "self_service",
      }),
    ).rejects.toMatchObject({ code: "auth.link_invalid" });
  });

  it("pseudonymises inactive members, deletes old records of members who left and unconfirmed sign-ups", async () => {
    const db = t.database.db;
    const active = await joinAs("aktiivinen@example.fi", "192.0.2.3");
    const sleeper = await joinAs("hiljainen@example.fi", "192.0.2.4");
    await db
      .update(poolMembers)
      .set({ status: "active" })
      .where(eq(poolMembers.organizationId, org.id));
    const unconfirmed = await joinAs("vahvistamaton@example.fi", "192.0.2.5");
    const now = new Date();
    // 13 months ago the sleeper was last seen; the active member used self-service last week.
    await db
      .update(poolMembers)
      .set({ lastActiveAt: new Date(now.getTime() - 400 * DAY) })
      .where(eq(poolMembers.id, sleeper.id));
    await db
      .update(poolMembers)
      .set({ lastActiveAt: new Date(now.getTime() - 7 * DAY) })
      .where(eq(poolMembers.id, active.id));
    await db
      .update(poolMembers)
      .set({ createdAt: new Date(now.getTime() - 10 * DAY) })
      .where(eq(poolMembers.id, unconfirmed.id));

    expect(await applyRetention(db, { now })).toMatchObject({ pseudonymised: 1, unconfirmed: 0 });
    const [slept] = await db.select().from(poolMembers).where(eq(poolMembers.id, sleeper.id));
    expect(slept).toMatchObject({
      status: "left",
      leftReason: "retention",
      emailSealed: null,
      emailIndex: null,
      answers: {},
    });
    const consents = await db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, sleeper.id));
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(await db.select().from(poolTokens).where(eq(poolTokens.memberId, sleeper.id))).toEqual(
      [],
    );
    const [kept] = await db.select().from(poolMembers).where(eq(poolMembers.id, active.id));
    expect(kept!.emailSealed).not.toBeNull();

    // Five days later the unconfirmed sign-up is past its link and grace period.
    const later = new Date(now.getTime() + 5 * DAY);
    expect(await applyRetention(db, { now: later })).toMatchObject({
      pseudonymised: 0,
      unconfirmed: 1,
    });
    expect(await db.select().from(poolMembers).where(eq(poolMembers.id, unconfirmed.id))).toEqual(
      [],
    );

    // 25 months after the sleeper's data went, the pseudonymous record goes too.
    const muchLater = new Date(now.getTime() + 25 * 31 * DAY);
    const result = await applyRetention(db, { now: muchLater });
    expect(result.deleted).toBe(1);
    expect(await db.select().from(poolMembers).where(eq(poolMembers.id, sleeper.id))).toEqual([]);
  });

  it("keeps consent records as a history: only withdrawn_at may be set, and only once", async () => {
    const db = t.database.db;
    const member = await joinAs("historia@example.fi", "192.0.2.6");
    const [consent] = await db
      .select()
      .from(poolConsents)
      .where(eq(poolConsents.memberId, member.id));
    await expect(
      db.update(poolConsents).set({ purpose: "research" }).where(eq(poolConsents.id, consent!.id)),
    ).rejects.toThrow();
    await db
      .update(poolConsents)
      .set({ withdrawnAt: new Date() })
      .where(eq(poolConsents.id, consent!.id));
    await expect(
      db.update(poolConsents).set({ withdrawnAt: null }).where(eq(poolConsents.id, consent!.id)),
    ).rejects.toThrow();
    const [after] = await db.select().from(poolConsents).where(eq(poolConsents.id, consent!.id));
    expect(after!.purpose).toBe(consent!.purpose);
    expect(after!.withdrawnAt).not.toBeNull();
  });
});
