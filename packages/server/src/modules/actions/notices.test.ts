import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { listOutbox } from "../messaging/index.js";
import { mailQueue } from "../messaging/schema.js";
import { actionMeasures, actionSubscriptions, actionTables } from "./schema.js";
import { importSampleTable } from "./testing.js";
import { sendNotices, sendReminders } from "./worker.js";

const PUBLIC_URL = "http://localhost:3000";

/** "You said, we did" notices and owners' reminders, through the real mail queue. */
describe("action table mails", () => {
  let t: TestApp;
  let admin: StaffClient;
  let tableId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("postitus");
    await t.addMember(org, "admin@postitus.fi", ["admin"]);
    const welfareEditor = await t.addMember(org, "hyvinvointi@postitus.fi", ["action_editor"]);
    await t.addMember(org, "kaikki@postitus.fi", ["action_editor"]);
    admin = await t.signIn("admin@postitus.fi");
    tableId = (await importSampleTable(admin, { slug: "postitus" })).json().id;
    await admin.request({
      method: "PUT",
      url: `/api/orgs/postitus/actions/editors/${welfareEditor}`,
      payload: { units: ["Hyvinvointi"] },
    });
  });
  afterAll(() => t.close());

  const mailsTo = async (to: string) =>
    (await listOutbox(t.database.db)).filter((m) => m.to === to);

  it("subscribes with double opt-in, sends the changes once, and unsubscribes in one click", async () => {
    const subscribed = await t.app.inject({
      method: "POST",
      url: "/api/orgs/postitus/actions/public/nuorisopaneeli-2025/subscribe",
      payload: { email: "Asukas@Example.fi", language: "fi" },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(202);
    await t.deliverMail();
    const [confirmMail] = await mailsTo("asukas@example.fi");
    expect(confirmMail!.subject).toContain("Vahvista");
    // Unconfirmed: a change sends nothing.
    const measure = (
      await t.database.db.select().from(actionMeasures).where(eq(actionMeasures.tableId, tableId))
    ).find((m) => m.number === "1.1")!;
    const edit = (payload: object) =>
      admin.request({
        method: "PATCH",
        url: `/api/orgs/postitus/actions/measures/${measure.id}`,
        payload,
      });
    await edit({ notes: "Ennen vahvistusta" });
    expect(await sendNotices(t.database.db, { publicUrl: PUBLIC_URL })).toBe(0);
    const token = /#([A-Za-z0-9_-]+)/.exec(confirmMail!.text)![1]!;
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/api/orgs/postitus/actions/subscriptions/confirm",
      payload: { token },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(204);
    // Changes made before the confirmation are not sent; the next ones are, once.
    await edit({ status: "done" });
    expect(await sendNotices(t.database.db, { publicUrl: PUBLIC_URL })).toBe(1);
    expect(await sendNotices(t.database.db, { publicUrl: PUBLIC_URL })).toBe(0);
    // The queued notice carries the one-click unsubscribe headers (RFC 8058).
    const queued = (await t.database.db.select().from(mailQueue)).find((m) =>
      m.subject?.startsWith("Te sanoitte"),
    )!;
    expect(queued.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const header = (queued.headers as Record<string, string>)["List-Unsubscribe"]!;
    await t.deliverMail();
    const notice = (await mailsTo("asukas@example.fi"))[0]!;
    expect(notice.subject).toBe("Te sanoitte, me teimme: Nuorisopaneeli 2025");
    expect(notice.text).toContain("1.1 tila: Käynnissä → Toteutettu");
    expect(notice.text).not.toContain("Ennen vahvistusta");
    // A second notice carries the same link, so an older mail's link works too.
    await edit({ notes: "Toinen muutos" });
    expect(await sendNotices(t.database.db, { publicUrl: PUBLIC_URL })).toBe(1);
    const second = (await t.database.db.select().from(mailQueue)).filter((m) =>
      m.subject?.startsWith("Te sanoitte"),
    );
    expect(second.map((m) => (m.headers as Record<string, string>)["List-Unsubscribe"])).toContain(
      header,
    );
    const url = new URL(header.slice(1, -1));
    const left = await t.app.inject({
      method: "POST",
      url: url.pathname,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(left.statusCode, left.body).toBe(204);
    expect(await t.database.db.select().from(actionSubscriptions)).toEqual([]);
    await edit({ status: "continuous" });
    expect(await sendNotices(t.database.db, { publicUrl: PUBLIC_URL })).toBe(0);
  });

  it("reminds the unit's editors of rows not updated for the table's period, once per period", async () => {
    await t.database.db
      .update(actionTables)
      .set({ reminderMonths: 3 })
      .where(eq(actionTables.id, tableId));
    const now = new Date();
    const fourMonthsAgo = new Date(now.getTime() - 122 * 24 * 3600 * 1000);
    await t.database.db
      .update(actionMeasures)
      .set({ updatedAt: fourMonthsAgo })
      .where(eq(actionMeasures.tableId, tableId));
    const mails = await sendReminders(t.database.db, { publicUrl: PUBLIC_URL, now });
    // 1.2 (Hyvinvointi, not started) goes to its unit's editor; 1.1 (Hallinto, continuous) has
    // no unit editor, so it goes to the editor given no unit; 2.1 is done: no reminder.
    expect(mails).toBe(2);
    await t.deliverMail();
    const [reminder] = await mailsTo("hyvinvointi@postitus.fi");
    expect(reminder!.subject).toContain("Muistutus");
    expect(reminder!.text).toContain("1.2 Työpajat kouluissa");
    expect(reminder!.text).not.toContain("1.1");
    const [other] = await mailsTo("kaikki@postitus.fi");
    expect(other!.text).toContain("1.1 Nuorisovaltuuston aloiteoikeus");
    expect(other!.text).not.toContain("2.1");
    expect(await sendReminders(t.database.db, { publicUrl: PUBLIC_URL, now })).toBe(0);
  });
});
