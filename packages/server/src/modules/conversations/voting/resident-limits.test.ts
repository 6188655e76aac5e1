import { randomBytes } from "node:crypto";
import { get, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../app.js";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { type RunningModules, startModules } from "../../define.js";
import { appModules } from "../../index.js";
import { participants, statements } from "../schema.js";
import { createTestConversation, resident } from "../testing.js";

/** A statement unlike any other (no duplicate or near-duplicate refusals). */
const distinctText = () =>
  `${randomBytes(5).toString("hex")} ${randomBytes(5).toString("hex")} ${randomBytes(5).toString("hex")}`;

describe("limits that hold without the resident cookie", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp({
      STATEMENT_RATE_LIMIT_PER_ADDRESS: "5",
      PENDING_STATEMENTS_LIMIT: "8",
      SSE_CONNECTIONS_PER_ADDRESS: "2",
      SSE_CONNECTIONS_MAX: "3",
    });
    const org = await t.createOrg("rajat");
    await t.addMember(org, "admin@rajat.fi", ["admin"]);
    admin = await t.signIn("admin@rajat.fi");
  });
  afterAll(() => t.close());

  it("makes at most PARTICIPANT_RATE_LIMIT_PER_ADDRESS (100) participants from 300 cookieless votes of one address", async () => {
    const c = await createTestConversation(admin, "rajat");
    const statuses = new Map<number, number>();
    // A script that never keeps the cookie: every vote is a new resident (25 at a time).
    for (let round = 0; round < 12; round++) {
      const responses = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          t.app.inject({
            method: "POST",
            url: `/api/p/c/${c.publicId}/votes`,
            remoteAddress: "10.1.0.1",
            payload: { tid: i % 3, vote: "agree" },
          }),
        ),
      );
      for (const response of responses) {
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode === 429) expect(response.json().code).toBe("rate_limited");
      }
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 100, 429: 200 });
    const made = await t.database.db
      .select()
      .from(participants)
      .where(eq(participants.conversationId, c.id));
    expect(made).toHaveLength(100);
    // Residents who already take part keep voting, and another address is not affected.
    const known = resident(t);
    const other = await known.request({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      remoteAddress: "10.1.0.2",
      payload: { tid: 0, vote: "pass" },
    });
    expect(other.statusCode).toBe(200);
    const again = await known.request({
      method: "POST",
      url: `/api/p/c/${c.publicId}/votes`,
      remoteAddress: "10.1.0.1",
      payload: { tid: 1, vote: "pass" },
    });
    expect(again.statusCode).toBe(200);
  }, 120_000);

  it("stops a statement flood from one address at STATEMENT_RATE_LIMIT_PER_ADDRESS", async () => {
    const c = await createTestConversation(admin, "rajat");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/p/c/${c.publicId}/statements`,
        remoteAddress: "10.2.0.1",
        payload: { text: distinctText() },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429, 429, 429]);
  });

  it("refuses new statements while PENDING_STATEMENTS_LIMIT wait for moderation", async () => {
    const c = await createTestConversation(admin, "rajat");
    const write = (n: number) =>
      t.app.inject({
        method: "POST",
        url: `/api/p/c/${c.publicId}/statements`,
        remoteAddress: `10.3.0.${n}`,
        payload: { text: distinctText() },
      });
    const statuses: number[] = [];
    for (let i = 1; i <= 10; i++) statuses.push((await write(i)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 201, 429, 429]);
    const full = await write(11);
    expect(full.json()).toMatchObject({ code: "statement.queue_full", status: 429 });
    expect(full.headers["retry-after"]).toBe("600");
    const pending = await t.database.db
      .select()
      .from(statements)
      .where(and(eq(statements.conversationId, c.id), eq(statements.status, "pending")));
    expect(pending).toHaveLength(8);
    // Once a moderator has handled one, a new statement fits again.
    await admin.request({
      method: "POST",
      url: `/api/orgs/rajat/conversations/${c.id}/moderation`,
      payload: { tids: [pending[0]!.tid], action: "approve" },
    });
    expect((await write(12)).statusCode).toBe(201);
  });

  it("does not show the statements of a conversation that has not opened", async () => {
    const c = await createTestConversation(admin, "rajat", {
      opensAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
    });
    const r = resident(t);
    const next = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/next` });
    expect(next.statusCode).toBe(409);
    expect(next.json().code).toBe("conversation.upcoming");
    expect(next.body).not.toContain("väite");
    const list = await r.request({ method: "GET", url: `/api/p/c/${c.publicId}/statements` });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ statements: [] });
    // Staff still see them.
    const staff = await admin.request({
      method: "GET",
      url: `/api/orgs/rajat/conversations/${c.id}/statements`,
    });
    expect(staff.body).toContain("Ensimmäinen väite");
  });

  describe("live-update connections", () => {
    let app: FastifyInstance;
    let modules: RunningModules;
    let base: string;
    const open: IncomingMessage[] = [];
    beforeAll(async () => {
      // A live app, as in a server process: with the conversations' event hub.
      modules = await startModules(appModules, {
        config: t.config,
        database: t.database,
        live: true,
      });
      app = await buildApp({ config: t.config, database: t.database, modules });
      await app.listen({ port: 0, host: "127.0.0.1" });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      for (const response of open) response.destroy();
      await app.close();
      await modules.close();
    });

    /** Opens an event stream from the given local address; resolves with its status. */
    const connect = (path: string, localAddress: string) =>
      new Promise<{ status: number; response: IncomingMessage }>((resolve, reject) => {
        get(`${base}${path}`, { localAddress }, (response) => {
          if (response.statusCode === 200) open.push(response);
          else response.resume();
          resolve({ status: response.statusCode ?? 0, response });
        }).on("error", reject);
      });

    it("caps connections per address and in all (429 beyond)", async () => {
      const c = await createTestConversation(admin, "rajat");
      const path = `/api/p/c/${c.publicId}/events`;
      expect((await connect(path, "127.0.0.1")).status).toBe(200);
      const second = await connect(path, "127.0.0.1");
      expect(second.status).toBe(200);
      const third = await connect(path, "127.0.0.1");
      expect(third.status).toBe(429);
      expect(third.response.headers["retry-after"]).toBe("30");
      expect((await connect(path, "127.0.0.2")).status).toBe(200);
      // Three open in all: a fourth address is refused too.
      expect((await connect(path, "127.0.0.3")).status).toBe(429);
      // A closed connection frees its place.
      second.response.destroy();
      await new Promise((r) => setTimeout(r, 100));
      expect((await connect(path, "127.0.0.1")).status).toBe(200);
    });
  });
});
