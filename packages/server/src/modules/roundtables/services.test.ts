import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { createTestConversation, recompute, resident } from "../conversations/testing.js";
import { deliberationProposals } from "../deliberation/schema.js";
import { addMeeting, addMeetingProposal, takeSnapshot } from "./meetings.js";
import { findRoundTable, roundTableContents } from "./processes.js";
import { roundTableSnapshots } from "./schema.js";
import { startStatement } from "./statement.js";
import { actionTableSays, publishedStatement, sampleRoundTable } from "./testing.js";
import { publicRoundTable } from "./view.js";

/** Round tables on a real database: frozen results, meetings feeding one statement, the loop. */
describe("round tables", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let admin: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("pyorea");
    orgId = org.id;
    otherOrgId = (await t.createOrg("muu-pyorea")).id;
    await t.addMember(org, "admin@pyorea.fi", ["admin"]);
    admin = await t.signIn("admin@pyorea.fi", "pyorea");
  });
  afterAll(() => t.close());

  it("freezes a conversation's results: later votes do not change what the meeting saw", async () => {
    const db = t.database.db;
    const conversation = await createTestConversation(admin, "pyorea");
    const voters = Array.from({ length: 6 }, () => resident(t));
    for (const [i, v] of voters.entries())
      for (const tid of [0, 1, 2])
        expect(
          (await v.vote(conversation.publicId, tid, (i + tid) % 3 === 0 ? "disagree" : "agree"))
            .statusCode,
        ).toBeLessThan(300);
    await recompute(t, conversation.id);
    const { scope, meetings } = await sampleRoundTable(db, { organizationId: orgId });
    const snapshot = await takeSnapshot(db, {
      ...scope,
      meetingId: meetings[0]!.id,
      conversationId: conversation.id,
    });
    expect(snapshot.results.participants).toBe(6);
    expect(snapshot.results.votes).toBe(18);
    expect(snapshot.results.conversationTitle.fi).toBe("Testikeskustelu");
    expect(snapshot.results.computedAt).not.toBeNull();
    const statements = [
      ...snapshot.results.consensus.agree,
      ...snapshot.results.consensus.disagree,
      ...snapshot.results.groups.flatMap((g) => g.statements),
    ];
    for (const s of statements) expect(s.text).toMatch(/väite/);

    const late = Array.from({ length: 4 }, () => resident(t));
    for (const v of late)
      for (const tid of [0, 1, 2]) await v.vote(conversation.publicId, tid, "disagree");
    await recompute(t, conversation.id);

    const [stored] = await db
      .select()
      .from(roundTableSnapshots)
      .where(eq(roundTableSnapshots.id, snapshot.id));
    expect(stored!.results).toEqual(snapshot.results);
    expect(stored!.takenAt.toISOString()).toBe(snapshot.takenAt.toISOString());
    const publicPage = await publicRoundTable(db, {
      organizationId: orgId,
      roundTableId: scope.roundTableId,
    });
    expect(publicPage.meetings[0]!.snapshots[0]!.results).toEqual(snapshot.results);
    // A snapshot taken now sees the later votes.
    const again = await takeSnapshot(db, {
      ...scope,
      meetingId: meetings[1]!.id,
      conversationId: conversation.id,
    });
    expect(again.results.participants).toBe(10);
    expect(again.results.votes).toBe(30);
  });

  it("refuses another organization's conversation and meeting (field path, not found)", async () => {
    const db = t.database.db;
    const conversation = await createTestConversation(admin, "pyorea");
    const other = await sampleRoundTable(db, { organizationId: otherOrgId });
    await expect(
      takeSnapshot(db, {
        ...other.scope,
        meetingId: other.meetings[0]!.id,
        conversationId: conversation.id,
      }),
    ).rejects.toMatchObject({
      code: "validation.failed",
      errors: [{ path: "body.conversationId" }],
    });
    await expect(
      findRoundTable(db, { organizationId: orgId, roundTableId: other.table.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const { scope } = await sampleRoundTable(db, { organizationId: orgId });
    await expect(
      addMeetingProposal(db, { ...scope, meetingId: other.meetings[0]!.id, input: { text: "x" } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("feeds several meetings' proposals into one statement, later ones too", async () => {
    const db = t.database.db;
    const { scope, meetings } = await sampleRoundTable(db, { organizationId: orgId });
    const { statementId } = await startStatement(db, scope);
    await expect(startStatement(db, scope)).rejects.toMatchObject({ code: "conflict" });
    const third = await addMeeting(db, {
      ...scope,
      input: { heldOn: "2026-05-05", participants: { stakeholder: 5 } },
    });
    const late = await addMeetingProposal(db, {
      ...scope,
      meetingId: third.id,
      input: { madeBy: "Työpaja B", text: "Harrastustakuu kaikille" },
    });
    expect(late.statementProposalId).not.toBeNull();
    const fed = await db
      .select()
      .from(deliberationProposals)
      .where(
        and(
          eq(deliberationProposals.organizationId, orgId),
          eq(deliberationProposals.statementId, statementId),
        ),
      )
      .orderBy(deliberationProposals.createdAt);
    expect(fed.map((p) => [p.sourceLabel, p.text])).toEqual([
      ["2026-03-10 · Pöytä 1", "Ehdotus tapaamisesta 1"],
      ["2026-04-14 · Pöytä 2", "Ehdotus tapaamisesta 2"],
      ["2026-05-05 · Työpaja B", "Harrastustakuu kaikille"],
    ]);
    const contents = await roundTableContents(
      db,
      await findRoundTable(db, { organizationId: orgId, roundTableId: scope.roundTableId }),
    );
    expect(contents.table.status).toBe("writing");
    expect(contents.meetings.flatMap((m) => m.proposals).every((p) => p.statementProposalId)).toBe(
      true,
    );
    expect(meetings).toHaveLength(2);
  });

  it("publishes the statement with distribution and responses, and redacts identity codes", async () => {
    const db = t.database.db;
    const { scope, meetings } = await sampleRoundTable(db, { organizationId: orgId });
    await addMeetingProposal(db, {
      ...scope,
      meetingId: meetings[0]!.id,
      input: { text: "Soittakaa minulle, hetu 131052-308T" },
    });
    await publishedStatement(db, scope);
    const page = await publicRoundTable(db, {
      organizationId: orgId,
      roundTableId: scope.roundTableId,
    });
    expect(page.statement?.kind).toBe("public_statement");
    expect(page.statement?.ownerKind).toBe("round_table");
    expect(page.statement?.recommendations).toHaveLength(3);
    expect(JSON.stringify(page)).not.toContain("131052-308T");
    expect(page.participants).toMatchObject({ young_person: 17, parent: 6, decision_maker: 4 });
    expect(page.distribution).toEqual([
      expect.objectContaining({
        recipient: "Aluehallitus",
        sentOn: "2026-05-02",
        channel: "registry",
      }),
    ]);
    expect(page.responses[0]).toMatchObject({
      body: "Aluehallitus",
      receivedOn: "2026-06-01",
      link: "https://example.fi/poytakirja/12",
    });
    // No notes on the public page.
    expect(JSON.stringify(page)).not.toContain("muistiinpanot");
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.organizationId, orgId), eq(auditEvents.targetId, scope.roundTableId)),
      );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "roundtable.created",
        "roundtable.meeting_recorded",
        "roundtable.proposal_added",
        "roundtable.statement_started",
        "roundtable.statement_sent",
        "roundtable.response_recorded",
      ]),
    );
  });

  it("shows what happened to each recommendation once the action table says so", async () => {
    const db = t.database.db;
    const { scope } = await sampleRoundTable(db, { organizationId: orgId });
    const { statementId, recommendationIds } = await publishedStatement(db, scope);
    const before = await publicRoundTable(db, {
      organizationId: orgId,
      roundTableId: scope.roundTableId,
    });
    expect(before.statement!.recommendations.every((r) => r.outcomes.length === 0)).toBe(true);
    const { table } = await actionTableSays(db, {
      organizationId: orgId,
      statementId,
      status: "in_progress",
    });
    const after = await publicRoundTable(db, {
      organizationId: orgId,
      roundTableId: scope.roundTableId,
    });
    const [first, second] = after.statement!.recommendations;
    expect(first!.id).toBe(recommendationIds[0]);
    expect(first!.outcomes).toEqual([
      {
        table: { title: table.title, slug: table.slug },
        measures: [
          expect.objectContaining({
            number: "1.1",
            text: "Toimenpide 1",
            status: "in_progress",
            statusLabel: expect.objectContaining({ fi: "Käynnissä" }),
          }),
        ],
        latestUpdate: expect.objectContaining({ field: "status", newValue: expect.any(String) }),
      },
    ]);
    expect(second!.outcomes[0]!.measures[0]!.status).toBe("not_started");
  });
});
