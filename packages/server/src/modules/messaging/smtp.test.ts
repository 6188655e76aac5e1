import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, tokenFromMail } from "../../http/testing.js";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback: Kuulo's mail goes through nodemailer over the wire. */
async function startSmtp(): Promise<{
  port: number;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe("sign-in mail over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: "Kuulo <kuulo@county.example>",
    });
    const org = await t.createOrg("postitus");
    await t.addMember(org, "staff@postitus.fi", ["viewer"]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("delivers the link to the SMTP server, and the link signs in", async () => {
    expect(t.mailer.kind).toBe("smtp");
    const asked = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: "staff@postitus.fi", org: "postitus" },
    });
    expect(asked.statusCode).toBe(202);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe("kuulo@county.example");
    expect(mail.to).toEqual(["staff@postitus.fi"]);
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toMatch(/Subject: .*Kirjautumislinkki|Subject: =\?UTF-8/);
    const token = tokenFromMail(body);
    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.email).toBe("staff@postitus.fi");
  });

  it("has no development outbox when SMTP is configured", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/dev/outbox" });
    expect(response.statusCode).toBe(404);
  });
});
