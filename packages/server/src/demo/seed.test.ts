import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { openTestDatabase } from "../db/testing.js";
import { commonGround } from "../modules/conversations/math/common-ground.js";
import { storedResults } from "../modules/conversations/math/math.js";
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
    // The headline common ground holds only statements that every group takes the same side on;
    // Polis's crowd-wide consensus list also holds the most divisive statement, which one group
    // largely agrees with while the larger rest disagree (the defect it replaces).
    const results = stored!.results;
    const ground = commonGround(results);
    expect(ground.basis).toBe("every_group");
    expect(ground.agree.length).toBeGreaterThan(0);
    const opposedByAGroup = (tid: number, direction: "agree" | "disagree") =>
      results.statements
        .find((s) => s.tid === tid)!
        .perGroup.some(
          (g) => g.voters > 0 && g[direction === "agree" ? "disagree" : "agree"] / g.voters >= 0.5,
        );
    for (const direction of ["agree", "disagree"] as const) {
      for (const item of ground[direction]) {
        expect(opposedByAGroup(item.tid, direction)).toBe(false);
        const row = results.statements.find((s) => s.tid === item.tid)!;
        for (const g of row.perGroup) expect(g[direction] / g.voters).toBeGreaterThanOrEqual(0.6);
      }
    }
    const mostDivisive = results.divisive[0]!.tid;
    expect(results.consensus.disagree.map((c) => c.tid)).toContain(mostDivisive);
    expect(opposedByAGroup(mostDivisive, "disagree")).toBe(true);
    expect([...ground.agree, ...ground.disagree].map((c) => c.tid)).not.toContain(mostDivisive);
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
