import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import type { Organization } from "../../organizations/index.js";
import { candidatesOf } from "../candidates.js";
import { sessionsOf } from "../setup.js";
import { panelistSession, panelWithCandidates } from "../testing.js";
import { confirmSeated } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Sessions over HTTP: tables balanced over the strata, facilitators, materials, notes. */
describe("panel sessions over HTTP", () => {
  let t: TestApp;
  let org: Organization;
  let staff: StaffClient;
  let viewer: StaffClient;
  let other: StaffClient;
  let facilitatorId: string;
  let viewerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("istunnot");
    const otherOrg = await t.createOrg("muualla");
    facilitatorId = await t.addMember(org, "fasilitaattori@istunnot.fi", ["facilitator"]);
    viewerId = await t.addMember(org, "katsoja@istunnot.fi", ["viewer"]);
    await t.addMember(otherOrg, "admin@muualla.fi", ["admin"]);
    staff = await t.signIn("fasilitaattori@istunnot.fi");
    viewer = await t.signIn("katsoja@istunnot.fi");
    other = await t.signIn("admin@muualla.fi");
  });
  afterAll(() => t.close());

  async function seatedPanel(seed: string) {
    const db = t.database.db;
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: org.id,
      count: 80,
      k: 16,
      draw: seed,
    });
    const confirmed = await confirmSeated(db, { organizationId: org.id, panelId: panel.id });
    const [session] = await sessionsOf(db, panel);
    const base = `/api/orgs/istunnot/panels/${panel.id}/sessions/${session!.id}`;
    return { panel, session: session!, base, confirmed: confirmed.map((c) => c.id) };
  }

  it("seats the confirmed at balanced tables, lets staff move people and set facilitators", async () => {
    const { base, confirmed } = await seatedPanel("poydat-1");
    expect(confirmed).toHaveLength(16);
    const refused = await viewer.request({
      method: "POST",
      url: `${base}/tables`,
      payload: { tables: 4 },
    });
    expect(refused.statusCode).toBe(403);
    const missing = await staff.request({ method: "POST", url: `${base}/tables`, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe("body.tables");

    const made = await staff.request({
      method: "POST",
      url: `${base}/tables`,
      payload: { tableSize: 4 },
    });
    expect(made.statusCode, made.body).toBe(200);
    const tables = made.json();
    expect(tables.tables.map((x: { seats: unknown[] }) => x.seats.length)).toEqual([4, 4, 4, 4]);
    expect(tables.features).toEqual(["ageBand", "gender", "municipality", "language"]);
    expect(tables.balance.worstSpread).toBeLessThanOrEqual(2);
    // The same seed gives the same seating; the viewer may read it, another county may not.
    const again = await staff.request({
      method: "POST",
      url: `${base}/tables`,
      payload: { tables: 4 },
    });
    expect(again.json().tables).toEqual(tables.tables);
    expect((await viewer.request({ method: "GET", url: `${base}/tables` })).json()).toEqual(
      again.json(),
    );
    expect((await other.request({ method: "GET", url: `${base}/tables` })).statusCode).toBe(403);

    const mover = tables.tables[0].seats[0].candidateId as string;
    const moved = await staff.request({
      method: "PUT",
      url: `${base}/seats/${mover}`,
      payload: { tableNumber: 3 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const third = moved.json().tables[2].seats;
    expect(third).toHaveLength(5);
    expect(third.find((s: { candidateId: string }) => s.candidateId === mover).movedByHand).toBe(
      true,
    );
    const nowhere = await staff.request({
      method: "PUT",
      url: `${base}/seats/${mover}`,
      payload: { tableNumber: 9 },
    });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().errors[0].path).toBe("body.tableNumber");

    const notFacilitator = await staff.request({
      method: "PUT",
      url: `${base}/tables/2/facilitator`,
      payload: { facilitatorId: viewerId },
    });
    expect(notFacilitator.statusCode).toBe(400);
    expect(notFacilitator.json().errors[0].path).toBe("body.facilitatorId");
    const led = await staff.request({
      method: "PUT",
      url: `${base}/tables/2/facilitator`,
      payload: { facilitatorId },
    });
    expect(led.statusCode, led.body).toBe(200);
    expect(led.json().tables[1].facilitator.id).toBe(facilitatorId);
    // Re-assigning keeps the tables' facilitators.
    const reassigned = await staff.request({
      method: "POST",
      url: `${base}/tables`,
      payload: { tables: 4, seed: "toinen" },
    });
    expect(reassigned.json().tables[1].facilitator.id).toBe(facilitatorId);
    const actions = (await t.database.db.select().from(auditEvents)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "panels.tables_assigned",
        "panels.seat_moved",
        "panels.facilitator_set",
      ]),
    );
  });

  it("keeps materials: links with captions for videos, PDFs checked by their bytes", async () => {
    const { panel, session } = await seatedPanel("aineisto-1");
    const url = `/api/orgs/istunnot/panels/${panel.id}/materials`;
    const talk = {
      kind: "talk",
      title: { fi: "Asiantuntijapuheenvuoro" },
      url: "https://example.fi/puhe",
      sessionId: session.id,
    };
    expect((await viewer.request({ method: "POST", url, payload: talk })).statusCode).toBe(403);
    const noCaptions = await staff.request({
      method: "POST",
      url,
      payload: { ...talk, kind: "video" },
    });
    expect(noCaptions.statusCode).toBe(400);
    expect(noCaptions.json().errors[0].path).toBe("body.captionUrl");
    const plainHttp = await staff.request({
      method: "POST",
      url,
      payload: { ...talk, url: "http://example.fi/x" },
    });
    expect(plainHttp.json().errors[0].path).toBe("body.url");
    const video = await staff.request({
      method: "POST",
      url,
      payload: {
        ...talk,
        kind: "video",
        captionUrl: "https://example.fi/puhe.vtt",
        sessionId: null,
      },
    });
    expect(video.statusCode, video.body).toBe(201);
    const reading = await staff.request({
      method: "POST",
      url,
      payload: {
        kind: "reading",
        title: { fi: "Lukupaketti", sv: "Läspaket" },
        url: "https://example.fi/luku",
      },
    });
    const readingId = reading.json().id as string;
    const notPdf = await staff.request({
      method: "PUT",
      url: `${url}/${readingId}/pdf`,
      headers: { "content-type": "application/pdf" },
      payload: Buffer.from("<html>ei pdf</html>"),
    });
    expect(notPdf.statusCode).toBe(400);
    const uploaded = await staff.request({
      method: "PUT",
      url: `${url}/${readingId}/pdf`,
      headers: { "content-type": "application/pdf" },
      payload: PDF,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json()).toMatchObject({
      url: null,
      pdf: { name: "Lukupaketti.pdf", bytes: PDF.length },
    });
    const read = await viewer.request({ method: "GET", url: `${url}/${readingId}/pdf` });
    expect(read.headers["content-type"]).toBe("application/pdf");
    expect(read.rawPayload.equals(PDF)).toBe(true);
    const listed = await viewer.request({ method: "GET", url });
    expect(listed.json().materials.map((m: { kind: string }) => m.kind)).toEqual([
      "video",
      "reading",
    ]);
    expect((await other.request({ method: "GET", url })).statusCode).toBe(403);

    // A seated panelist sees own table and the materials in their space; a reserve does not.
    await staff.request({
      method: "POST",
      url: `/api/orgs/istunnot/panels/${panel.id}/sessions/${session.id}/tables`,
      payload: { tables: 4 },
    });
    const rows = await candidatesOf(t.database.db, panel);
    const seated = rows.find((c) => c.status === "confirmed")!;
    const reserve = rows.find((c) => c.status === "reserve")!;
    const me = await t.app.inject({
      method: "GET",
      url: "/api/orgs/istunnot/panelists/me/sessions",
      headers: {
        "x-panel-session": await panelistSession(t.database.db, {
          organizationId: org.id,
          panelId: panel.id,
          candidateId: seated.id,
        }),
      },
    });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().tables).toEqual([
      { sessionId: session.id, tableNumber: expect.any(Number), facilitator: null },
    ]);
    expect(me.json().materials).toHaveLength(2);
    const pdfForPanelist = await t.app.inject({
      method: "GET",
      url: `/api/orgs/istunnot/panelists/me/materials/${readingId}/pdf`,
      headers: {
        "x-panel-session": await panelistSession(t.database.db, {
          organizationId: org.id,
          panelId: panel.id,
          candidateId: seated.id,
        }),
      },
    });
    expect(pdfForPanelist.rawPayload.equals(PDF)).toBe(true);
    const reserveView = await t.app.inject({
      method: "GET",
      url: "/api/orgs/istunnot/panelists/me/sessions",
      headers: {
        "x-panel-session": await panelistSession(t.database.db, {
          organizationId: org.id,
          panelId: panel.id,
          candidateId: reserve.id,
        }),
      },
    });
    expect(reserveView.statusCode).toBe(403);
    expect((await staff.request({ method: "DELETE", url: `${url}/${readingId}` })).statusCode).toBe(
      204,
    );
  });

  it("writes table notes and sends the tables' proposals to the statement for merging", async () => {
    const { panel, base } = await seatedPanel("muistiinpanot-1");
    await staff.request({ method: "POST", url: `${base}/tables`, payload: { tables: 4 } });
    const early = await staff.request({
      method: "POST",
      url: `${base}/tables/1/notes`,
      payload: { kind: "proposal", text: "Terveysasemat auki iltaisin" },
    });
    expect(early.statusCode).toBe(409);
    const note = await staff.request({
      method: "POST",
      url: `${base}/tables/1/notes`,
      payload: { kind: "note", text: "Keskustelu kulki hyvin." },
    });
    expect(note.statusCode, note.body).toBe(201);
    const empty = await staff.request({
      method: "POST",
      url: `${base}/tables/1/notes`,
      payload: { kind: "note", text: "  " },
    });
    expect(empty.json().errors[0].path).toBe("body.text");
    expect(
      (
        await viewer.request({
          method: "POST",
          url: `${base}/tables/1/notes`,
          payload: { kind: "note", text: "x" },
        })
      ).statusCode,
    ).toBe(403);

    const started = await staff.request({
      method: "POST",
      url: `/api/orgs/istunnot/panels/${panel.id}/statement`,
      payload: {},
    });
    const statementId = started.json().statementId as string;
    for (const [table, text] of [
      [1, "Terveysasemat auki iltaisin"],
      [2, "Iltavastaanotot kaikkiin kuntiin"],
    ] as const) {
      const r = await staff.request({
        method: "POST",
        url: `${base}/tables/${table}/notes`,
        payload: { kind: "proposal", text },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const notes = (await viewer.request({ method: "GET", url: `${base}/notes` })).json().notes;
    expect(
      notes.map((n: { tableNumber: number; kind: string }) => [n.tableNumber, n.kind]),
    ).toEqual([
      [1, "note"],
      [1, "proposal"],
      [2, "proposal"],
    ]);
    const detail = await staff.request({
      method: "GET",
      url: `/api/orgs/istunnot/deliberation/statements/${statementId}`,
    });
    const proposals = detail.json().proposals as { id: string; sourceLabel: string }[];
    expect(proposals.map((p) => p.sourceLabel).sort()).toEqual([
      "Istunto 1, pöytä 1",
      "Istunto 1, pöytä 2",
    ]);
    // The facilitators merge the tables' proposals into one draft recommendation.
    const merged = await staff.request({
      method: "POST",
      url: `/api/orgs/istunnot/deliberation/statements/${statementId}/merge`,
      payload: {
        proposalIds: proposals.map((p) => p.id),
        title: "Iltavastaanotot",
        text: "Terveysasemat auki iltaisin kaikissa kunnissa.",
        rationale: "Työssäkäyvät.",
      },
    });
    expect(merged.statusCode, merged.body).toBeLessThan(300);
  });
});
