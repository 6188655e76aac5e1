import { checkAnswers, parseDefinition } from "@kuulo/survey";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { openTestDatabase } from "../../db/testing.js";
import { createOrganization } from "../organizations/index.js";
import { seedDemoSurvey } from "./demo.js";
import { surveyResponses, surveys, surveyVersions } from "./schema.js";

describe("the demo county's survey", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("is a published service-experience survey with three dozen complete, valid responses", async () => {
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
    expect(rows).toHaveLength(36);
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
  });
});
