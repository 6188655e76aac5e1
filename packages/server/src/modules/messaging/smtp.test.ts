import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, tokenFromMail } from "../../test-app.js";
import { decodeQuotedPrintable, startTestSmtp, type TestSmtp } from "./smtp-testing.js";

describe("sign-in mail over SMTP", () => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
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
    expect(smtp.received).toHaveLength(0); // queued: no SMTP on the request
    expect(await t.deliverMail()).toMatchObject({ sent: 1 });
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
