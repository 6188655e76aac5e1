import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/index.js";
import { candidatesOf } from "../candidates.js";
import { panelistSession, panelWithCandidates } from "../testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** The facilitator list for a panel's tables: panel.manage, one organization, audited. */
describe("panel facilitators", () => {
  let t: TestApp;
  let facilitator: StaffClient;
  let viewer: StaffClient;
  let outsider: StaffClient;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("vetajat");
    orgId = org.id;
    await t.addMember(org, "vetaja@vetajat.fi", ["facilitator"]);
    await t.addMember(org, "toinen@vetajat.fi", ["facilitator", "viewer"]);
    await t.addMember(org, "katsoja@vetajat.fi", ["viewer"]);
    await t.addMember(org, "paa@vetajat.fi", ["admin"]);
    const other = await t.createOrg("muualla");
    await t.addMember(other, "vetaja@muualla.fi", ["facilitator"]);
    facilitator = await t.signIn("vetaja@vetajat.fi", "vetajat");
    viewer = await t.signIn("katsoja@vetajat.fi", "vetajat");
    outsider = await t.signIn("vetaja@muualla.fi", "muualla");
  });
  afterAll(() => t.close());

  it("lets a facilitator read the list, and no resident, viewer or other organization", async () => {
    const db = t.database.db;
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: orgId,
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
    const audits = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, orgId),
          eq(auditEvents.action, "panels.facilitators_read"),
        ),
      );
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
    const resident = await t.app.inject({
      method: "GET",
      url,
      headers: {
        "x-panel-session": await panelistSession(db, {
          organizationId: orgId,
          panelId: panel.id,
          candidateId: candidate!.id,
        }),
      },
    });
    expect(resident.statusCode).toBe(401);
  });
});
