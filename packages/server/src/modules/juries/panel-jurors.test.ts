import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { panelCandidates } from "../panels/index.js";
import { panelWithCandidates } from "../panels/testing.js";
import { juryMembers } from "./schema.js";
import { sampleJury } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** Recruitment from a sortition draw: a panel's confirmed panelists become the jury's jurors. */
describe("jurors from a panel's draw", () => {
  let t: TestApp;
  let admin: StaffClient;
  let viewer: StaffClient;
  let orgId: string;
  const base = "/api/orgs/arvonta/juries";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("arvonta");
    orgId = org.id;
    await t.addMember(org, "fasilitaattori@arvonta.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@arvonta.fi", ["viewer"]);
    admin = await t.signIn("fasilitaattori@arvonta.fi");
    viewer = await t.signIn("katsoja@arvonta.fi");
  });
  afterAll(() => t.close());

  it("takes the confirmed panelists once, with their contact data, and records the panel", async () => {
    const db = t.database.db;
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: orgId,
      count: 40,
      k: 8,
      draw: "12345",
    });
    const drawn = await db
      .select()
      .from(panelCandidates)
      .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "selected")))
      .orderBy(panelCandidates.number);
    expect(drawn.length).toBe(8);
    const jury = (await admin.request({ method: "POST", url: base, payload: sampleJury() })).json();
    const url = `${base}/${jury.id}/jurors/from-panel`;

    // Drawn but nobody confirmed yet: nothing to take, said at the field.
    const none = await admin.request({ method: "POST", url, payload: { panelId: panel.id } });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].path).toBe("body.panelId");

    const confirmed = drawn.slice(0, 5).map((c) => c.id);
    await db
      .update(panelCandidates)
      .set({ status: "confirmed" })
      .where(inArray(panelCandidates.id, confirmed));
    expect(
      (await viewer.request({ method: "POST", url, payload: { panelId: panel.id } })).statusCode,
    ).toBe(403);
    const first = await admin.request({ method: "POST", url, payload: { panelId: panel.id } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ added: 5, kept: 0, skipped: 0 });

    const members = await db.select().from(juryMembers).where(eq(juryMembers.juryId, jury.id));
    expect(members.map((m) => m.label).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Raatilainen ${n}`),
    );
    expect(members.map((m) => m.sourceRef).sort()).toEqual(
      confirmed.map((id) => `panel:${id}`).sort(),
    );
    // The contact data is the panelist's, sealed again for the jury.
    const candidate = drawn[0]!;
    const member = members.find((m) => m.sourceRef === `panel:${candidate.id}`)!;
    expect(JSON.parse(sealer.open(member.contactSealed!))).toEqual(
      JSON.parse(sealer.open(candidate.contactSealed!)),
    );

    // A replacement confirmed later: running it again adds only the newcomer.
    await db
      .update(panelCandidates)
      .set({ status: "confirmed" })
      .where(eq(panelCandidates.id, drawn[5]!.id));
    const second = await admin.request({ method: "POST", url, payload: { panelId: panel.id } });
    expect(second.json()).toEqual({ added: 1, kept: 5, skipped: 0 });
    const after = (await admin.request({ method: "GET", url: `${base}/${jury.id}` })).json();
    expect(after).toMatchObject({ recruitment: "sortition", recruitmentRef: panel.id });
    const listed = (
      await admin.request({ method: "GET", url: `${base}/${jury.id}/members` })
    ).json();
    expect(listed.members).toHaveLength(6);

    // Another organization's panel (or none) is not found at the field.
    const missing = await admin.request({
      method: "POST",
      url,
      payload: { panelId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe("body.panelId");
  });
});
