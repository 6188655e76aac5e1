import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { actionRecommendationSources, actionTables } from "../actions/schema.js";
import { type RunningModules, startModules } from "../define.js";
import { appModules } from "../index.js";
import { participant } from "./testing.js";

/** The staff routes with permissions, the public page and PDF, the action table, live results. */
describe("deliberation routes", () => {
  let t: TestApp;
  let admin: StaffClient;
  let facilitator: StaffClient;
  let viewer: StaffClient;
  let stranger: StaffClient;
  let orgId: string;
  const base = "/api/orgs/kunta/deliberation/statements";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kunta");
    orgId = org.id;
    const other = await t.createOrg("muu");
    await t.addMember(org, "admin@kunta.fi", ["admin"]);
    await t.addMember(org, "fasi@kunta.fi", ["facilitator"]);
    await t.addMember(org, "katsoja@kunta.fi", ["viewer"]);
    await t.addMember(other, "muu@muu.fi", ["admin"]);
    admin = await t.signIn("admin@kunta.fi");
    facilitator = await t.signIn("fasi@kunta.fi");
    viewer = await t.signIn("katsoja@kunta.fi");
    stranger = await t.signIn("muu@muu.fi");
  });
  afterAll(() => t.close());

  async function make(client: StaffClient = facilitator) {
    const created = await client.request({
      method: "POST",
      url: base,
      payload: {
        ownerKind: "panel",
        ownerId: "paneeli-7",
        kind: "final_statement",
        title: "Keski-Uudenmaan asukaspaneelin loppulausuma",
        preamble: { fi: "Paneeli pohti lähipalveluja.", sv: "Panelen dryftade närservicen." },
        supportScale: "gradients",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  const call = (
    client: StaffClient,
    method: "POST" | "PUT" | "PATCH",
    path: string,
    payload: object,
  ) => client.request({ method, url: `${base}/${path}`, payload });

  it("lets facilitators edit and viewers only read; another organization sees nothing", async () => {
    const id = await make();
    expect((await viewer.request({ url: `${base}/${id}` })).statusCode).toBe(200);
    expect(
      (await call(viewer, "POST", `${id}/proposals`, { sourceLabel: "Pöytä 1", text: "x" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await stranger.request({ url: `/api/orgs/muu/deliberation/statements/${id}` })).statusCode,
    ).toBe(404);
    expect((await stranger.request({ url: `${base}/${id}` })).statusCode).toBe(403);
    const bad = await call(facilitator, "POST", `${id}/proposals`, {
      sourceLabel: "Pöytä 1",
      text: " ",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("body.text");
  });

  it("takes a statement from proposals to publication, PDF and an action table with its trail", async () => {
    const id = await make();
    const ok = async (method: "POST" | "PUT" | "PATCH", path: string, payload: object) => {
      const response = await call(facilitator, method, `${id}${path}`, payload);
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json();
    };
    await ok("PUT", "/participants", {
      participants: [1, 2, 3].map((n) => ({
        ref: `p${n}`,
        label: `Panelisti ${n}`,
        role: "panelist",
      })),
    });
    let detail = await ok("POST", "/proposals", {
      sourceLabel: "Pöytä 3",
      text: "Iltavastaanotot",
    });
    detail = await ok("POST", "/proposals", {
      sourceLabel: "Pöytä 4",
      text: "Lauantaivastaanotot",
    });
    detail = await ok("POST", "/merge", {
      proposalIds: detail.proposals.map((p: { id: string }) => p.id),
      title: "Aukioloajat",
      text: "Terveysasemat auki iltaisin.",
      rationale: "Työssäkäyvät eivät ehdi päivällä.",
    });
    const recId = detail.recommendations[0].id as string;
    await ok("PUT", "/status", { status: "amending" });
    const amendment = await participant(orgId, id, "p1").amend(t.database.db, recId, {
      proposedText: "Terveysasemat auki iltaisin ja lauantaisin.",
    });
    detail = await ok("POST", `/amendments/${amendment.id}/decision`, { decision: "accepted" });
    expect(detail.recommendations[0]).toMatchObject({
      version: 2,
      text: "Terveysasemat auki iltaisin ja lauantaisin.",
    });
    await ok("PUT", "/status", { status: "support_check" });
    for (const [ref, level] of [
      ["p1", 5],
      ["p2", 3],
      ["p3", 1],
    ] as const)
      await participant(orgId, id, ref).support(t.database.db, recId, level);
    detail = await ok("POST", "/minority-opinions", {
      recommendationId: recId,
      text: "Ei lauantaisin.",
      supporters: 1,
    });
    expect(detail.recommendations[0].support).toMatchObject({
      answered: 3,
      acceptableShare: 0.667,
    });
    // Not public before publication.
    expect(
      (await t.app.inject({ url: `/api/orgs/kunta/deliberation/public/${id}` })).statusCode,
    ).toBe(404);
    await ok("POST", "/adoption", { how: "tukikartoitus + äänestys 34–2" });
    expect((await call(facilitator, "PATCH", `${id}`, { title: "Muutettu" })).statusCode).toBe(409);
    await ok("PUT", "/handover", {
      on: "2026-11-30",
      to: "aluevaltuusto",
      note: "Puheenjohtaja otti vastaan.",
    });
    await ok("PUT", "/publication", { published: true });
    const page = await t.app.inject({ url: `/api/orgs/kunta/deliberation/public/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: "Keski-Uudenmaan asukaspaneelin loppulausuma",
      handedOverTo: "aluevaltuusto",
      recommendations: [{ title: "Aukioloajat", support: { answered: 3, eligible: 3 } }],
      minorityOpinions: [{ text: "Ei lauantaisin.", supporters: 1 }],
    });
    expect(page.body).not.toContain("Panelisti");
    const pdf = await t.app.inject({
      url: `/api/orgs/kunta/deliberation/public/${id}/statement.pdf?lang=fi`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 4).toString("latin1")).toBe("%PDF");
    // The title is in the document information (PDF text is UTF-16BE with a BOM when not ASCII).
    const title = Buffer.from("Keski-Uudenmaan asukaspaneelin loppulausuma", "latin1");
    expect(
      pdf.rawPayload.includes(title) ||
        pdf.rawPayload.includes(Buffer.from(`<${title.toString("hex")}>`)),
    ).toBe(true);

    // To an action table: a viewer may not, a facilitator makes a draft table with the trail.
    expect((await call(viewer, "POST", `${id}/action-table`, {})).statusCode).toBe(403);
    const made = await call(facilitator, "POST", `${id}/action-table`, {});
    expect(made.statusCode, made.body).toBe(201);
    const [table] = await t.database.db
      .select()
      .from(actionTables)
      .where(eq(actionTables.id, made.json().id));
    expect(table).toMatchObject({ published: false, sourceKind: "panel", sourceId: "paneeli-7" });
    const links = await t.database.db
      .select()
      .from(actionRecommendationSources)
      .where(eq(actionRecommendationSources.tableId, table!.id));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      kind: "statement_recommendation",
      sourceId: id,
      itemId: recId,
    });
    expect(links[0]!.snapshot.support).toMatchObject({
      scale: "gradients",
      version: 2,
      answered: 3,
      eligible: 3,
      acceptableShare: 0.667,
    });
    const trail = await admin.request({
      url: `/api/orgs/kunta/actions/tables/${table!.id}/sources`,
    });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().sources[0].snapshot.support.counts).toHaveLength(5);
  });

  describe("live support results", () => {
    let app: FastifyInstance;
    let modules: RunningModules;
    let url: string;
    beforeAll(async () => {
      modules = await startModules(appModules, {
        config: t.config,
        database: t.database,
        live: true,
      });
      app = await buildApp({ config: t.config, database: t.database, modules });
      await app.listen({ port: 0, host: "127.0.0.1" });
      url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await app.close();
      await modules.close();
    });

    it("pushes the support counts when an answer arrives", async () => {
      const id = await make();
      await call(facilitator, "PUT", `${id}/participants`, {
        participants: [{ ref: "p1", label: "Panelisti 1", role: "panelist" }],
      });
      const proposal = (
        await call(facilitator, "POST", `${id}/proposals`, { sourceLabel: "Pöytä 1", text: "x" })
      ).json();
      const merged = (
        await call(facilitator, "POST", `${id}/merge`, {
          proposalIds: [proposal.proposals[0].id],
          title: "T",
          text: "X",
        })
      ).json();
      await call(facilitator, "PUT", `${id}/status`, { status: "amending" });
      await call(facilitator, "PUT", `${id}/status`, { status: "support_check" });
      const controller = new AbortController();
      const response = await fetch(`${url}${base}/${id}/live`, {
        headers: { cookie: viewer.cookie },
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const events: { results: { answered: number }[] }[] = [];
      let buffer = "";
      const next = async () => {
        for (;;) {
          const block = buffer.indexOf("\n\n");
          if (block >= 0) {
            const text = buffer.slice(0, block);
            buffer = buffer.slice(block + 2);
            const data = /^data: (.*)$/m.exec(text);
            if (data) return JSON.parse(data[1]!);
            continue;
          }
          const { value } = await reader.read();
          buffer += new TextDecoder().decode(value);
        }
      };
      events.push(await next());
      expect(events[0]!.results[0]!.answered).toBe(0);
      await participant(orgId, id, "p1").support(t.database.db, merged.recommendations[0].id, 4);
      events.push(await next());
      expect(events[1]!.results[0]).toMatchObject({
        answered: 1,
        counts: expect.arrayContaining([{ level: 4, count: 1 }]),
      });
      controller.abort();
    });
  });
});
