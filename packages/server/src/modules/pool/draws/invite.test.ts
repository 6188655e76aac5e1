import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/schema.js";
import { listOutbox, markTookPart, suppressAddress } from "../../messaging/index.js";
import type { Organization } from "../../organizations/index.js";
import { sealContact } from "../contact.js";
import { poolConsents, poolMembers } from "../schema.js";
import { makeDraw } from "./draw.js";
import { DRAW_SUBJECT, drawInvitations, inviteDraw, remindDraw } from "./invite.js";
import { insertMember } from "./testing.js";
import { drawSchema } from "./validation.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };

describe("inviting a draw", () => {
  let t: TestApp;
  let org: Organization;
  let drawId = "";
  const members: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("kutsukunta");
    const db = t.database.db;
    const contacts = [
      { email: "eka@example.fi" },
      { email: "estetty@example.fi" },
      { phone: "0401112222" },
    ];
    for (const [i, contact] of contacts.entries()) {
      const id = await insertMember(db, { organizationId: org.id });
      await db
        .update(poolMembers)
        .set({
          ...sealContact(sealer, org.id, contact),
          channels: contact.phone ? ["sms"] : ["email"],
          language: i === 0 ? "sv" : "fi",
        })
        .where(eq(poolMembers.id, id));
      members.push(id);
    }
    // The SMS member consented to SMS (insertMember gives email consents only).
    await db.insert(poolConsents).values({
      organizationId: org.id,
      memberId: members[2]!,
      purpose: "panels",
      channel: "sms",
      textVersion: 1,
      givenVia: "paper",
    });
    await suppressAddress(db, {
      organizationId: org.id,
      channel: "email",
      address: "estetty@example.fi",
      reason: "unsubscribe",
    });
    const draw = await makeDraw(db, {
      organizationId: org.id,
      input: drawSchema.parse({ title: "Paneeli", purpose: "panels", method: "random", size: 3 }),
      actor,
    });
    drawId = draw.id;
  });
  afterAll(() => t.close());

  it("invites by the consented channel in the member's language, once", async () => {
    const db = t.database.db;
    const options = {
      organizationId: org.id,
      drawId,
      targetPath: "/kutsukunta",
      publicUrl: "http://localhost:3000",
      actor,
    };
    expect(await inviteDraw(db, sealer, options)).toEqual({
      invited: 3,
      alreadyInvited: 0,
      noChannel: 0,
      notActive: 0,
    });
    expect(await inviteDraw(db, sealer, options)).toMatchObject({ invited: 0, alreadyInvited: 3 });
    await t.deliverMail();
    const mails = await listOutbox(db);
    const sv = mails.find((m) => m.to === "eka@example.fi");
    expect(sv?.subject).toBe("Du har lottats att delta");
    expect(sv?.text).toMatch(/\/api\/i\//);
    // The suppressed address got nothing, and its invitation shows it.
    expect(mails.some((m) => m.to === "estetty@example.fi")).toBe(false);
    const tracking = await drawInvitations(db, { organizationId: org.id, drawId });
    const statusOf = (id: string) => tracking.invitations.find((i) => i.memberId === id);
    expect(statusOf(members[1]!)?.status).toBe("suppressed");
    expect(statusOf(members[2]!)?.channel).toBe("sms");
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pool.draw_invited"), eq(auditEvents.targetId, drawId)));
    // No address or number (a UUID may happen to contain "040", so match the whole number).
    expect(JSON.stringify(event!.detail)).not.toMatch(/@|0401112222|\+358401112222/);
  });

  it("reminds only those who have not taken part", async () => {
    const db = t.database.db;
    await markTookPart(db, {
      organizationId: org.id,
      subjectType: DRAW_SUBJECT,
      subjectId: drawId,
      recipientRef: members[0]!,
    });
    const result = await remindDraw(db, sealer, {
      organizationId: org.id,
      drawId,
      publicUrl: "http://localhost:3000",
      actor,
    });
    // Member 0 took part, member 1 is suppressed: only the SMS member is reminded.
    expect(result).toEqual({ reminded: 1 });
    const tracking = await drawInvitations(db, { organizationId: org.id, drawId });
    expect(tracking.counts.took_part).toBe(1);
    expect(tracking.invitations.find((i) => i.memberId === members[2])?.reminders).toBe(1);
  });
});
