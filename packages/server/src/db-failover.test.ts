import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ServeProcess,
  startServe,
  startTcpProxy,
  type TcpProxy,
  waitReady,
} from "./serve-testing.js";

/**
 * A real `kuulo serve` process losing its database: its PostgreSQL backends are terminated
 * mid-load (pg_terminate_backend, as in a failover or an administrator's kill), and the database
 * becomes unreachable for a while (a TCP proxy in front of PostgreSQL drops every connection and
 * refuses new ones, as in a restart). The process must stay up, answer 503 problem+json
 * meanwhile, lose no acknowledged vote, and serve fully again, live events included.
 */

const url = process.env.DATABASE_URL;

interface Outcome {
  status: number;
  contentType: string;
  code?: string;
  retryAfter: string | null;
  requestId?: string;
  error?: string;
}

describe.skipIf(!url)(
  "the server survives losing its database (PostgreSQL only: PGlite runs inside the process and has no connections to lose)",
  () => {
    const schema = `kuulo_fault_${randomBytes(5).toString("hex")}`;
    const applicationName = `kuulo-fault-${randomBytes(4).toString("hex")}`;
    let admin: pg.Client;
    let proxy: TcpProxy;
    let server: ServeProcess;
    let publicId: string;
    let tids: number[];
    const residents: string[] = [];
    const acknowledged: string[] = [];
    let events: { text: string; stop: () => void };

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const target = new URL(url!);
      proxy = await startTcpProxy({
        host: target.hostname,
        port: Number(target.port || 5432),
      });
      const viaProxy = new URL(url!);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      viaProxy.searchParams.set("options", `-c search_path=${schema}`);
      viaProxy.searchParams.set("application_name", applicationName);
      server = await startServe({
        demo: true,
        env: {
          DATABASE_URL: viaProxy.toString(),
          VOTE_RATE_LIMIT_PER_ADDRESS: "1000000",
          VOTE_RATE_LIMIT_PER_RESIDENT: "100000",
          MATH_INTERVAL_MS: "300",
        },
      });
      const org = (await (await fetch(`${server.base}/api/orgs/keski-suomi-demo`)).json()) as {
        activities: { url: string }[];
      };
      publicId = org.activities[0]!.url.split("/").pop()!;
      const list = (await (
        await fetch(`${server.base}/api/p/c/${publicId}/statements`)
      ).json()) as { statements: { tid: number }[] };
      tids = list.statements.map((s) => s.tid);
      for (let i = 0; i < 12; i++) {
        const first = await fetch(`${server.base}/api/p/c/${publicId}/votes`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ tid: tids[0], vote: "agree" }),
        });
        residents.push(((await first.json()) as { residentToken: string }).residentToken);
      }
      events = subscribe(`${server.base}/api/p/c/${publicId}/events`);
    }, 90_000);

    afterAll(async () => {
      events?.stop();
      await server?.stop();
      await proxy?.close();
      await admin?.query(`drop schema if exists ${schema} cascade`);
      await admin?.end();
    });

    function subscribe(address: string) {
      const controller = new AbortController();
      const state = { text: "", stop: () => controller.abort() };
      void (async () => {
        try {
          const response = await fetch(address, { signal: controller.signal });
          const reader = response.body!.getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            state.text += new TextDecoder().decode(value);
          }
        } catch {
          // aborted at the end
        }
      })();
      return state;
    }

    async function call(path: string, init?: RequestInit): Promise<Outcome> {
      try {
        const response = await fetch(`${server.base}${path}`, {
          ...init,
          signal: AbortSignal.timeout(15_000),
        });
        const contentType = response.headers.get("content-type") ?? "";
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        return {
          status: response.status,
          contentType,
          retryAfter: response.headers.get("retry-after"),
          ...(body.code ? { code: body.code } : {}),
        };
      } catch (error) {
        return { status: 0, contentType: "", retryAfter: null, error: String(error) };
      }
    }

    async function vote(i: number): Promise<Outcome> {
      const requestId = randomUUID();
      const outcome = await call(`/api/p/c/${publicId}/votes`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-kuulo-resident": residents[i % residents.length]!,
        },
        body: JSON.stringify({
          tid: tids[i % tids.length],
          vote: i % 2 ? "agree" : "disagree",
          requestId,
        }),
      });
      if (outcome.status === 200) acknowledged.push(requestId);
      return { ...outcome, requestId };
    }

    /** A bounded load: `count` requests (votes, with a read every fifth), `inFlight` at a time. */
    async function load(count: number, inFlight: number, onProgress: (done: number) => void) {
      const outcomes: Outcome[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < count) {
            const i = next++;
            outcomes.push(
              i % 5 === 4 ? await call(`/api/p/c/${publicId}/statements`) : await vote(i),
            );
            onProgress(outcomes.length);
          }
        }),
      );
      return outcomes;
    }

    async function terminateBackends(): Promise<number> {
      const result = await admin.query(
        `select pg_terminate_backend(pid) as done from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and application_name = $1`,
        [applicationName],
      );
      return result.rowCount ?? 0;
    }

    function expectOnlyOkOrUnavailable(outcomes: Outcome[]) {
      for (const o of outcomes) {
        if (o.status === 200) continue;
        expect(o, "a failed request is 503 problem+json, never a 500 or a hang").toMatchObject({
          status: 503,
          code: "unavailable",
        });
        expect(o.contentType).toMatch(/^application\/problem\+json/);
        expect(Number(o.retryAfter)).toBeGreaterThan(0);
      }
    }

    async function expectLiveEventsAgain() {
      // The hub publishes a vote event at most once a second per conversation: keep voting until
      // one arrives, which proves LISTEN was re-established after the loss.
      const mark = events.text.length;
      const deadline = Date.now() + 15_000;
      let i = 0;
      while (!events.text.slice(mark).includes("event: votes") && Date.now() < deadline) {
        expect((await vote(i++)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(events.text.slice(mark)).toContain("event: votes");
    }

    async function expectAcknowledgedStored() {
      const found = await admin.query(
        `select count(*)::int as n from ${schema}.vote_events where request_id = any($1)`,
        [acknowledged],
      );
      expect((found.rows[0] as { n: number }).n).toBe(acknowledged.length);
    }

    it("stays up when its backends are terminated mid-load, and loses no acknowledged vote", async () => {
      let terminated = 0;
      let fired = false;
      const outcomes = await load(400, 24, (done) => {
        if (!fired && done >= 100) {
          fired = true;
          void (async () => {
            terminated += await terminateBackends();
            await new Promise((r) => setTimeout(r, 150));
            terminated += await terminateBackends();
          })();
        }
      });
      expect(terminated).toBeGreaterThan(0);
      expect(server.child.exitCode, server.log()).toBeNull();
      expectOnlyOkOrUnavailable(outcomes);
      expect(await waitReady(server, 5000)).toBeLessThan(5000);
      expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(0);
      await expectLiveEventsAgain();
      await expectAcknowledgedStored();
    }, 120_000);

    it("answers 503 problem+json while the database is unreachable, and recovers without a restart", async () => {
      await proxy.cut();
      const during: Outcome[] = [];
      const started = Date.now();
      while (Date.now() - started < 2500) {
        during.push(await call("/api/ready"));
        during.push(await vote(during.length));
        during.push(await call(`/api/p/c/${publicId}/statements`));
      }
      expect(server.child.exitCode, server.log()).toBeNull();
      expectOnlyOkOrUnavailable(during);
      const ready = during.filter((_, i) => i % 3 === 0);
      expect(ready.at(-1)!.status).toBe(503);
      expect(during.filter((o) => o.status === 503).length).toBeGreaterThan(3);

      await proxy.restore();
      expect(await waitReady(server, 10_000)).toBeLessThan(10_000);
      expect((await vote(1)).status).toBe(200);
      expect((await call(`/api/p/c/${publicId}/statements`)).status).toBe(200);
      await expectLiveEventsAgain();
      await expectAcknowledgedStored();
      expect(server.child.exitCode).toBeNull();
    }, 120_000);
  },
);
