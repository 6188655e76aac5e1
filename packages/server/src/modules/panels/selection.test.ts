import {
  drawPanel,
  findDistribution,
  type Instance,
  replaceWithdrawn,
  seededRandom,
  shuffled,
} from "@kuulo/sortition";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import type { Organization } from "../organizations/index.js";
import { candidatesOf } from "./candidates.js";
import { answerInvitation } from "./confirmations.js";
import { selectionReport } from "./report.js";
import { panelCandidates } from "./schema.js";
import { announceSeed, drawPanelSeats, replaceLeavers } from "./selection.js";
import { createPanel, findPanel, setPanelStatus } from "./setup.js";
import { syntheticSignUps } from "./synthetic.js";
import { panelWithCandidates, sampleSetup } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };

/** The draw, from the published report and @kuulo/sortition alone (as anyone would do it). */
async function reproduce(report: Awaited<ReturnType<typeof selectionReport>>) {
  const people = report.people.map((p) => ({
    id: String(p.number),
    features: p.features,
    columns: p.features,
  }));
  const instance: Instance = { quotas: report.quotas, people, k: report.panel.targetSize };
  const lottery = report.lotteries[0]!;
  const selection = await findDistribution({ instance, algorithm: "leximin" });
  const seated = drawPanel({ selection, seed: lottery.seed }).panel.map(Number);
  const chosen = new Set(seated);
  const reserves = shuffled({
    items: report.people.map((p) => p.number).filter((n) => !chosen.has(n)),
    random: seededRandom({ seed: lottery.seed, purpose: report.method.reservesPurpose }),
  }).slice(0, report.panel.reserves);
  return { instance, seated, reserves };
}

describe("panel selection", () => {
  let t: TestApp;
  let org: Organization;
  let other: Organization;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("paneelikunta");
    other = await t.createOrg("naapurikunta");
  });
  afterAll(() => t.close());

  it("draws within the quotas, stores seats, reserves in order and probabilities, and audits", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 60,
      k: 12,
      draw: "12 19 23 34 41",
    });
    const rows = await candidatesOf(t.database.db, panel);
    const seated = rows.filter((r) => r.status === "selected");
    expect(seated).toHaveLength(12);
    for (const q of panel.quotas) {
      const n = seated.filter((r) => r.attributes[q.feature] === q.value).length;
      expect(n, `${q.feature}=${q.value}`).toBeGreaterThanOrEqual(q.min);
      expect(n, `${q.feature}=${q.value}`).toBeLessThanOrEqual(q.max);
    }
    const reserves = rows
      .filter((r) => r.status === "reserve")
      .sort((a, b) => a.reserveRank! - b.reserveRank!);
    expect(reserves.map((r) => r.reserveRank)).toEqual([1, 2, 3, 4]);
    const total = rows.reduce((s, r) => s + (r.probability ?? 0), 0);
    expect(total).toBeCloseTo(12, 3);
    expect(
      (await findPanel(t.database.db, { organizationId: org.id, panelId: panel.id })).status,
    ).toBe("selected");
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, panel.id), eq(auditEvents.action, "panels.drawn")));
    expect(events[0]?.detail).toMatchObject({ seed: "12 19 23 34 41", seated: 12, reserves: 4 });
  });

  it("publishes a report from which anyone reproduces the same panel and reserves", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 70,
      k: 14,
      seed: "toistettava",
      draw: "7 8 15 22 30",
    });
    const report = await selectionReport(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
    });
    expect(report.seed).toMatchObject({
      announcement: "Lotto 2027-01-09, kaikki numerot",
      value: "7 8 15 22 30",
    });
    // Anonymous: numbers and quota features only, no contact data or source references.
    const text = JSON.stringify(report);
    expect(text).not.toContain("example.invalid");
    expect(text).not.toContain("synthetic:");
    expect(Object.keys(report.people[0]!.features).sort()).toEqual([
      "ageBand",
      "gender",
      "municipality",
    ]);
    const again = await reproduce(report);
    expect(again.seated).toEqual(report.lotteries[0]!.seated);
    expect(again.reserves).toEqual(report.lotteries[0]!.reserves);
    const probabilitySum = report.categories
      .filter((c) => c.feature === "gender")
      .reduce((s, c) => s + c.expectedSeats, 0);
    expect(probabilitySum).toBeCloseTo(14, 2);
  });

  it("refuses the draw before the seed is announced and before it is known", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, { organizationId: org.id });
    const draw = () =>
      drawPanelSeats(t.database.db, {
        organizationId: org.id,
        panelId: panel.id,
        seed: "1",
        actor,
      });
    await expect(draw()).rejects.toMatchObject({ code: "panel.seed_not_announced", status: 409 });
    await announceSeed(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      announcement: "Eurojackpot 2099-01-09, päänumerot",
      knownAt: new Date("2099-01-09T20:00:00Z"),
      actor,
    });
    await expect(draw()).rejects.toMatchObject({ code: "panel.seed_not_announced" });
    const report = await selectionReport(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
    });
    expect(report.seed).toMatchObject({
      announcement: "Eurojackpot 2099-01-09, päänumerot",
      value: null,
    });
    expect(report.people).toEqual([]);
  });

  it("explains infeasible quotas with the smallest relaxation, as paths to the quotas", async () => {
    const people = syntheticSignUps(40, "mahdoton");
    const women = people.filter((p) => p.attributes.gender === "woman").length;
    const panel = await createPanel(t.database.db, {
      organizationId: org.id,
      input: sampleSetup(
        {
          targetSize: 10,
          quotas: [
            { feature: "gender", value: "woman", min: 9, max: 10 },
            { feature: "gender", value: "man", min: 0, max: 10 },
            { feature: "language", value: "fi", min: 0, max: 10 },
            { feature: "language", value: "sv", min: 2, max: 10 },
          ],
        },
        people,
      ),
      actor,
    });
    await setPanelStatus(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      status: "recruiting",
      actor,
    });
    const { insertCandidates } = await import("./candidates.js");
    // Few Swedish speakers, and at most one a woman: 9 women and 2 Swedish speakers cannot both hold.
    const adjusted = people.map((p, i) => ({
      ...p,
      attributes: {
        ...p.attributes,
        language: i < 2 ? "sv" : "fi",
        gender: i < 2 ? "man" : p.attributes.gender!,
      },
    }));
    expect(women).toBeGreaterThan(9);
    await insertCandidates(t.database.db, sealer, { panel, people: adjusted, actor });
    await announceSeed(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      announcement: "Lotto 2027-01-09, kaikki numerot",
      knownAt: new Date(Date.now() - 1000),
      actor,
    });
    const error = await drawPanelSeats(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      seed: "1",
      actor,
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "panel.quotas_infeasible", status: 422 });
    expect(error.errors.length).toBeGreaterThan(0);
    for (const e of error.errors) expect(e.path).toMatch(/^quotas\.(0|3)\.min$/);
    expect(error.errors[0].params.relaxedTo).toBeLessThan(error.errors[0].params.limit);
  });

  it("replaces a withdrawal within the quotas, reproducibly from the report", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 60,
      k: 12,
      seed: "korvaus",
      draw: "korvaus-siemen",
    });
    const before = await candidatesOf(t.database.db, panel);
    const leaving = before.filter((c) => c.status === "selected").slice(0, 2);
    const added = await replaceLeavers(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      candidateIds: leaving.map((c) => c.id),
      reason: "withdrawn",
      actor,
    });
    expect(added.length).toBe(2);
    const after = await candidatesOf(t.database.db, panel);
    const seated = after.filter((c) => c.status === "selected");
    expect(seated).toHaveLength(12);
    for (const q of panel.quotas) {
      const n = seated.filter((r) => r.attributes[q.feature] === q.value).length;
      expect(n).toBeGreaterThanOrEqual(q.min);
      expect(n).toBeLessThanOrEqual(q.max);
    }
    expect(
      after
        .filter((c) => c.status === "withdrawn")
        .map((c) => c.id)
        .sort(),
    ).toEqual(leaving.map((c) => c.id).sort());
    const report = await selectionReport(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
    });
    const second = report.lotteries[1]!;
    expect(second).toMatchObject({ kind: "replacement", seed: "korvaus-siemen/replacement-1" });
    const { instance } = await reproduce(report);
    const first = report.lotteries[0]!;
    const redo = await replaceWithdrawn({
      instance,
      panel: first.seated.map(String),
      withdrawn: second.withdrawn.map(String),
      seed: second.seed,
    });
    expect(redo.replacements.map(Number)).toEqual(second.replacements);
  });

  it("keeps a decline recorded when no replacement fits the quotas", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 8,
      k: 8,
      seed: "tasan",
      setup: { quotas: [], reserves: 0 },
      draw: "tasan",
    });
    const [first] = (await candidatesOf(t.database.db, panel)).filter(
      (c) => c.status === "selected",
    );
    const stored = await findPanel(t.database.db, { organizationId: org.id, panelId: panel.id });
    const declined = await answerInvitation(t.database.db, {
      candidate: first!,
      panel: stored,
      answer: "decline",
    });
    expect(declined.status).toBe("declined");
    await expect(
      replaceLeavers(t.database.db, {
        organizationId: org.id,
        panelId: panel.id,
        candidateIds: [first!.id],
        reason: "declined",
        actor,
      }),
    ).rejects.toMatchObject({ code: "panel.quotas_infeasible" });
    const [row] = await t.database.db
      .select()
      .from(panelCandidates)
      .where(eq(panelCandidates.id, first!.id));
    expect(row!.status).toBe("declined");
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "panels.declined"), eq(auditEvents.targetId, first!.id)));
    expect(audit).toHaveLength(1);
  });

  it("keeps each organization's panels to itself", async () => {
    const { panel } = await panelWithCandidates(t.database.db, sealer, {
      organizationId: org.id,
      count: 30,
    });
    await expect(
      findPanel(t.database.db, { organizationId: other.id, panelId: panel.id }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      selectionReport(t.database.db, { organizationId: other.id, panelId: panel.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const theirs = await t.database.db
      .select()
      .from(panelCandidates)
      .where(eq(panelCandidates.organizationId, other.id));
    expect(theirs).toHaveLength(0);
  });
});
