import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { sampleRoundTable } from "./testing.js";

/** Correcting and removing where the statement was sent and the responses received (HTTP). */
describe("round-table distribution and responses", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let admin: StaffClient;
  let viewer: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("jakelu");
    orgId = org.id;
    otherOrgId = (await t.createOrg("muu-jakelu")).id;
    await t.addMember(org, "admin@jakelu.fi", ["admin"]);
    await t.addMember(org, "katsoja@jakelu.fi", ["viewer"]);
    admin = await t.signIn("admin@jakelu.fi", "jakelu");
    viewer = await t.signIn("katsoja@jakelu.fi", "jakelu");
  });
  afterAll(() => t.close());

  const base = (roundTableId: string) => `/api/orgs/jakelu/roundtables/${roundTableId}`;
  const actionsOf = async (roundTableId: string) =>
    (
      await t.database.db
        .select({ action: auditEvents.action, detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.targetId, roundTableId)))
    ).filter((e) => /distribution|response|statement_sent/.test(e.action));

  it("corrects and removes a distribution record, audited, and the public page follows", async () => {
    const { scope } = await sampleRoundTable(t.database.db, { organizationId: orgId });
    const url = `${base(scope.roundTableId)}/distribution`;
    const added = await admin.request({
      method: "POST",
      url,
      payload: { recipient: "Aluehallitus", sentOn: "2026-05-02", channel: "email" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;

    const changed = await admin.request({
      method: "PATCH",
      url: `${url}/${id}`,
      payload: { recipient: "Aluevaltuusto", channel: "registry", note: "Dnro 12/2026" },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({
      id,
      recipient: "Aluevaltuusto",
      sentOn: "2026-05-02",
      channel: "registry",
      note: "Dnro 12/2026",
    });
    const detail = await admin.request({ method: "GET", url: base(scope.roundTableId) });
    expect(detail.json().distribution).toEqual([changed.json()]);

    const removed = await admin.request({ method: "DELETE", url: `${url}/${id}` });
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await admin.request({ method: "GET", url: base(scope.roundTableId) });
    expect(after.json().distribution).toEqual([]);
    const again = await admin.request({ method: "DELETE", url: `${url}/${id}` });
    expect(again.statusCode).toBe(404);

    const log = await actionsOf(scope.roundTableId);
    expect(log.map((e) => e.action).sort()).toEqual([
      "roundtable.distribution_changed",
      "roundtable.distribution_removed",
      "roundtable.statement_sent",
    ]);
    expect(log.find((e) => e.action === "roundtable.distribution_changed")!.detail).toMatchObject({
      distributionId: id,
      fields: ["recipient", "channel", "note"],
    });
    // What was removed stays readable in the log.
    expect(log.find((e) => e.action === "roundtable.distribution_removed")!.detail).toMatchObject({
      recipient: "Aluevaltuusto",
      sentOn: "2026-05-02",
    });
  });

  it("corrects and removes a response, redacting identity codes in its text", async () => {
    const { scope } = await sampleRoundTable(t.database.db, { organizationId: orgId });
    const url = `${base(scope.roundTableId)}/responses`;
    const added = await admin.request({
      method: "POST",
      url,
      payload: { body: "Aluehallitus", receivedOn: "2026-06-01", text: "Kiitos lausumasta." },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;
    const changed = await admin.request({
      method: "PATCH",
      url: `${url}/${id}`,
      payload: {
        receivedOn: "2026-06-02",
        text: "Yhteyshenkilö 131052-308T vastaa.",
        link: "https://example.fi/poytakirja/12",
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      id,
      body: "Aluehallitus",
      receivedOn: "2026-06-02",
      link: "https://example.fi/poytakirja/12",
    });
    expect(changed.json().text).not.toContain("131052-308T");
    // An empty link clears it.
    const cleared = await admin.request({
      method: "PATCH",
      url: `${url}/${id}`,
      payload: { link: "" },
    });
    expect(cleared.json().link).toBe("");

    const removed = await admin.request({ method: "DELETE", url: `${url}/${id}` });
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await admin.request({ method: "GET", url: base(scope.roundTableId) });
    expect(after.json().responses).toEqual([]);
    const log = (await actionsOf(scope.roundTableId)).map((e) => e.action);
    expect(log.filter((a) => a === "roundtable.response_changed")).toHaveLength(2);
    expect(log).toContain("roundtable.response_removed");
  });

  it("refuses bad corrections with the field's path", async () => {
    const { scope } = await sampleRoundTable(t.database.db, { organizationId: orgId });
    const d = await admin.request({
      method: "POST",
      url: `${base(scope.roundTableId)}/distribution`,
      payload: { recipient: "Aluehallitus", sentOn: "2026-05-02", channel: "email" },
    });
    const r = await admin.request({
      method: "POST",
      url: `${base(scope.roundTableId)}/responses`,
      payload: { body: "Aluehallitus", receivedOn: "2026-06-01", text: "Vastaus" },
    });
    const cases: [string, Record<string, unknown>, string][] = [
      [`distribution/${d.json().id}`, { recipient: "  " }, "body.recipient"],
      [`distribution/${d.json().id}`, { sentOn: "2. toukokuuta" }, "body.sentOn"],
      [`distribution/${d.json().id}`, { channel: "pigeon" }, "body.channel"],
      [`distribution/${d.json().id}`, { sender: "x" }, "body"],
      [`distribution/${d.json().id}`, {}, "body"],
      [`responses/${r.json().id}`, { text: "" }, "body.text"],
      [`responses/${r.json().id}`, { link: "javascript:alert(1)" }, "body.link"],
      [`responses/${r.json().id}`, { receivedOn: "2026-13-40" }, "body.receivedOn"],
    ];
    for (const [path, payload, field] of cases) {
      const response = await admin.request({
        method: "PATCH",
        url: `${base(scope.roundTableId)}/${path}`,
        payload,
      });
      expect(response.statusCode, `${path} ${JSON.stringify(payload)}`).toBe(400);
      const paths = (response.json().errors as { path: string }[]).map((e) => e.path);
      expect(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        paths.join(),
      ).toBe(true);
    }
  });

  it("keeps records to their round table and organization, and to managers", async () => {
    const db = t.database.db;
    const own = await sampleRoundTable(db, { organizationId: orgId });
    const sibling = await sampleRoundTable(db, { organizationId: orgId });
    const other = await sampleRoundTable(db, { organizationId: otherOrgId });
    const d = await admin.request({
      method: "POST",
      url: `${base(own.scope.roundTableId)}/distribution`,
      payload: { recipient: "Aluehallitus", sentOn: "2026-05-02", channel: "email" },
    });
    const id = d.json().id as string;
    // Through another round table of the organization, or another organization's: not found.
    for (const roundTableId of [sibling.scope.roundTableId, other.scope.roundTableId]) {
      const wrong = await admin.request({
        method: "PATCH",
        url: `${base(roundTableId)}/distribution/${id}`,
        payload: { recipient: "Kaapattu" },
      });
      expect(wrong.statusCode).toBe(404);
      const gone = await admin.request({
        method: "DELETE",
        url: `${base(roundTableId)}/distribution/${id}`,
      });
      expect(gone.statusCode).toBe(404);
    }
    // A viewer reads but does not correct.
    const refused = await viewer.request({
      method: "DELETE",
      url: `${base(own.scope.roundTableId)}/distribution/${id}`,
    });
    expect(refused.statusCode).toBe(403);
    const detail = await viewer.request({ method: "GET", url: base(own.scope.roundTableId) });
    expect(detail.json().distribution).toEqual([
      expect.objectContaining({ id, recipient: "Aluehallitus" }),
    ]);
  });
});
