import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { importSampleTable } from "./testing.js";

/** Adding measures and recommendations, and a table's own status set, over HTTP. */
describe("action table rows and settings", () => {
  let t: TestApp;
  let admin: StaffClient;
  let editor: StaffClient;
  let tableId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("rivit");
    await t.addMember(org, "admin@rivit.fi", ["admin"]);
    await t.addMember(org, "editor@rivit.fi", ["action_editor"]);
    admin = await t.signIn("admin@rivit.fi");
    editor = await t.signIn("editor@rivit.fi");
    tableId = (await importSampleTable(admin, { slug: "rivit" })).json().id;
  });
  afterAll(() => t.close());

  const detail = async () =>
    (
      await admin.request({ method: "GET", url: `/api/orgs/rivit/actions/tables/${tableId}` })
    ).json();

  it("numbers a new measure under its recommendation, and a new recommendation at the end", async () => {
    const before = await detail();
    const under = await admin.request({
      method: "POST",
      url: `/api/orgs/rivit/actions/tables/${tableId}/measures`,
      payload: {
        recommendationId: before.recommendations[0].id,
        text: "Kolmas toimenpide",
        unit: "Hallinto",
      },
    });
    expect(under.statusCode, under.body).toBe(201);
    expect(under.json()).toMatchObject({ number: "1.3", status: "not_started" });
    const fresh = await admin.request({
      method: "POST",
      url: `/api/orgs/rivit/actions/tables/${tableId}/measures`,
      payload: { recommendationText: "Liikkumisen tuki", text: "Pyörätiet", schedule: "2027" },
    });
    expect(fresh.json()).toMatchObject({
      number: "3.1",
      startMonth: "2027-01",
      endMonth: "2027-12",
    });
    const after = await detail();
    expect(
      after.recommendations.map((r: { number: number; measures: unknown[] }) => [
        r.number,
        r.measures.length,
      ]),
    ).toEqual([
      [1, 3],
      [2, 1],
      [3, 1],
    ]);
    expect(after.history.filter((h: { field: string }) => h.field === "added")).toHaveLength(2);
    const byEditor = await editor.request({
      method: "POST",
      url: `/api/orgs/rivit/actions/tables/${tableId}/measures`,
      payload: { recommendationText: "Ei saa", text: "Ei saa" },
    });
    expect(byEditor.statusCode).toBe(403);
  });

  it("keeps a recommendation's old text in the history", async () => {
    const before = await detail();
    const edited = await admin.request({
      method: "PATCH",
      url: `/api/orgs/rivit/actions/recommendations/${before.recommendations[1].id}`,
      payload: { text: "Mielenterveyspalvelut kouluihin" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const change = (await detail()).history.find(
      (h: { field: string }) => h.field === "recommendation",
    );
    expect(change).toMatchObject({
      oldValue: "Mielenterveyspalvelut lähelle",
      newValue: "Mielenterveyspalvelut kouluihin",
    });
  });

  it("takes a status set of the table's own, refusing to drop a status in use", async () => {
    const own = [
      { key: "not_started", label: { fi: "Ei aloitettu", sv: "", en: "" }, needsReason: false },
      { key: "in_progress", label: { fi: "Käynnissä", sv: "", en: "" }, needsReason: false },
      {
        key: "budgeted",
        label: { fi: "Talousarviossa", sv: "I budgeten", en: "In the budget" },
        needsReason: false,
      },
    ];
    const dropped = await admin.request({
      method: "PATCH",
      url: `/api/orgs/rivit/actions/tables/${tableId}`,
      payload: { statuses: own },
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json().errors[0]).toMatchObject({ path: "body.statuses" });
    expect(dropped.json().errors[0].message).toContain("done");
    const kept = await admin.request({
      method: "PATCH",
      url: `/api/orgs/rivit/actions/tables/${tableId}`,
      payload: {
        statuses: [
          ...own,
          { key: "done", label: { fi: "Toteutettu", sv: "", en: "" }, needsReason: false },
        ],
        reminderMonths: 2,
      },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().reminderMonths).toBe(2);
    const measure = (await detail()).recommendations[0].measures[0];
    const moved = await editor.request({
      method: "PATCH",
      url: `/api/orgs/rivit/actions/measures/${measure.id}`,
      payload: { status: "budgeted", budgetYear: 2026 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: "budgeted", budgetYear: 2026 });
    const open = (
      await t.app.inject({ url: "/api/orgs/rivit/actions/open/nuorisopaneeli-2025.csv" })
    ).body;
    expect(open).toContain("Talousarviossa");
  });
});
