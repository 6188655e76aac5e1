import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/schema.js";
import type { Organization } from "../../organizations/index.js";
import { poolComposition } from "../composition/composition.js";
import { loadPopulation, uploadPopulation } from "../composition/population.js";
import { poolDraws } from "../schema.js";
import { checkDraw, eligibleMembers, loadDraw, makeDraw } from "./draw.js";
import { insertMember, tinyPopulation } from "./testing.js";
import { type DrawInput, drawSchema } from "./validation.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const actor = { label: "test" };
const input = (over: Record<string, unknown>): DrawInput =>
  drawSchema.parse({ title: "Paneeli", purpose: "panels", method: "random", ...over });

describe("pool population, composition and draws", () => {
  let t: TestApp;
  let org: Organization;
  let other: Organization;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("arvontakunta");
    other = await t.createOrg("toinenkunta");
  });
  afterAll(() => t.close());
  const db = () => t.database.db;

  it("refuses a file that is not a population table, naming the problem, and stores nothing", async () => {
    const bad = { ...tinyPopulation(), id: ["Vuosi", "Tiedot"], size: [1, 1] };
    await expect(
      uploadPopulation(db(), { organizationId: org.id, data: bad, actor }),
    ).rejects.toMatchObject({
      code: "validation.failed",
      errors: [{ path: "body.data", message: expect.stringMatching(/no area dimension/) }],
    });
    expect(await loadPopulation(db(), org.id)).toBeNull();
  });

  it("stores the population table with its year and logs the upload", async () => {
    const stored = await uploadPopulation(db(), {
      organizationId: org.id,
      data: tinyPopulation(),
      actor,
      now: NOW,
    });
    expect(stored).toMatchObject({ year: "2024", people: 200, uploadedAt: NOW });
    expect(stored.municipalities).toEqual({ "179": "Jyväskylä", "992": "Äänekoski" });
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, org.id),
          eq(auditEvents.action, "pool.population_uploaded"),
        ),
      );
    expect(event?.detail).toMatchObject({ year: "2024", people: 200 });
  });

  it("compares active members with the population as computed by hand", async () => {
    // Ages reached in 2026: 20 and 50. Pending, left and other organizations' members do not count.
    ids.young = await insertMember(db(), { organizationId: org.id, birthYear: 2006 });
    ids.man = await insertMember(db(), { organizationId: org.id, birthYear: 1976, gender: "man" });
    ids.woman992 = await insertMember(db(), {
      organizationId: org.id,
      birthYear: 1976,
      municipality: "992",
    });
    ids.other992 = await insertMember(db(), {
      organizationId: org.id,
      birthYear: 1976,
      municipality: "992",
      gender: "other",
    });
    await insertMember(db(), { organizationId: org.id, status: "pending" });
    await insertMember(db(), { organizationId: org.id, status: "left" });
    await insertMember(db(), { organizationId: other.id });

    const c = await poolComposition(db(), { organizationId: org.id, now: NOW });
    expect(c.people).toBe(4);
    expect(c.ageBands).toEqual(["15-29", "30-44", "45-64", "65-74", "75-"]);
    const [age, sex, municipality] = c.dimensions;
    // Population 15-29: 80 of 200 (0.4), 45-64: 120 (0.6); pool 1 of 4 and 3 of 4.
    const young = age!.groups.find((g) => g.group === "15-29")!;
    expect(young).toMatchObject({ population: 80, populationShare: 0.4, people: 1 });
    expect(young.groupShare).toBeCloseTo(0.25);
    expect(young.ratio).toBeCloseTo(0.625);
    expect(age!.D).toBeCloseTo(0.15);
    // "other" is not comparable on sex only: 1 man, 2 women of 3; population half and half.
    expect(sex!.excluded).toEqual([{ reason: "sex not 1 or 2", count: 1 }]);
    expect(sex!.groups.map((g) => [g.group, g.people, g.populationShare])).toEqual([
      ["1", 1, 0.5],
      ["2", 2, 0.5],
    ]);
    expect(sex!.D).toBeCloseTo(1 / 6);
    expect(municipality!.D).toBeCloseTo(0);
    expect(municipality!.groups.map((g) => g.people)).toEqual([2, 2]);
  });

  it("never draws withdrawn, pending or left members, those without the purpose, or other organizations'", async () => {
    const withdrawn = await insertMember(db(), { organizationId: org.id, withdrawn: true });
    const surveysOnly = await insertMember(db(), {
      organizationId: org.id,
      purposes: ["surveys"],
    });
    const eligible = await eligibleMembers(db(), {
      organizationId: org.id,
      parameters: { purpose: "panels", size: 1, filters: {} },
      year: 2026,
    });
    expect(eligible.map((e) => e.id).sort()).toEqual(
      [ids.young, ids.man, ids.woman992, ids.other992].sort(),
    );
    expect(eligible.map((e) => e.id)).not.toContain(withdrawn);
    const surveys = await eligibleMembers(db(), {
      organizationId: org.id,
      parameters: { purpose: "surveys", size: 1, filters: {} },
      year: 2026,
    });
    expect(surveys.map((e) => e.id)).toEqual([surveysOnly]);
  });

  it("filters by municipality, age band, gender and interest", async () => {
    const eligible = (filters: DrawInput["filters"]) =>
      eligibleMembers(db(), {
        organizationId: org.id,
        parameters: { purpose: "panels", size: 1, filters },
        year: 2026,
      }).then((list) => list.map((e) => e.id).sort());
    expect(await eligible({ municipality: "992" })).toEqual([ids.woman992, ids.other992].sort());
    expect(await eligible({ ageBand: "15-29" })).toEqual([ids.young]);
    expect(await eligible({ gender: "man" })).toEqual([ids.man]);
    const reader = await insertMember(db(), { organizationId: org.id, interests: ["health"] });
    expect(await eligible({ interest: "health" })).toEqual([reader]);
  });

  it("draws at random reproducibly from the seed, records it and re-runs it identically", async () => {
    for (let i = 0; i < 20; i++) {
      await insertMember(db(), {
        organizationId: org.id,
        birthYear: i % 2 ? 1960 : 2000,
        municipality: i % 3 ? "179" : "992",
      });
    }
    const a = await makeDraw(db(), {
      organizationId: org.id,
      input: input({ size: 5, seed: "kevät-2026" }),
      actor,
      now: NOW,
    });
    const b = await makeDraw(db(), {
      organizationId: org.id,
      input: input({ size: 5, seed: "kevät-2026" }),
      actor,
      now: NOW,
    });
    const c = await makeDraw(db(), {
      organizationId: org.id,
      input: input({ size: 5, seed: "syksy-2026" }),
      actor,
      now: NOW,
    });
    expect(a.drawn).toHaveLength(5);
    expect(b.drawn).toEqual(a.drawn);
    expect(c.drawn).not.toEqual(a.drawn);
    expect(a.eligible.length).toBe(25);
    expect(await checkDraw(db(), { organizationId: org.id, drawId: a.id })).toMatchObject({
      identical: true,
      redrawn: a.drawn,
    });
    // The log names the drawn members by id, nothing else about them.
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pool.draw_made"), eq(auditEvents.targetId, a.id)));
    expect(event).toMatchObject({ organizationId: org.id });
    expect(event!.detail).toMatchObject({ method: "random", seed: "kevät-2026", drawn: a.drawn });
    expect(JSON.stringify(event!.detail)).not.toMatch(/sealed|@/);
  });

  it("generates a seed when none is given", async () => {
    const draw = await makeDraw(db(), { organizationId: org.id, input: input({ size: 2 }), actor });
    expect(draw.seed).toMatch(/^[0-9a-f]{16}$/);
    expect((await checkDraw(db(), { organizationId: org.id, drawId: draw.id })).identical).toBe(
      true,
    );
  });

  it("stratifies proportionally or by given counts, reproducibly", async () => {
    const stratified = (over: Record<string, unknown>) =>
      makeDraw(db(), {
        organizationId: org.id,
        input: input({ method: "stratified", seed: "s", ...over }),
        actor,
        now: NOW,
      });
    const counts = { "179|15-29": 2, "992|45-64": 1 };
    const draw = await stratified({ stratifyBy: ["municipality", "ageBand"], counts });
    expect(draw.parameters.size).toBe(3);
    const stratumOf = new Map(draw.eligible.map((e) => [e.id, e.stratum]));
    expect(draw.drawn.map((id) => stratumOf.get(id))).toEqual([
      "179|15-29",
      "179|15-29",
      "992|45-64",
    ]);
    const again = await stratified({ stratifyBy: ["municipality", "ageBand"], counts });
    expect(again.drawn).toEqual(draw.drawn);
    const proportional = await stratified({ stratifyBy: ["municipality"], size: 10 });
    const byStratum = new Map<string, number>();
    for (const id of proportional.drawn) {
      const s = proportional.eligible.find((e) => e.id === id)!.stratum;
      byStratum.set(s, (byStratum.get(s) ?? 0) + 1);
    }
    const sizes = new Map<string, number>();
    for (const e of proportional.eligible) sizes.set(e.stratum, (sizes.get(e.stratum) ?? 0) + 1);
    for (const [s, n] of sizes)
      expect(Math.abs(byStratum.get(s)! - (10 * n) / proportional.eligible.length)).toBeLessThan(1);
    expect(
      (await checkDraw(db(), { organizationId: org.id, drawId: proportional.id })).identical,
    ).toBe(true);
  });

  it("refuses a group larger than those who can be drawn, naming the field, and records nothing", async () => {
    const before = (await db().select().from(poolDraws)).length;
    await expect(
      makeDraw(db(), { organizationId: org.id, input: input({ size: 500 }), actor }),
    ).rejects.toMatchObject({ code: "validation.failed", errors: [{ path: "body.size" }] });
    expect((await db().select().from(poolDraws)).length).toBe(before);
  });

  it("notices a draw whose recorded result was altered", async () => {
    const draw = await makeDraw(db(), {
      organizationId: org.id,
      input: input({ size: 3, seed: "x" }),
      actor,
    });
    await db()
      .update(poolDraws)
      .set({ drawn: [...draw.drawn.slice(1), draw.drawn[0]!] })
      .where(eq(poolDraws.id, draw.id));
    const check = await checkDraw(db(), { organizationId: org.id, drawId: draw.id });
    expect(check.identical).toBe(false);
    expect(check.redrawn).toEqual(draw.drawn);
  });

  it("keeps draws within their organization", async () => {
    const draw = await makeDraw(db(), { organizationId: org.id, input: input({ size: 1 }), actor });
    await expect(
      loadDraw(db(), { organizationId: other.id, drawId: draw.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      poolComposition(db(), { organizationId: other.id, drawId: draw.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const composition = await poolComposition(db(), {
      organizationId: org.id,
      drawId: draw.id,
      now: NOW,
    });
    expect(composition.people).toBe(1);
  });
});

describe("quota draws", () => {
  let t: TestApp;
  let org: Organization;
  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("kiintiokunta");
    for (let i = 0; i < 16; i++) {
      await insertMember(t.database.db, {
        organizationId: org.id,
        municipality: i < 12 ? "179" : "992",
        gender: i % 2 ? "man" : "woman",
        birthYear: 1970,
      });
    }
  });
  afterAll(() => t.close());

  it("selects within the quotas with LEXIMIN, reproducibly from the seed", async () => {
    const quotas = [
      { feature: "municipality", value: "179", min: 3, max: 3 },
      { feature: "municipality", value: "992", min: 3, max: 3 },
      { feature: "gender", value: "woman", min: 3, max: 3 },
      { feature: "gender", value: "man", min: 3, max: 3 },
    ];
    const draw = await makeDraw(t.database.db, {
      organizationId: org.id,
      input: input({ method: "quota", size: 6, quotas, seed: "kiintiot" }),
      actor,
      now: NOW,
    });
    expect(draw.drawn).toHaveLength(6);
    const features = new Map(draw.eligible.map((e) => [e.id, e.features!]));
    const count = (f: "municipality" | "gender", v: string) =>
      draw.drawn.filter((id) => features.get(id)![f] === v).length;
    expect([count("municipality", "179"), count("municipality", "992")]).toEqual([3, 3]);
    expect([count("gender", "woman"), count("gender", "man")]).toEqual([3, 3]);
    expect(
      (await checkDraw(t.database.db, { organizationId: org.id, drawId: draw.id })).identical,
    ).toBe(true);
  });

  it("refuses quotas that cannot be met, naming body.quotas", async () => {
    await expect(
      makeDraw(t.database.db, {
        organizationId: org.id,
        input: input({
          method: "quota",
          size: 6,
          quotas: [{ feature: "municipality", value: "992", min: 6, max: 6 }],
        }),
        actor,
      }),
    ).rejects.toMatchObject({ code: "validation.failed", errors: [{ path: "body.quotas" }] });
  });
});
