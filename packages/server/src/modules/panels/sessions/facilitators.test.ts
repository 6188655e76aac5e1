import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffClient } from "../../../test-app.js";
import { candidatesOf } from "../candidates.js";
import { asPanelist, type PanelsTestApp, panelsTestApp } from "../testing.js";

/** The facilitator list for a panel's tables: panel.manage, one organization, audited. */
describe("panel facilitators", () => {
  let app: PanelsTestApp<"vetaja" | "toinen" | "katsoja" | "paa">;
  let outsider: StaffClient;
  beforeAll(async () => {
    app = await panelsTestApp("vetajat", {
      vetaja: ["facilitator"],
      toinen: ["facilitator", "viewer"],
      katsoja: ["viewer"],
      paa: ["admin"],
    });
    const other = await app.t.createOrg("muualla");
    await app.t.addMember(other, "vetaja@muualla.fi", ["facilitator"]);
    outsider = await app.t.signIn("vetaja@muualla.fi", "muualla");
  });
  afterAll(() => app.t.close());

  it("lets a facilitator read the list, and no resident, viewer or other organization", async () => {
    const { t, orgId } = app;
    const { vetaja: facilitator, katsoja: viewer } = app.staff;
    const db = t.database.db;
    const { panel } = await app.panel({
      count: 12,
      k: 3,
      draw: "vetajat",
    });
    const url = `/api/orgs/vetajat/panels/${panel.id}/facilitators`;
    const read = await facilitator.request({ method: "GET", url });
    expect(read.statusCode, read.body).toBe(200);
    // Only the facilitator role, names and ids only (no e-mail addresses beyond the name).
    expect(read.json().facilitators.map((f: { name: string }) => f.name)).toEqual([
      "toinen@vetajat.fi",
      "vetaja@vetajat.fi",
    ]);
    expect(Object.keys(read.json().facilitators[0]).sort()).toEqual(["id", "name"]);
    const audits = await app.audits("panels.facilitators_read");
    expect(audits.map((a) => a.targetId)).toEqual([panel.id]);

    // A viewer lacks panel.manage; another organization's facilitator is no member here, and
    // with their own organization the panel is not found.
    expect((await viewer.request({ method: "GET", url })).statusCode).toBe(403);
    expect((await outsider.request({ method: "GET", url })).statusCode).toBe(403);
    const theirs = await outsider.request({
      method: "GET",
      url: `/api/orgs/muualla/panels/${panel.id}/facilitators`,
    });
    expect(theirs.statusCode).toBe(404);

    // A resident (a panelist signed in to their space) gets no staff list.
    const [candidate] = await candidatesOf(db, panel);
    const resident = await asPanelist(
      t,
      { organizationId: orgId, panelId: panel.id, candidateId: candidate!.id },
      { method: "GET", url },
    );
    expect(resident.statusCode).toBe(401);
  });
});
