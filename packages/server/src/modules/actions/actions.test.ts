import { decodeCsv, readCsv } from "@kuulo/csv";
import { writeXlsx } from "@kuulo/xlsx";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { actionMeasures, actionTables } from "./schema.js";
import { importSampleTable, SAMPLE_CSV } from "./testing.js";

/** The action tables over HTTP: import, open data, editing with history, tenants. */
describe("action tables", () => {
  let t: TestApp;
  let admin: StaffClient;
  let editor: StaffClient;
  let viewer: StaffClient;
  let editorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("maakunta");
    const other = await t.createOrg("naapuri");
    await t.addMember(org, "paakayttaja@maakunta.fi", ["admin"]);
    editorId = await t.addMember(org, "muokkaaja@maakunta.fi", ["action_editor"]);
    await t.addMember(org, "katsoja@maakunta.fi", ["viewer"]);
    await t.addMember(other, "naapuri@naapuri.fi", ["admin"]);
    admin = await t.signIn("paakayttaja@maakunta.fi");
    editor = await t.signIn("muokkaaja@maakunta.fi");
    viewer = await t.signIn("katsoja@maakunta.fi");
  });
  afterAll(() => t.close());

  async function tableCount(): Promise<number> {
    return (await t.database.db.select().from(actionTables)).length;
  }

  it("imports a UTF-8 CSV with continuation rows and publishes it with open data", async () => {
    const created = await importSampleTable(admin, { slug: "maakunta" });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ slug: "nuorisopaneeli-2025", published: true });
    const json = await t.app.inject({
      url: "/api/orgs/maakunta/actions/open/nuorisopaneeli-2025.json",
    });
    expect(json.statusCode).toBe(200);
    const data = json.json();
    // Round trip: the JSON holds the file's content, recommendation by recommendation.
    const file = readCsv(SAMPLE_CSV).rows.map((r) => r.fields);
    let recommendation = -1;
    let measure = 0;
    for (const [rec, text, schedule, status, unit, notes] of file) {
      if (rec) {
        recommendation++;
        measure = 0;
        expect(data.recommendations[recommendation].text).toBe(rec.replace(/^1\. /, ""));
      }
      expect(data.recommendations[recommendation].measures[measure]).toMatchObject({
        number: `${recommendation + 1}.${measure + 1}`,
        measure: text,
        schedule,
        statusLabel: { fi: status },
        responsibleUnit: unit,
        notes,
      });
      measure++;
    }
    expect(data.recommendations).toHaveLength(2);
    expect(data.urls.csv).toMatch(
      /\/api\/orgs\/maakunta\/actions\/open\/nuorisopaneeli-2025\.csv$/,
    );
    // The CSV is the import layout again: importing it gives the same table.
    const csv = await t.app.inject({
      url: "/api/orgs/maakunta/actions/open/nuorisopaneeli-2025.csv",
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const again = await importSampleTable(admin, {
      slug: "maakunta",
      csv: Buffer.from(csv.rawPayload),
      title: "Kopio",
    });
    expect(again.statusCode, again.body).toBe(201);
    const copy = (
      await t.app.inject({ url: `/api/orgs/maakunta/actions/open/${again.json().slug}.json` })
    ).json();
    const strip = (d: typeof data) =>
      d.recommendations.map((r: { text: string; measures: Record<string, unknown>[] }) => ({
        text: r.text,
        measures: r.measures.map(({ updatedAt: _u, ...m }) => m),
      }));
    expect(strip(copy)).toEqual(strip(data));
  });

  it("reads a Windows-1252 CSV with commas (Finnish Excel) keeping ä, ö and å", async () => {
    const text =
      "Suositus,Toimenpide,Status,Vastuu\r\nÅlands-yhteistyö,Käännökset ruotsiksi,Käsitelty,Viestintä\r\n";
    const created = await importSampleTable(admin, {
      slug: "maakunta",
      csv: Buffer.from(text, "latin1"),
      title: "Kaksikielisyys",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(decodeCsv(Buffer.from(text, "latin1")).encoding).toBe("windows-1252");
    const data = (
      await t.app.inject({ url: "/api/orgs/maakunta/actions/open/kaksikielisyys.json" })
    ).json();
    expect(data.recommendations[0]).toMatchObject({
      text: "Ålands-yhteistyö",
      measures: [
        { measure: "Käännökset ruotsiksi", status: "processed", responsibleUnit: "Viestintä" },
      ],
    });
  });

  it("imports an XLSX workbook with continuation rows, numbers as text and ä, ö and å", async () => {
    const workbook = writeXlsx([
      {
        name: "Toimenpiteet",
        rows: [
          ["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"],
          [
            "Nuorten ääni päätöksiin",
            "Nuorisovaltuusto kuultavaksi",
            2025,
            "Tehty",
            "Hyvinvointi",
            "",
          ],
          [
            null,
            "Äänestysikäisille kysely",
            "syksy 2025",
            "Käynnissä",
            "Osallisuus",
            "Yhteistyö kuntien kanssa",
          ],
          ["Åtgärd på svenska", "Översättning", null, "Ei aloitettu", "Viestintä", null],
        ],
      },
    ]);
    const created = await importSampleTable(admin, {
      slug: "maakunta",
      csv: Buffer.from(workbook),
      title: "Työkirja",
    });
    expect(created.statusCode, created.body).toBe(201);
    const data = (
      await t.app.inject({ url: `/api/orgs/maakunta/actions/open/${created.json().slug}.json` })
    ).json();
    expect(data.recommendations.map((r: { text: string }) => r.text)).toEqual([
      "Nuorten ääni päätöksiin",
      "Åtgärd på svenska",
    ]);
    expect(data.recommendations[0].measures).toEqual([
      expect.objectContaining({ number: "1.1", schedule: "2025", status: "done" }),
      expect.objectContaining({
        number: "1.2",
        measure: "Äänestysikäisille kysely",
        notes: "Yhteistyö kuntien kanssa",
      }),
    ]);
    // A file that only looks like a workbook is refused with the reason, and nothing is written.
    const before = await tableCount();
    const broken = await importSampleTable(admin, {
      slug: "maakunta",
      csv: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      title: "Rikki",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      code: "validation.failed",
      errors: [
        {
          path: "file",
          code: "invalid_file",
          message: "the file is not an XLSX workbook (it cannot be unzipped)",
          params: { line: 1 },
        },
      ],
    });
    expect(await tableCount()).toBe(before);
  });

  it("refuses a bad file whole, naming the line, column and value, and writes nothing", async () => {
    const before = await tableCount();
    const bad = `${SAMPLE_CSV}"Monirivinen\nsuositus";Toimenpide;;Vähän kesken;;\n`;
    const refused = await importSampleTable(admin, { slug: "maakunta", csv: bad, title: "Rikki" });
    expect(refused.statusCode).toBe(400);
    const problem = refused.json();
    expect(problem.code).toBe("validation.failed");
    expect(problem.errors[0]).toMatchObject({
      code: "invalid_file",
      params: { line: 5, column: 4, value: "Vähän kesken" },
    });
    expect(await tableCount()).toBe(before);
  });

  it("keeps every change as history and shows it in the public change log", async () => {
    const [table] = await t.database.db
      .select()
      .from(actionTables)
      .where(eq(actionTables.slug, "nuorisopaneeli-2025"));
    const measures = await t.database.db
      .select()
      .from(actionMeasures)
      .where(eq(actionMeasures.tableId, table!.id));
    const m = measures.find((x) => x.number === "1.2")!;
    // The public answers are kept while the table is unchanged: read them before the edit.
    const pageBefore = await t.app.inject({
      url: "/api/orgs/maakunta/actions/public/nuorisopaneeli-2025",
    });
    expect(pageBefore.json().changes).toEqual([]);
    const jsonUrl = "/api/orgs/maakunta/actions/open/nuorisopaneeli-2025.json";
    expect(
      (await t.app.inject({ url: jsonUrl })).json().recommendations[0].measures[1].status,
    ).toBe("not_started");
    const edited = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${m.id}`,
      payload: {
        status: "in_progress",
        notes: "Aloitettu syksyllä",
        decisions: [
          {
            body: "Aluehallitus",
            date: "2025-10-14",
            section: "212",
            minutesUrl: "https://example.fi/p/212",
          },
        ],
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const needsReason = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${m.id}`,
      payload: { status: "not_taken_forward" },
    });
    expect(needsReason.statusCode).toBe(400);
    expect(needsReason.json().errors[0].path).toBe("body.statusReason");
    const detail = (
      await viewer.request({ method: "GET", url: `/api/orgs/maakunta/actions/tables/${table!.id}` })
    ).json();
    const mine = detail.history.filter((h: { measureNumber: string }) => h.measureNumber === "1.2");
    expect(
      mine.map((h: { field: string; oldValue: string; newValue: string }) => [
        h.field,
        h.oldValue,
        h.newValue,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["status", "not_started", "in_progress"],
        ["notes", "", "Aloitettu syksyllä"],
        ["decisions", "", "Aluehallitus 2025-10-14 § 212 https://example.fi/p/212"],
      ]),
    );
    expect(mine[0].actor).not.toBe("");
    const page = (
      await t.app.inject({ url: "/api/orgs/maakunta/actions/public/nuorisopaneeli-2025" })
    ).json();
    expect(page.changes.map((c: { field: string }) => c.field)).toContain("status");
    expect(JSON.stringify(page.changes)).not.toContain("muokkaaja");
    expect(
      (await t.app.inject({ url: jsonUrl })).json().recommendations[0].measures[1],
    ).toMatchObject({
      status: "in_progress",
      notes: "Aloitettu syksyllä",
    });
  });

  it("limits an editor given units to their own unit's rows", async () => {
    const set = await admin.request({
      method: "PUT",
      url: `/api/orgs/maakunta/actions/editors/${editorId}`,
      payload: { units: ["Hyvinvointi"] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const all = await t.database.db.select().from(actionMeasures);
    const own = all.find((m) => m.unit === "Hyvinvointi")!;
    const others = all.find((m) => m.unit === "Hallinto")!;
    const refused = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${others.id}`,
      payload: { status: "done" },
    });
    expect(refused.statusCode).toBe(403);
    const moved = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${own.id}`,
      payload: { unit: "Hallinto" },
    });
    expect(moved.statusCode).toBe(400);
    const ok = await editor.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${own.id}`,
      payload: { schedule: "syksy 2026" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const byViewer = await viewer.request({
      method: "PATCH",
      url: `/api/orgs/maakunta/actions/measures/${own.id}`,
      payload: { schedule: "2027" },
    });
    expect(byViewer.statusCode).toBe(403);
  });

  it("keeps organizations apart: another organization's table is neither readable nor public through it", async () => {
    const neighbour = await t.signIn("naapuri@naapuri.fi");
    const [table] = await t.database.db
      .select()
      .from(actionTables)
      .where(eq(actionTables.slug, "nuorisopaneeli-2025"));
    const foreign = await neighbour.request({
      method: "GET",
      url: `/api/orgs/naapuri/actions/tables/${table!.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    const [measure] = await t.database.db
      .select()
      .from(actionMeasures)
      .where(eq(actionMeasures.tableId, table!.id));
    const edit = await neighbour.request({
      method: "PATCH",
      url: `/api/orgs/naapuri/actions/measures/${measure!.id}`,
      payload: { status: "done" },
    });
    expect(edit.statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: "/api/orgs/naapuri/actions/open/nuorisopaneeli-2025.json" }))
        .statusCode,
    ).toBe(404);
    const direct = await neighbour.request({
      method: "GET",
      url: `/api/orgs/maakunta/actions/tables/${table!.id}`,
    });
    expect(direct.statusCode).toBe(403);
  });

  it("shows an unpublished table to staff only", async () => {
    const created = await importSampleTable(admin, {
      slug: "maakunta",
      title: "Luonnos",
      publish: false,
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await t.app.inject({ url: "/api/orgs/maakunta/actions/public/luonnos" })).statusCode,
    ).toBe(404);
    const published = await admin.request({
      method: "POST",
      url: `/api/orgs/maakunta/actions/tables/${created.json().id}/publish`,
      payload: { published: true },
    });
    expect(published.json().published).toBe(true);
    expect(
      (await t.app.inject({ url: "/api/orgs/maakunta/actions/public/luonnos" })).statusCode,
    ).toBe(200);
  });
});
