import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client.js";
import { openTestDatabase } from "../../../db/testing.js";
import { createOrganization } from "../../organizations/index.js";
import { poolRecruitmentPeople } from "../schema.js";
import { seedDemoRound } from "./demo.js";
import { listRounds } from "./rounds.js";
import { roundTracking } from "./tracking.js";

describe("the demo county's recruitment round", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("is finished: letters sent, sign-ups, a panel that attended, non-sign-ups' contact deleted", async () => {
    const db = database.db;
    const organization = await createOrganization(db, {
      slug: "demoraati",
      name: { fi: "Demo", sv: "Demo", en: "Demo" },
      languages: ["fi", "sv", "en"],
      actor: { label: "test" },
    });
    await seedDemoRound(db, { organization, dataKey: Buffer.alloc(32, 5) });
    const [round] = await listRounds(db, organization.id);
    expect(round!.closedAt).not.toBeNull();
    const tracking = await roundTracking(db, {
      organizationId: organization.id,
      roundId: round!.id,
    });
    expect(tracking.totals.invited).toBe(200);
    expect(tracking.totals.responded).toBe(25);
    expect(tracking.totals.signed_up).toBeGreaterThanOrEqual(12);
    expect(tracking.totals.selected).toBe(12);
    expect(tracking.totals.attended).toBe(11);
    const people = await db
      .select()
      .from(poolRecruitmentPeople)
      .where(eq(poolRecruitmentPeople.roundId, round!.id));
    const withContact = people.filter((p) => p.contactSealed !== null);
    expect(withContact.length).toBe(tracking.totals.signed_up);
  });
});
