import { checkAnswers, parseDefinition } from "@kuulo/survey";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { openTestDatabase } from "../../db/testing.js";
import { createOrganization } from "../organizations/index.js";
import { DEMO_RESPONSES, seedDemoSurvey } from "./demo.js";
import { DEMO_THEME_NAMES } from "./demo-answers.js";
import {
  surveyAnalyses,
  surveyPublications,
  surveyResponses,
  surveys,
  surveyVersions,
} from "./schema.js";
import { reportOf } from "./themes/editing.js";

describe("the demo county's survey", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("is a published service-experience survey with a few hundred complete, valid responses, themes signed off and results published", async () => {
    const db = database.db;
    const organization = await createOrganization(db, {
      slug: "demokysely",
      name: { fi: "Demo", sv: "Demo", en: "Demo" },
      languages: ["fi", "sv", "en"],
      actor: { label: "test" },
    });
    await seedDemoSurvey(db, { organization });
    const [survey] = await db
      .select()
      .from(surveys)
      .where(eq(surveys.organizationId, organization.id));
    expect(survey).toMatchObject({ slug: "palvelukokemus", status: "open" });
    const [version] = await db
      .select()
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, survey!.id));
    expect(version!.number).toBe(1);
    const rows = await db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, survey!.id));
    expect(rows).toHaveLength(DEMO_RESPONSES);
    expect(rows.every((r) => r.status === "complete" && r.versionId === version!.id)).toBe(true);
    const definition = parseDefinition(version!.definition);
    for (const r of rows) {
      expect(checkAnswers(definition, r.answers, { requireAll: true }).problems).toEqual([]);
    }
    // The open question is asked only of the less satisfied, as its condition says.
    expect(
      rows.filter((r) => "improve" in r.answers).every((r) => Number(r.answers.satisfied) <= 3),
    ).toBe(true);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(["web", "paper"]));

    const [analysis] = await db
      .select()
      .from(surveyAnalyses)
      .where(eq(surveyAnalyses.surveyId, survey!.id));
    expect(analysis).toMatchObject({ status: "done", questionId: "improve" });
    expect(analysis!.signedOffAt).toBeInstanceOf(Date);
    expect(analysis!.responseIds.length).toBeGreaterThan(100);
    const names = new Set(DEMO_THEME_NAMES.map((n) => n.label));
    const renamed = reportOf(analysis!)!.themes.filter((t) => t.renamed);
    expect(renamed.length).toBeGreaterThanOrEqual(4);
    expect(renamed.every((t) => names.has(t.label))).toBe(true);
    const [publication] = await db
      .select()
      .from(surveyPublications)
      .where(eq(surveyPublications.surveyId, survey!.id));
    expect(publication).toMatchObject({ visibility: "public" });
    const themes = (publication!.content.themes as Record<string, { themes: { label: string }[] }>)
      .improve!.themes;
    expect(themes.some((t) => names.has(t.label))).toBe(true);
  }, 60_000);
});
