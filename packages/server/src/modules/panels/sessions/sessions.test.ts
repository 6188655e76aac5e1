import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import type { Organization } from "../../organizations/index.js";
import { sessionsOf } from "../setup.js";
import { panelWithCandidates } from "../testing.js";
import { confirmSeated } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

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
