import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.js";
import { startTcpProxy, type TcpProxy } from "../../serve-testing.js";
import { type ConversationEvent, createEventHub, type EventHub } from "./events.js";

/**
 * The event hub's LISTEN connection is lost and comes back: terminated by the server
 * (pg_terminate_backend), and cut off while the database is unreachable (a TCP proxy in front of
 * PostgreSQL drops every connection and refuses new ones). The hub says it is disconnected,
 * reconnects with back-off, tells subscribers to resync, and carries events again.
 */

const url = process.env.DATABASE_URL;

async function until(condition: () => boolean, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(!url)(
  "live events survive a lost LISTEN connection (PostgreSQL only: PGlite's LISTEN is in-process)",
  () => {
    const applicationName = `kuulo-events-${randomBytes(4).toString("hex")}`;
    const conversationId = `c-${randomBytes(4).toString("hex")}`;
    let proxy: TcpProxy;
    let database: Database;
    let hub: EventHub;
    const received: ConversationEvent[] = [];
    const warnings: string[] = [];

    beforeAll(async () => {
      const target = new URL(url!);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const viaProxy = new URL(url!);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      database = await openDatabase({
        url: viaProxy.toString(),
        applicationName,
        log: { warn: (_, message) => warnings.push(message), info: () => {} },
      });
      hub = await createEventHub(database);
      hub.subscribe(conversationId, (event) => received.push(event));
    });

    afterAll(async () => {
      await hub?.close();
      await database?.close();
      await proxy?.close();
    });

    async function expectDelivered(tid: number) {
      await hub.publish(conversationId, { type: "statement", tid });
      await until(() => received.some((e) => e.type === "statement" && e.tid === tid), 5000);
    }

    it("reconnects after its backend is terminated and tells subscribers to resync", async () => {
      await expectDelivered(1);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
        [applicationName],
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      await until(() => received.some((e) => e.type === "resync"), 5000);
      expect(hub.connected()).toBe(true);
      expect(warnings).toContain("LISTEN connection to the database lost; reconnecting");
      await expectDelivered(2);
    });

    it("says it is disconnected while the database is unreachable, and recovers", async () => {
      received.length = 0;
      warnings.length = 0;
      await proxy.cut();
      await until(() => !hub.connected(), 5000);
      // Several attempts fail (connection refused) and are retried with back-off.
      await until(() => warnings.filter((w) => w.includes("failed; retrying")).length >= 2, 5000);
      await expect(hub.publish(conversationId, { type: "votes", count: 1 })).rejects.toThrow();
      await proxy.restore();
      await until(() => hub.connected(), 10_000);
      expect(received).toContainEqual({ type: "resync" });
      await expectDelivered(3);
    });
  },
);
