import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { surveyResponses } from "./schema.js";
import { publishedSurvey, sampleSurveyInput } from "./testing.js";

/** SURVEY_RATE_LIMIT_PER_ADDRESS: responses started per 10 minutes from one address or kiosk. */
describe("survey answering rate limit", () => {
  let t: TestApp;
  let admin: StaffClient;
  let surveyId = "";
  const url = "/api/orgs/rajakunta/s/rajat/responses";
  const start = (remoteAddress: string, payload: object = {}) =>
    t.app.inject({ method: "POST", url, remoteAddress, payload });

  beforeAll(async () => {
    t = await createTestApp({ SURVEY_RATE_LIMIT_PER_ADDRESS: "3" });
    const org = await t.createOrg("rajakunta");
    await t.addMember(org, "admin@raja.fi", ["admin"]);
    admin = await t.signIn("admin@raja.fi", "rajakunta");
    surveyId = await publishedSurvey(admin, "rajakunta", sampleSurveyInput("rajat"));
  });
  afterAll(() => t.close());

  const rows = (channel: "web" | "event") =>
    t.database.db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.channel, channel)));

  it("refuses the fourth start from one address with 429 and Retry-After; others go on", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await start("10.9.0.1");
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json()).toMatchObject({ code: "rate_limited", status: 429 });
        const retry = Number(res.headers["retry-after"]);
        expect(retry).toBeGreaterThan(0);
        expect(retry).toBeLessThanOrEqual(600);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(await rows("web")).toHaveLength(3); // nothing written for the refused ones
    expect((await start("10.9.0.2")).statusCode).toBe(201);
    // Reading the survey is not limited.
    const read = await t.app.inject({
      method: "GET",
      url: "/api/orgs/rajakunta/s/rajat",
      remoteAddress: "10.9.0.1",
    });
    expect(read.statusCode).toBe(200);
  });

  it("counts a kiosk on its own (once its token is valid); a forged kiosk token is refused", async () => {
    for (let i = 0; i < 3; i++) expect((await start("10.9.1.1")).statusCode).toBe(201);
    expect((await start("10.9.1.1")).statusCode).toBe(429);
    const kiosk = await admin.request({
      method: "POST",
      url: `/api/orgs/rajakunta/surveys/${surveyId}/kiosk`,
      payload: { eventName: "Torikahvit" },
    });
    const token = kiosk.json().token as string;
    // The venue's address is used up, but the kiosk tablet behind it has its own count.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await start("10.9.1.1", { kiosk: token })).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(await rows("event")).toHaveLength(3);
    const forged = await start("10.9.1.1", { kiosk: `${token.split(".")[0]}.vaarennettu` });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors[0].path).toBe("body.kiosk");
  });
});
