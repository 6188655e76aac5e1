import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createSealer } from "../../db/sealed.js";
import { openTestDatabase } from "../../db/testing.js";
import { createOrganization } from "../organizations/index.js";
import { seedDemoPool } from "./demo.js";
import { findMemberByContact } from "./members.js";
import { poolMembers } from "./schema.js";
import { loadSettings } from "./settings.js";

describe("the demo county's pool", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("has a few hundred synthetic members, sealed, in the county's municipalities", async () => {
    const db = database.db;
    const organization = await createOrganization(db, {
      slug: "demopooli",
      name: { fi: "Demo", sv: "Demo", en: "Demo" },
      languages: ["fi", "sv", "en"],
      actor: { label: "test" },
    });
    const dataKey = Buffer.alloc(32, 3);
    await seedDemoPool(db, { organization, dataKey });
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(poolMembers)
      .where(eq(poolMembers.organizationId, organization.id));
    expect(Number(count!.n)).toBe(300);
    const settings = await loadSettings(db, organization.id);
    const members = await db.select().from(poolMembers);
    expect(members.every((m) => settings.municipalities.includes(m.municipality))).toBe(true);
    expect(members.some((m) => m.emailSealed?.includes("example.invalid"))).toBe(false);
    const found = await findMemberByContact(db, createSealer(dataKey), {
      organizationId: organization.id,
      email: "jasen1@example.invalid",
    });
    expect(found).toBeDefined();
  });
});
