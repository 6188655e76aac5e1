import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { addMinorityOpinion, addProposal, decideAmendment, mergeProposals } from "./drafting.js";
import { deliberationSupport } from "./schema.js";
import {
  adoptStatement,
  findStatement,
  publishStatement,
  setStatus,
  updateStatement,
} from "./statements.js";
import { supportResults } from "./support.js";
import { advance, participant, sampleStatement } from "./testing.js";
import { statementDetail } from "./view.js";

const actor = { label: "test" };

/** The statement services on a real database: merging, amendments, support, status rules. */
describe("deliberation services", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    orgId = (await t.createOrg("lausuma")).id;
    otherOrgId = (await t.createOrg("toinen")).id;
  });
  afterAll(() => t.close());

  it("merges several proposals into one draft recommendation and records where each went", async () => {
    const db = t.database.db;
    const { statement, recommendationIds } = await sampleStatement(db, {
      organizationId: orgId,
      recommendations: 1,
    });
    const a = await addProposal(db, {
      organizationId: orgId,
      statementId: statement.id,
      input: { sourceLabel: "Pöytä 3", text: "Lisää iltavastaanottoja" },
      actor,
    });
    const b = await addProposal(db, {
      organizationId: orgId,
      statementId: statement.id,
      input: { sourceLabel: "Pöytä 5", text: "Vastaanotto myös lauantaisin" },
      actor,
    });
    const merged = await mergeProposals(db, {
      organizationId: orgId,
      statementId: statement.id,
      proposalIds: [a.id, b.id],
      into: { title: "Aukioloajat", text: "Terveysasemat auki iltaisin ja lauantaisin." },
      actor,
    });
    expect(merged.number).toBe(2);
    const detail = await statementDetail(db, { organizationId: orgId, statementId: statement.id });
    expect(
      detail.proposals.filter((p) => p.recommendationId === merged.id).map((p) => p.sourceLabel),
    ).toEqual(["Pöytä 3", "Pöytä 5"]);
    // Into an existing recommendation as well.
    const c = await addProposal(db, {
      organizationId: orgId,
      statementId: statement.id,
      input: { sourceLabel: "Pöytä 1", text: "Sama" },
      actor,
    });
    await mergeProposals(db, {
      organizationId: orgId,
      statementId: statement.id,
      proposalIds: [c.id],
      into: { recommendationId: recommendationIds[0]! },
      actor,
    });
    const again = await statementDetail(db, { organizationId: orgId, statementId: statement.id });
    expect(again.proposals.find((p) => p.id === c.id)?.recommendationId).toBe(recommendationIds[0]);
    // A proposal of another statement is not found.
    const other = await sampleStatement(db, { organizationId: orgId, recommendations: 0 });
    await expect(
      mergeProposals(db, {
        organizationId: orgId,
        statementId: other.statement.id,
        proposalIds: [a.id],
        into: { title: "x", text: "y" },
        actor,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps every text version: an accepted amendment is a new version, a rejected one needs a reason", async () => {
    const db = t.database.db;
    const { statement, recommendationIds } = await sampleStatement(db, { organizationId: orgId });
    const rec = recommendationIds[0]!;
    const p1 = participant(orgId, statement.id, "p1");
    // No amendments while drafting.
    await expect(p1.amend(db, rec, { proposedText: "Uusi" })).rejects.toMatchObject({
      code: "conflict",
    });
    await advance(db, { organizationId: orgId, statementId: statement.id, to: "amending" });
    const accepted = await p1.amend(db, rec, {
      proposedText: "Parempi teksti",
      comment: "Selkeämpi",
    });
    const rejected = await p1.amend(db, rec, { comment: "Liian kallis" });
    await expect(p1.amend(db, rec, {})).rejects.toMatchObject({ code: "validation.failed" });
    await expect(
      participant(orgId, statement.id, "ei-ole").amend(db, rec, { comment: "x" }),
    ).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(
      decideAmendment(db, {
        organizationId: orgId,
        statementId: statement.id,
        amendmentId: rejected.id,
        decision: "rejected",
        actor,
      }),
    ).rejects.toMatchObject({ errors: [{ path: "body.reason" }] });
    await decideAmendment(db, {
      organizationId: orgId,
      statementId: statement.id,
      amendmentId: rejected.id,
      decision: "rejected",
      reason: "Ei kuulu tähän",
      actor,
    });
    await decideAmendment(db, {
      organizationId: orgId,
      statementId: statement.id,
      amendmentId: accepted.id,
      decision: "accepted",
      actor,
    });
    await expect(
      decideAmendment(db, {
        organizationId: orgId,
        statementId: statement.id,
        amendmentId: accepted.id,
        decision: "accepted",
        actor,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const detail = await statementDetail(db, { organizationId: orgId, statementId: statement.id });
    const r = detail.recommendations.find((x) => x.id === rec)!;
    expect(r.text).toBe("Parempi teksti");
    expect(r.version).toBe(2);
    expect(r.versions.map((v) => [v.version, v.text, v.cause])).toEqual([
      [1, "Suosituksen 1 teksti", "created"],
      [2, "Parempi teksti", "amendment"],
    ]);
    expect(r.amendments.map((a) => [a.participant, a.status, a.reason])).toEqual([
      ["Panelisti 1", "accepted", ""],
      ["Panelisti 1", "rejected", "Ei kuulu tähän"],
    ]);
    const own = await p1.draft(db);
    expect(own.recommendations[0]!.myAmendments).toHaveLength(2);
  });

  it("counts support per text version: answering again replaces, a new version opens a new round", async () => {
    const db = t.database.db;
    const { statement, recommendationIds } = await sampleStatement(db, {
      organizationId: orgId,
      participants: 4,
    });
    const rec = recommendationIds[0]!;
    const p = (n: number) => participant(orgId, statement.id, `p${n}`);
    // No support while drafting or amending.
    await expect(p(1).support(db, rec, 5)).rejects.toMatchObject({ code: "conflict" });
    await advance(db, { organizationId: orgId, statementId: statement.id, to: "support_check" });
    await p(1).support(db, rec, 5);
    await p(2).support(db, rec, 1);
    await p(2).support(db, rec, 3); // replaces 1
    await p(3).support(db, rec, 2);
    await expect(p(4).support(db, rec, 6)).rejects.toMatchObject({
      errors: [{ path: "body.level" }],
    });
    await expect(participant(orgId, statement.id, "f1").support(db, rec, 5)).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    let [result] = await supportResults(db, { statementId: statement.id, scale: "gradients" });
    expect(result!.counts).toEqual([
      { level: 5, count: 1 },
      { level: 4, count: 0 },
      { level: 3, count: 1 },
      { level: 2, count: 1 },
      { level: 1, count: 0 },
    ]);
    expect(result).toMatchObject({
      version: 1,
      answered: 3,
      eligible: 4,
      acceptableShare: 0.667,
      notAnswered: ["Panelisti 4"],
    });
    expect((await p(2).draft(db)).recommendations[0]!.myLevel).toBe(3);
    // Back to amending, an accepted amendment: a new version, a new round; old answers are kept.
    await setStatus(db, {
      organizationId: orgId,
      statementId: statement.id,
      status: "amending",
      actor,
    });
    const amendment = await p(3).amend(db, rec, { proposedText: "Korjattu" });
    await decideAmendment(db, {
      organizationId: orgId,
      statementId: statement.id,
      amendmentId: amendment.id,
      decision: "accepted",
      actor,
    });
    await setStatus(db, {
      organizationId: orgId,
      statementId: statement.id,
      status: "support_check",
      actor,
    });
    [result] = await supportResults(db, { statementId: statement.id, scale: "gradients" });
    expect(result).toMatchObject({ version: 2, answered: 0, acceptableShare: null });
    expect((await p(2).draft(db)).recommendations[0]!.myLevel).toBeNull();
    await p(3).support(db, rec, 4);
    [result] = await supportResults(db, { statementId: statement.id, scale: "gradients" });
    expect(result).toMatchObject({ version: 2, answered: 1, acceptableShare: 1 });
    const kept = await db
      .select()
      .from(deliberationSupport)
      .where(eq(deliberationSupport.recommendationId, rec));
    expect(kept.map((k) => k.version).sort()).toEqual([1, 1, 1, 2]);
  });

  it("consent scale: agree, can live with it, object", async () => {
    const db = t.database.db;
    const { statement, recommendationIds } = await sampleStatement(db, {
      organizationId: orgId,
      participants: 3,
      scale: "consent",
      recommendations: 1,
    });
    await advance(db, { organizationId: orgId, statementId: statement.id, to: "support_check" });
    const rec = recommendationIds[0]!;
    await participant(orgId, statement.id, "p1").support(db, rec, 3);
    await participant(orgId, statement.id, "p2").support(db, rec, 2);
    await participant(orgId, statement.id, "p3").support(db, rec, 1);
    await expect(participant(orgId, statement.id, "p3").support(db, rec, 4)).rejects.toMatchObject({
      code: "validation.failed",
    });
    const [result] = await supportResults(db, { statementId: statement.id, scale: "consent" });
    expect(result!.counts.map((c) => c.count)).toEqual([1, 1, 1]);
    expect(result!.acceptableShare).toBe(0.667);
  });

  it("status rules: one step at a time, adoption only after the support check, frozen after it", async () => {
    const db = t.database.db;
    const { statement, recommendationIds } = await sampleStatement(db, { organizationId: orgId });
    const o = { organizationId: orgId, statementId: statement.id, actor };
    await expect(setStatus(db, { ...o, status: "support_check" })).rejects.toMatchObject({
      errors: [{ path: "body.status" }],
    });
    await expect(adoptStatement(db, { ...o, input: { how: "äänestys" } })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(publishStatement(db, { ...o, published: true })).rejects.toMatchObject({
      code: "conflict",
    });
    await advance(db, { organizationId: orgId, statementId: statement.id, to: "support_check" });
    await expect(adoptStatement(db, { ...o, input: { how: " " } })).rejects.toMatchObject({
      errors: [{ path: "body.how" }],
    });
    await addMinorityOpinion(db, {
      ...o,
      input: { recommendationId: recommendationIds[0], text: "Eri mieltä", supporters: 3 },
    });
    const adopted = await adoptStatement(db, {
      ...o,
      input: { how: "tukikartoitus + äänestys 34–2" },
    });
    expect(adopted.status).toBe("adopted");
    expect(adopted.adoptedAt).toBeInstanceOf(Date);
    await expect(updateStatement(db, { ...o, input: { title: "Uusi" } })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      addProposal(db, { ...o, input: { sourceLabel: "x", text: "y" } }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      participant(orgId, statement.id, "p1").support(db, recommendationIds[0]!, 5),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(setStatus(db, { ...o, status: "support_check" })).rejects.toMatchObject({
      code: "conflict",
    });
    const published = await publishStatement(db, { ...o, published: true });
    expect(published).toMatchObject({ status: "published", published: true });
  });

  it("keeps organizations apart and records audit events", async () => {
    const db = t.database.db;
    const { statement } = await sampleStatement(db, { organizationId: orgId });
    await expect(
      findStatement(db, { organizationId: otherOrgId, statementId: statement.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      addProposal(db, {
        organizationId: otherOrgId,
        statementId: statement.id,
        input: { sourceLabel: "x", text: "y" },
        actor,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(participant(otherOrgId, statement.id, "p1").draft(db)).rejects.toMatchObject({
      code: "not_found",
    });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.targetId, statement.id)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "deliberation.statement_created",
        "deliberation.participants_changed",
      ]),
    );
    expect(
      (
        await db.select().from(auditEvents).where(eq(auditEvents.organizationId, otherOrgId))
      ).filter((e) => e.action.startsWith("deliberation.")),
    ).toEqual([]);
  });
});
