import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { tinyPopulation } from "../pool/draws/testing.js";
import { setUpPool } from "../pool/testing.js";
import { enterSample, weightedSurveyInput } from "../surveys/results/testing.js";
import { publishedSurvey, sampleSurveyInput } from "../surveys/testing.js";
import type { BriefResponse } from "./responses.js";

type Table = Extract<
  BriefResponse["sections"][number]["blocks"][number],
  { type: "table" }
>["table"];

/** The survey brief's "who took part": respondents against the population by background question. */
describe("a survey brief's respondents against the population", () => {
  let t: TestApp;
  let admin: StaffClient;
  let surveyId: string;
  let plainId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("vertailu");
    await t.addMember(org, "admin@vertailu.fi", ["admin"]);
    admin = await t.signIn("admin@vertailu.fi", "vertailu");
    await setUpPool(admin, "vertailu");
    surveyId = await publishedSurvey(admin, "vertailu", weightedSurveyInput("tausta"));
    await enterSample(admin, `/api/orgs/vertailu/surveys/${surveyId}`);
    plainId = await publishedSurvey(admin, "vertailu", sampleSurveyInput("ilman"));
  });
  afterAll(() => t.close());

  const participation = async (id: string, lang = "fi") => {
    const res = await admin.request({
      method: "GET",
      url: `/api/orgs/vertailu/reports/surveys/${id}?lang=${lang}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as BriefResponse).sections.find((s) => s.key === "participation")!;
  };

  it("says why not without a population table, then compares each background question", async () => {
    const before = await participation(surveyId);
    expect(before.blocks).toEqual([
      { type: "paragraph", text: expect.stringMatching(/^Ei saatavilla: organisaatio ei ole/) },
    ]);
    const population = await admin.request({
      method: "PUT",
      url: "/api/orgs/vertailu/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode).toBe(200);
    const after = await participation(surveyId, "sv");
    const tables = after.blocks.flatMap((b) => (b.type === "table" ? [b.table] : [])) as Table[];
    expect(tables.map((x) => x.caption.split(" (")[0])).toEqual(["Ålder", "Kön", "Kommun"]);
    const [, sex, home] = tables;
    // 42 respondents: 19 men, 21 women and 2 "other" (not in the population table).
    expect(sex!.caption).toMatch(/^Kön \(n = 40, D = /);
    expect(sex!.rows).toEqual([
      ["män", 19, 19 / 40, 0.5],
      ["kvinnor", 21, 21 / 40, 0.5],
    ]);
    expect(home!.rows).toEqual([
      ["Jyväskylä", 24, 24 / 42, 0.5],
      ["Äänekoski", 18, 18 / 42, 0.5],
    ]);
    expect(sex!.columns).toEqual([
      "Grupp",
      "Svar",
      "Andel av de svarande",
      "Andel av befolkningen",
    ]);
  });

  it("says a survey without background questions cannot be compared", async () => {
    const brief = await participation(plainId, "en");
    expect(brief.blocks).toEqual([
      {
        type: "paragraph",
        text: expect.stringMatching(/^Not available: the survey has no questions tied/),
      },
    ]);
  });
});
