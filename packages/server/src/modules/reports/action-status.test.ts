import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { importSampleTable } from "../actions/testing.js";
import { createTestConversation } from "../conversations/testing.js";
import { readActionStatus } from "./action-status.js";

describe("readActionStatus", () => {
  let t: TestApp;
  let admin: StaffClient;
  let orgId: string;
  let conversationId: string;
  let sourced: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("tilat");
    orgId = org.id;
    const elsewhere = await t.createOrg("muut-tilat");
    await t.addMember(org, "admin@tilat.fi", ["admin"]);
    await t.addMember(elsewhere, "admin@muut-tilat.fi", ["admin"]);
    admin = await t.signIn("admin@tilat.fi");
    const stranger = await t.signIn("admin@muut-tilat.fi");
    conversationId = (await createTestConversation(admin, "tilat")).id;
    const made = async (client: StaffClient, slug: string, title: string, source?: string) => {
      const r = await importSampleTable(client, {
        slug,
        title,
        ...(source ? { source: { kind: "conversation", id: source } } : {}),
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    sourced = await made(admin, "tilat", "Keskustelun suositukset", conversationId);
    other = await made(admin, "tilat", "Vuoden suositukset");
    await made(stranger, "muut-tilat", "Toisen alueen taulukko");
  });
  afterAll(() => t.close());

  it("reads only the tables of the activity, with their rows in order and labels in the language", async () => {
    const status = await readActionStatus(t.database.db, {
      organizationId: orgId,
      language: "sv",
      source: { kind: "conversation", id: conversationId },
    });
    expect(status.tables.map((x) => x.id)).toEqual([sourced]);
    expect(status.recommendations.map((r) => r.number)).toEqual([1, 2]);
    expect(status.measures.map((m) => [m.number, m.status])).toEqual([
      ["1.1", "in_progress"],
      ["1.2", "not_started"],
      ["2.1", "done"],
    ]);
    // Rows follow the status set's order, not the measures'; empty statuses are left out.
    expect(status.byStatus(status.measures)).toEqual([
      ["Inte påbörjad", 1, 1 / 3],
      ["Pågår", 1, 1 / 3],
      ["Genomförd", 1, 1 / 3],
    ]);
    expect(status.byStatus([])).toEqual([]);
    expect(status.label("done")).toBe("Genomförd");
    expect(status.label("no_such_status")).toBe("no_such_status");
  });

  it("reads every table of the organization made before a moment, and none made after it", async () => {
    const all = await readActionStatus(t.database.db, {
      organizationId: orgId,
      language: "fi",
      createdBefore: new Date(Date.now() + 60_000),
    });
    expect(all.tables.map((x) => x.id)).toEqual([sourced, other]);
    expect(all.measures).toHaveLength(6);
    expect(all.byStatus(all.measures)).toEqual([
      ["Ei aloitettu", 2, 2 / 6],
      ["Käynnissä", 2, 2 / 6],
      ["Toteutettu", 2, 2 / 6],
    ]);
    const none = await readActionStatus(t.database.db, {
      organizationId: orgId,
      language: "fi",
      createdBefore: new Date("2000-01-01T00:00:00Z"),
    });
    expect(none).toMatchObject({ tables: [], recommendations: [], measures: [] });
  });
});
