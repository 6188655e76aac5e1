import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import { startTestSmtp, type TestSmtp } from "../messaging/smtp-testing.js";

/**
 * Whether an address belongs to staff must not show in the answer to a sign-in link request:
 * not in its status, and not in its timing (mail goes out from the worker, not the request).
 */
describe("sign-in link requests do not reveal which addresses are staff", () => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, SIGN_IN_RATE_LIMIT: "10000" });
    const org = await t.createOrg("ajoitus");
    await t.addMember(org, "tunnettu@ajoitus.fi", ["viewer"]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function timed(email: string): Promise<number> {
    const started = performance.now();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email, org: "ajoitus" },
    });
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(202);
    return elapsed;
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it("takes as long for a known address as for an unknown one", async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      await timed("tunnettu@ajoitus.fi");
      await timed(`lammitys${i}@ajoitus.fi`);
    }
    // Interleaved, so that load on the machine falls on both alike.
    for (let i = 0; i < 30; i++) {
      known.push(await timed("tunnettu@ajoitus.fi"));
      unknown.push(await timed(`tuntematon${i}@ajoitus.fi`));
    }
    const k = median(known);
    const u = median(unknown);
    console.info(
      `sign-in link request, median of 30: known ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms`,
    );
    expect(k).toBeLessThan(u * 1.5 + 1);
    expect(u).toBeLessThan(k * 1.5 + 1);
    // Nothing went over SMTP on the requests.
    expect(smtp.received).toHaveLength(0);
  });
});

describe("sign-in link requests with an unreachable SMTP server", () => {
  let t: TestApp;
  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const org = await t.createOrg("katkos");
    await t.addMember(org, "tunnettu@katkos.fi", ["viewer"]);
  });
  afterAll(() => t.close());

  it("answers 202 for a known address as for an unknown one", async () => {
    for (const email of ["tunnettu@katkos.fi", "tuntematon@katkos.fi"]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in-link",
        payload: { email, org: "katkos" },
      });
      expect(response.statusCode, email).toBe(202);
    }
  });
});
