import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, tokenFromMail } from "../../test-app.js";
import { listOutbox } from "../messaging/service.js";

/** Issue 10, item 7: the sign-in link keeps only a return path that stays on this site. */
describe("return paths of sign-in links", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("return-county");
    await t.addMember(org, "someone@return-county.fi", ["viewer"]);
  });
  afterAll(() => t.close());

  it("refuses a return path a browser would read as another host or that has control characters", async () => {
    for (const returnTo of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/a\u2028b",
      "/%2F/evil.example",
      "/..//evil.example",
      "//evil.example",
    ]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in-link",
        payload: { email: "someone@return-county.fi", returnTo },
      });
      expect(response.statusCode, JSON.stringify(returnTo)).toBe(400);
      expect(response.json().errors[0].path).toBe("body.returnTo");
    }
  });

  it("hands a good return path back after sign-in", async () => {
    const asked = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email: "someone@return-county.fi", returnTo: "/return-county/staff?tab=1" },
    });
    expect(asked.statusCode).toBe(202);
    await t.deliverMail();
    const mail = (await listOutbox(t.database.db)).find((m) => m.to === "someone@return-county.fi");
    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { token: tokenFromMail(mail!.text) },
    });
    expect(signedIn.json().returnTo).toBe("/return-county/staff?tab=1");
  });
});
