import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import type { Organization } from "../../organizations/index.js";
import { candidatesOf } from "../candidates.js";
import { sessionsOf } from "../setup.js";
import { panelistSession, panelWithCandidates } from "../testing.js";
import { confirmSeated } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Materials over HTTP: links with captions, PDFs, the panelist's view. */
describe("panel materials over HTTP", () => {
  let t: TestApp;
  let org: Organization;
  let staff: StaffClient;
  let viewer: StaffClient;
  let other: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("istunnot");
    const otherOrg = await t.createOrg("muualla");
    await t.addMember(org, "fasilitaattori@istunnot.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@istunnot.fi", ["viewer"]);
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
});
