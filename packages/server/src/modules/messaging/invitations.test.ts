import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import type { Organization } from "../organizations/index.js";
import {
  type InvitationComposer,
  listInvitations,
  markTookPart,
  remindInvitations,
  sendInvitation,
} from "./invitations.js";
import { invitations, mailQueue, smsMessages } from "./schema.js";
import { listOutbox } from "./service.js";
import { smsPass, testSealer } from "./sms-testing.js";
import { isSuppressed, suppressAddress } from "./suppression.js";

const PUBLIC_URL = "http://localhost:3000";

const mailInvitation: InvitationComposer = ({ link, unsubscribeUrl, reminder }) => ({
  channel: "email",
  subject: reminder ? "Muistutus: asukaspaneeli" : "Kutsu asukaspaneeliin",
  text: `Ilmoittaudu: ${link}\nPeru viestit: ${unsubscribeUrl}`,
  html: `<p><a href="${link}">Ilmoittaudu</a></p><p><a href="${unsubscribeUrl}">Peru viestit</a></p>`,
});
const smsInvitation: InvitationComposer = ({ link, reminder }) => ({
  channel: "sms",
  text: `${reminder ? "Muistutus: " : ""}Kutsu asukaspaneeliin: ${link} Vastaa STOP, jos et halua viestejä.`,
});

const draw = (org: Organization, recipientRef: string, channel: "email" | "sms") => ({
  organizationId: org.id,
  subjectType: "pool_draw",
  subjectId: "arvonta-1",
  recipientRef,
  channel,
  publicUrl: PUBLIC_URL,
  targetPath: "/oma-kunta/pooli/ilmoittaudu",
});

const tokenOf = (text: string, kind: "i" | "unsubscribe") => {
  const match = new RegExp(`/api/${kind}/([A-Za-z0-9_.-]+)`).exec(text);
  if (!match) throw new Error(`no ${kind} link in ${text}`);
  return match[1]!;
};

describe("tracked invitations", () => {
  let t: TestApp;
  let own: Organization;
  let other: Organization;
  beforeAll(async () => {
    t = await createTestApp();
    own = await t.createOrg("oma-kunta");
    other = await t.createOrg("muu-kunta");
  });
  afterAll(() => t.close());

  it("sends a mail with one-click unsubscribe headers, and records it sent", async () => {
    const invitation = await sendInvitation(t.database.db, {
      sealer: testSealer,
      ...draw(own, "jasen-1", "email"),
      to: "Asukas.Yksi@example.fi",
      compose: mailInvitation,
    });
    const [queued] = await t.database.db.select().from(mailQueue);
    expect(queued!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(queued!.headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/localhost:3000\/api\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>$/,
    );
    expect(await t.deliverMail()).toMatchObject({ sent: 1 });
    const [row] = await t.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitation.id));
    expect(row).toMatchObject({ status: "sent", channel: "email" });
    expect(row!.sentAt).not.toBeNull();
  });

  it("records the link opened and leads on to the page on Kuulo's own site", async () => {
    const [mail] = await listOutbox(t.database.db);
    const response = await t.app.inject({
      method: "GET",
      url: `/api/i/${tokenOf(mail!.text, "i")}`,
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`${PUBLIC_URL}/oma-kunta/pooli/ilmoittaudu`);
    const [row] = await listInvitations(t.database.db, {
      organizationId: own.id,
      subjectType: "pool_draw",
      subjectId: "arvonta-1",
    });
    expect(row).toMatchObject({ status: "opened" });
    const forged = tokenOf(mail!.text, "i").replace(
      /\.(.)/,
      (_m, c) => `.${c === "A" ? "B" : "A"}`,
    );
    expect((await t.app.inject({ method: "GET", url: `/api/i/${forged}` })).statusCode).toBe(404);
  });

  it("refuses a target outside Kuulo's site, and a second invitation to the same person", async () => {
    await expect(
      sendInvitation(t.database.db, {
        sealer: testSealer,
        ...draw(own, "jasen-9", "email"),
        targetPath: "//pahis.example/kalastelu",
        to: "a@example.fi",
        compose: mailInvitation,
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });
    await expect(
      sendInvitation(t.database.db, {
        sealer: testSealer,
        ...draw(own, "jasen-1", "email"),
        to: "asukas.yksi@example.fi",
        compose: mailInvitation,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("unsubscribes with the page's button or one click, and skips the mail afterwards", async () => {
    const [mail] = await listOutbox(t.database.db);
    const token = tokenOf(mail!.text, "unsubscribe");
    const page = await t.app.inject({ method: "GET", url: `/api/unsubscribe/${token}?lang=sv` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('<form method="post"');
    // Showing the page unsubscribes no one (mail scanners follow links).
    const address = {
      organizationId: own.id,
      channel: "email" as const,
      address: "asukas.yksi@example.fi",
    };
    expect(await isSuppressed(t.database.db, address)).toBe(false);

    const oneClick = await t.app.inject({
      method: "POST",
      url: `/api/unsubscribe/${token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toContain("Valmis.");
    expect(await isSuppressed(t.database.db, address)).toBe(true);
    // Not in another organization's list.
    expect(await isSuppressed(t.database.db, { ...address, organizationId: other.id })).toBe(false);

    const reminded = await remindInvitations(t.database.db, {
      sealer: testSealer,
      organizationId: own.id,
      subjectType: "pool_draw",
      subjectId: "arvonta-1",
      maxReminders: 2,
      publicUrl: PUBLIC_URL,
      contact: async () => "asukas.yksi@example.fi",
      compose: () => mailInvitation,
    });
    expect(reminded).toBe(1);
    const before = (await listOutbox(t.database.db)).length;
    expect(await t.deliverMail()).toMatchObject({ sent: 0, suppressed: 1 });
    expect((await listOutbox(t.database.db)).length).toBe(before);

    // Gmail and others post the one click as multipart/form-data (RFC 8058).
    const multipart = await t.app.inject({
      method: "POST",
      url: `/api/unsubscribe/${token}?lang=en`,
      headers: { "content-type": "multipart/form-data; boundary=raja" },
      payload:
        '--raja\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--raja--\r\n',
    });
    expect(multipart.statusCode).toBe(200);
    expect(multipart.body).toContain('<html lang="en">');

    const bad = await t.app.inject({ method: "POST", url: "/api/unsubscribe/ei.kelpaa" });
    expect(bad.statusCode, bad.body).toBe(404);
  });

  it("reminds only those who have not taken part, up to the limit", async () => {
    const db = t.database.db;
    const subject = { subjectId: "paneeli-2" };
    for (const n of [1, 2, 3]) {
      await sendInvitation(db, {
        sealer: testSealer,
        ...draw(own, `jasen-${n}`, "sms"),
        ...subject,
        to: `040 000 000${n}`,
        compose: smsInvitation,
      });
    }
    expect(await smsPass(t)).toMatchObject({ sent: 3 });
    expect(
      await markTookPart(db, {
        organizationId: own.id,
        subjectType: "pool_draw",
        ...subject,
        recipientRef: "jasen-2",
      }),
    ).toBe(1);
    // Another organization cannot mark this organization's invitation.
    expect(
      await markTookPart(db, {
        organizationId: other.id,
        subjectType: "pool_draw",
        ...subject,
        recipientRef: "jasen-3",
      }),
    ).toBe(0);

    const remind = () =>
      remindInvitations(db, {
        sealer: testSealer,
        organizationId: own.id,
        subjectType: "pool_draw",
        ...subject,
        maxReminders: 1,
        publicUrl: PUBLIC_URL,
        contact: async (inv) => `040 000 000${inv.recipientRef.at(-1)}`,
        compose: () => smsInvitation,
      });
    expect(await remind()).toBe(2);
    expect(await remind()).toBe(0); // the limit
    const reminders = await db.select().from(smsMessages).where(eq(smsMessages.kind, "reminder"));
    // Sealed while queued.
    expect(reminders.map((r) => testSealer.open(r.to)).sort()).toEqual([
      "+358400000001",
      "+358400000003",
    ]);
    expect(reminders[0]!.text).toMatch(/^Muistutus: .*\/api\/i\//);
    const rows = await listInvitations(db, {
      organizationId: own.id,
      subjectType: "pool_draw",
      ...subject,
    });
    expect(rows.map((r) => [r.recipientRef, r.status, r.reminders])).toEqual([
      ["jasen-1", "sent", 1],
      ["jasen-2", "took_part", 0],
      ["jasen-3", "sent", 1],
    ]);
    expect(await smsPass(t)).toMatchObject({ sent: 2 });
  });

  it("records an SMS invitation to a suppressed number as suppressed, not sent", async () => {
    const db = t.database.db;
    await suppressAddress(db, {
      organizationId: own.id,
      channel: "sms",
      address: "+358401239999",
      reason: "staff",
    });
    const invitation = await sendInvitation(db, {
      sealer: testSealer,
      ...draw(own, "jasen-7", "sms"),
      to: "0401239999",
      compose: smsInvitation,
    });
    expect(await smsPass(t)).toMatchObject({ suppressed: 1, sent: 0 });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.status).toBe("suppressed");
  });
});
