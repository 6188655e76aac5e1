import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { openTestDatabase } from "../../db/testing.js";
import { createOrganization } from "../organizations/index.js";
import { seedDemoActions } from "./demo.js";
import { tableHistory } from "./measures.js";
import { findPublishedTable, tableRows } from "./tables.js";

describe("the demo county's action table", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("is published, made from the youth panel's recommendations, with history", async () => {
    const db = database.db;
    const organization = await createOrganization(db, {
      slug: "demotoimet",
      name: { fi: "Demo", sv: "Demo", en: "Demo" },
      languages: ["fi", "sv", "en"],
      actor: { label: "test" },
    });
    await seedDemoActions(db, { organization, dataKey: undefined });
    const table = await findPublishedTable(db, {
      organizationId: organization.id,
      slug: "nuorisopaneeli-2025",
    });
    expect(table.sourceKind).toBe("panel");
    const rows = await tableRows(db, table);
    expect(rows.map((r) => r.measures.map((m) => m.number))).toEqual([
      ["1.1", "1.2"],
      ["2.1", "2.2"],
      ["3.1"],
    ]);
    expect(rows[1]!.measures[1]).toMatchObject({
      status: "not_taken_forward",
      statusReason: expect.stringContaining("Kustannukset"),
    });
    const history = await tableHistory(db, { tableId: table.id });
    expect(history.map((h) => [h.measureNumber, h.field, h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([
        ["1.2", "status", "not_started", "in_progress"],
        ["1.2", "decisions", "", "Aluehallitus 2025-10-14 § 212"],
      ]),
    );
  });
});
