import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { sampleJuror, sampleJury } from "./testing.js";

/** Screening in the jury's threads, over HTTP. */
describe("screening of jurors' posts", () => {
  let t: TestApp;
  let admin: StaffClient;
  let orgId: string;
  const base = "/api/orgs/raati/juries";
  const as = (session: string) => ({ "x-jury-session": session });

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raati");
    orgId = org.id;
    await t.addMember(org, "fasilitaattori@raati.fi", ["facilitator"]);
    admin = await t.signIn("fasilitaattori@raati.fi");
  });
  afterAll(() => t.close());

  it("holds posts with identity codes, phone numbers or emails for moderation even in post-moderation", async () => {
    const created = await admin.request({
      method: "POST",
      url: base,
      payload: sampleJury({ moderation: "post" }),
    });
    const url = `${base}/${created.json().id}`;
    await admin.request({ method: "PUT", url: `${url}/status`, payload: { status: "running" } });
    const member = await admin.request({
      method: "POST",
      url: `${url}/jurors`,
      payload: sampleJuror(7),
    });
    const { openSession } = await import("./sessions.js");
    const { findMember } = await import("./members.js");
    const session = await openSession(
      t.database.db,
      await findMember(t.database.db, {
        organizationId: orgId,
        juryId: created.json().id,
        memberId: member.json().id,
      }),
    );
    const post = (body: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/orgs/raati/jury-space/me/posts",
        headers: as(session),
        payload: { body, parentId: null },
      });
    expect((await post("Hyvä ajatus")).json()).toMatchObject({ status: "visible", flags: [] });
    expect((await post("Soita 040 123 4567")).json()).toMatchObject({
      status: "pending",
      flags: ["phone"],
    });
    expect((await post("Kirjoita minulle nuori@example.fi")).json()).toMatchObject({
      status: "pending",
      flags: ["email"],
    });
    const hetu = (await post("Tunnukseni on 131052-308T")).json();
    expect(hetu).toMatchObject({ status: "pending", flags: ["hetu"] });
    expect(hetu.body).not.toContain("131052-308T");
  });
});
