import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { setUpPool } from "../testing.js";
import { insertMember, tinyPopulation } from "./testing.js";

/** The population, composition and draw routes over HTTP, with each role. */
describe("pool draw routes", () => {
  let t: TestApp;
  let admin: StaffClient;
  let facilitator: StaffClient;
  let analyst: StaffClient;
  let other: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("arvontareitit");
    const second = await t.createOrg("muureitit");
    await t.addMember(org, "admin@arvonta.fi", ["admin"]);
    await t.addMember(org, "ohjaaja@arvonta.fi", ["facilitator"]);
    await t.addMember(org, "analyytikko@arvonta.fi", ["analyst"]);
    await t.addMember(second, "admin@muu.fi", ["admin"]);
    admin = await t.signIn("admin@arvonta.fi", "arvontareitit");
    facilitator = await t.signIn("ohjaaja@arvonta.fi", "arvontareitit");
    analyst = await t.signIn("analyytikko@arvonta.fi", "arvontareitit");
    other = await t.signIn("admin@muu.fi", "muureitit");
    await setUpPool(admin, "arvontareitit");
    for (let i = 0; i < 12; i++) {
      await insertMember(t.database.db, {
        organizationId: org.id,
        municipality: i % 2 ? "179" : "992",
        birthYear: i % 3 ? 1970 : 2001,
        gender: i % 2 ? "man" : "woman",
      });
    }
  });
  afterAll(() => t.close());

  const url = "/api/orgs/arvontareitit/pool";

  it("lets only pool.manage upload the population, and names a broken file's problem", async () => {
    const put = (client: StaffClient, data: object) =>
      client.request({ method: "PUT", url: `${url}/population`, payload: { data } });
    expect((await put(facilitator, tinyPopulation())).statusCode).toBe(403);
    const bad = await put(admin, { version: "2.0", class: "dataset" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "body.data" });
    expect(bad.json().errors[0].message).toMatch(/JSON-stat 2/);
    const none = await analyst.request({ method: "GET", url: `${url}/composition` });
    expect(none.statusCode).toBe(404);
    const ok = await put(admin, tinyPopulation());
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ year: "2024", people: 200 });
    const got = await analyst.request({ method: "GET", url: `${url}/population` });
    expect(got.json().population).toMatchObject({ year: "2024" });
  });

  it("shows the composition to pool.read", async () => {
    const res = await analyst.request({ method: "GET", url: `${url}/composition` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.people).toBe(12);
    expect(body.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual([
      "age",
      "sex",
      "municipality",
    ]);
    expect(body.dimensions[2].groups.map((g: { people: number }) => g.people)).toEqual([6, 6]);
  });

  let drawId = "";
  it("lets a facilitator draw, not an analyst, and checks the draw by re-running it", async () => {
    const payload = {
      title: "Nuorisopaneeli",
      purpose: "panels",
      method: "stratified",
      stratifyBy: ["municipality"],
      size: 4,
      seed: "paneeli-1",
    };
    const refused = await analyst.request({ method: "POST", url: `${url}/draws`, payload });
    expect(refused.statusCode).toBe(403);
    const res = await facilitator.request({ method: "POST", url: `${url}/draws`, payload });
    expect(res.statusCode).toBe(201);
    const draw = res.json();
    drawId = draw.id;
    expect(draw).toMatchObject({ method: "stratified", seed: "paneeli-1", eligible: 12, drawn: 4 });
    expect(draw.strata).toEqual([
      { stratum: "179", eligible: 6, drawn: 2 },
      { stratum: "992", eligible: 6, drawn: 2 },
    ]);
    const check = await analyst.request({ method: "POST", url: `${url}/draws/${drawId}/check` });
    expect(check.json()).toMatchObject({ identical: true, redrawn: draw.drawnIds });
    const list = await analyst.request({ method: "GET", url: `${url}/draws` });
    expect(list.json().draws.map((d: { id: string }) => d.id)).toEqual([drawId]);
    const composition = await analyst.request({
      method: "GET",
      url: `${url}/composition?draw=${drawId}`,
    });
    expect(composition.json().people).toBe(4);
  });

  it("previews the strata for pool.draw and draws by the counts and quotas staff give", async () => {
    const preview = (client: StaffClient, payload: object) =>
      client.request({ method: "POST", url: `${url}/draws/strata`, payload });
    const asked = { purpose: "panels", stratifyBy: ["municipality", "ageBand"] };
    expect((await preview(analyst, asked)).statusCode).toBe(403);
    const strata = await preview(facilitator, asked);
    expect(strata.statusCode).toBe(200);
    expect(strata.json().strata).toEqual([
      { stratum: "179|15-29", eligible: 2 },
      { stratum: "179|45-64", eligible: 4 },
      { stratum: "992|15-29", eligible: 2 },
      { stratum: "992|45-64", eligible: 4 },
    ]);
    const filtered = await preview(facilitator, { ...asked, filters: { gender: "woman" } });
    expect(filtered.json().strata.map((s: { stratum: string }) => s.stratum)).toEqual([
      "992|15-29",
      "992|45-64",
    ]);
    const noDimension = await preview(facilitator, { purpose: "panels", stratifyBy: [] });
    expect(noDimension.json().errors[0].path).toBe("body.stratifyBy");

    const counted = await facilitator.request({
      method: "POST",
      url: `${url}/draws`,
      payload: {
        title: "Ikäryhmittäin",
        purpose: "panels",
        method: "stratified",
        stratifyBy: ["municipality", "ageBand"],
        counts: { "179|15-29": 2, "179|45-64": 0, "992|15-29": 1, "992|45-64": 3 },
      },
    });
    expect(counted.statusCode).toBe(201);
    expect(counted.json()).toMatchObject({ drawn: 6, parameters: { size: 6 } });
    expect(counted.json().strata).toContainEqual({ stratum: "992|45-64", eligible: 4, drawn: 3 });

    const quota = await facilitator.request({
      method: "POST",
      url: `${url}/draws`,
      payload: {
        title: "Kiintiöin",
        purpose: "panels",
        method: "quota",
        size: 4,
        seed: "kiintio",
        quotas: [
          { feature: "gender", value: "woman", min: 3, max: 3 },
          { feature: "gender", value: "man", min: 1, max: 1 },
        ],
      },
    });
    expect(quota.statusCode).toBe(201);
    expect(quota.json()).toMatchObject({ method: "quota", drawn: 4 });
    const impossible = await facilitator.request({
      method: "POST",
      url: `${url}/draws`,
      payload: {
        title: "Mahdoton",
        purpose: "panels",
        method: "quota",
        size: 4,
        quotas: [{ feature: "gender", value: "woman", min: 7, max: 7 }],
      },
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().errors[0].path).toBe("body.quotas");
  });

  it("refuses bad draws with the field named", async () => {
    const post = (payload: object) =>
      facilitator.request({ method: "POST", url: `${url}/draws`, payload });
    const base = { title: "X", purpose: "panels", method: "random" };
    const tooMany = await post({ ...base, size: 13 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toBe("body.size");
    const noStrata = await post({ ...base, method: "stratified", size: 2 });
    expect(noStrata.statusCode).toBe(400);
    expect(noStrata.json().errors[0].path).toBe("body.stratifyBy");
    const badStratum = await post({
      ...base,
      method: "stratified",
      stratifyBy: ["municipality"],
      counts: { "179": 7 },
    });
    expect(badStratum.statusCode).toBe(400);
    expect(badStratum.json().errors[0].path).toBe("body.counts");
  });

  it("keeps another organization out of the draws", async () => {
    const res = await other.request({
      method: "GET",
      url: `/api/orgs/muureitit/pool/draws/${drawId}`,
    });
    expect(res.statusCode).toBe(404);
    const check = await other.request({
      method: "POST",
      url: `/api/orgs/muureitit/pool/draws/${drawId}/check`,
    });
    expect(check.statusCode).toBe(404);
  });
});
