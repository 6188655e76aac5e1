import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { openTestDatabase } from "../db/testing.js";
import { storedResults } from "../modules/conversations/math.js";
import { listConversations } from "../modules/conversations/service.js";
import { demoSeeders } from "../server.js";
import { seedDemo } from "./seed.js";

describe("the demo county", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("seeds once a county with staff and a conversation that already shows groups and segment differences", async () => {
    const first = await seedDemo(database.db, { seeders: demoSeeders });
    expect(first.created).toBe(true);
    expect(first.organization.slug).toBe("keski-suomi-demo");
    const [conversation] = await listConversations(database.db, {
      organizationId: first.organization.id,
    });
    expect(conversation?.title.fi).toBe("Nuorten mielenterveyspalvelut Keski-Suomessa");
    const stored = await storedResults(database.db, conversation!.id);
    expect(stored?.results.participants).toBe(350);
    expect(stored?.results.groups.length).toBeGreaterThanOrEqual(2);
    expect(stored?.results.consensus.agree.length).toBeGreaterThan(0);
    expect(stored?.results.segments?.segments.map((s) => s.segment).sort()).toEqual([
      "asukaspaneeli",
      "asukkaat",
      "henkilosto",
    ]);
    expect(stored?.results.segments?.mostDifferent.length).toBeGreaterThan(0);

    const second = await seedDemo(database.db, { seeders: demoSeeders });
    expect(second.created).toBe(false);
    expect(
      await listConversations(database.db, { organizationId: first.organization.id }),
    ).toHaveLength(1);
  });
});
