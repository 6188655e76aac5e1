import { createServer } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import { signInLinks } from "../identity/schema.js";
import { deliverDueMail, queueMail } from "./queue.js";
import { mailQueue } from "./schema.js";
import { startTestSmtp, type TestSmtp } from "./smtp-testing.js";

const mail = (n: number) => ({
  to: `vastaanottaja${n}@example.fi`,
  subject: `Viesti ${n}`,
  text: `Teksti ${n}`,
  html: `<p>Teksti ${n}</p>`,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("mail queue with a server that first refuses", () => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtp({ refuseFirst: 2 });
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: "0.2" });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("retries with exponential back-off, delivers, and then keeps nothing of the mail", async () => {
    await t.database.db.transaction((tx) => queueMail(tx, mail(1)));
    expect(await t.deliverMail()).toMatchObject({ sent: 0, failed: 1 });
    let [row] = await t.database.db.select().from(mailQueue);
    expect(row).toMatchObject({ attempts: 1, failedAt: null });
    expect(row!.lastError).toMatch(/451/);
    // Not due yet: the back-off holds it.
    expect(await t.deliverMail()).toMatchObject({ sent: 0, failed: 0 });
    await sleep(250);
    expect(await t.deliverMail()).toMatchObject({ sent: 0, failed: 1 });
    [row] = await t.database.db.select().from(mailQueue);
    expect(row!.attempts).toBe(2);
    // The second wait is twice the first.
    const wait = row!.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(250);
    await sleep(wait + 50);
    expect(await t.deliverMail()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.refused).toBe(2);
    expect(smtp.received.map((m) => m.to)).toEqual([["vastaanottaja1@example.fi"]]);
    expect(await t.database.db.select().from(mailQueue)).toEqual([]);
  });

  it("shares the queue between workers: every mail goes out exactly once", async () => {
    const before = smtp.received.length;
    for (let n = 0; n < 12; n++) await queueMail(t.database.db, mail(100 + n));
    const options = {
      db: t.database.db,
      mailer: t.mailer,
      composers: {},
      intervalMs: 1000,
      maxAttempts: 3,
      retryBaseMs: 1000,
      batchSize: 4,
      onError: () => {},
    };
    // Three workers (as in three server processes) pass over the queue at the same time.
    while ((await t.database.db.select().from(mailQueue)).length > 0) {
      await Promise.all([
        deliverDueMail(options),
        deliverDueMail(options),
        deliverDueMail(options),
      ]);
    }
    const delivered = smtp.received.slice(before).map((m) => m.to[0]);
    expect(delivered).toHaveLength(12);
    expect(new Set(delivered).size).toBe(12);
  });
});

describe("mail queue with an unreachable SMTP server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
      MAIL_MAX_ATTEMPTS: "2",
      MAIL_RETRY_SECONDS: "0",
    });
    const org = await t.createOrg("tavoittamaton");
    await t.addMember(org, "tunnettu@tavoittamaton.fi", ["admin"]);
  });
  afterAll(() => t.close());

  it("answers 202 for known and unknown addresses, records the failure and blanks the body", async () => {
    for (const email of ["tunnettu@tavoittamaton.fi", "tuntematon@tavoittamaton.fi"]) {
      const asked = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in-link",
        payload: { email, org: "tavoittamaton" },
      });
      expect(asked.statusCode).toBe(202);
    }
    expect(await t.deliverMail()).toMatchObject({ sent: 0, dropped: 1, failed: 1, gaveUp: 0 });
    const [pending] = await t.database.db.select().from(mailQueue);
    expect(pending!.text).toMatch(/sign-in\/verify\?token=/);
    expect(await t.deliverMail()).toMatchObject({ failed: 1, gaveUp: 1 });
    const rows = await t.database.db.select().from(mailQueue);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      to: "tunnettu@tavoittamaton.fi",
      attempts: 2,
      text: "",
      html: "",
      payload: {},
    });
    expect(rows[0]!.failedAt).toBeInstanceOf(Date);
    expect(rows[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Given up: no further attempts.
    expect(await t.deliverMail()).toMatchObject({ sent: 0, failed: 0 });
    // The link was issued once, for the known address only.
    const links = await t.database.db.select().from(signInLinks);
    expect(links).toHaveLength(1);
    expect(
      await t.database.db
        .select()
        .from(mailQueue)
        .where(eq(mailQueue.to, "tuntematon@tavoittamaton.fi")),
    ).toEqual([]);
  });
});
