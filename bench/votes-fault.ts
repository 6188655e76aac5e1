/**
 * Fault phase of `npm run bench votes`: a server process loses its database connections
 * mid-load. Its PostgreSQL backends (found by application_name) are terminated with
 * pg_terminate_backend, as in a failover or an administrator's kill, while votes arrive at a
 * steady rate. The server must stay up, /api/ready must answer 200 again, failed requests must be
 * 503 problem+json (never a 500 or a hang), and every acknowledged vote must be in the database.
 * Bounded: one server on loopback, a closed loop of `inFlight` residents for `seconds`.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { startServe } from "@kuulo/server/testing";
import pg from "pg";

export interface FaultPhaseOptions {
  /** PostgreSQL URL without a search path (the benchmark's admin connection). */
  baseUrl: string;
  /** Schema to work in (the benchmark's); migrated and seeded with the demo county if empty. */
  schema: string;
  /** Votes in flight at once (closed loop). */
  inFlight?: number;
  seconds?: number;
  /** When the backends are terminated, in seconds from the start of the load. */
  faultAt?: number;
}

export interface FaultPhaseResult {
  alive: boolean;
  terminated: number;
  /** From the termination to the first 200 of /api/ready; NaN if it never came. */
  readySeconds: number;
  /** /api/ready answers other than 200 seen while waiting for it. */
  readyFailures: number;
  sent: number;
  /** Votes answered per second over the phase. */
  rate: number;
  acknowledged: number;
  lost: number;
  unavailable: number;
  /** Failures that were not 503 problem+json: 500s, other codes, hangs, refused connections. */
  other: number;
}

export async function runFaultPhase(options: FaultPhaseOptions): Promise<FaultPhaseResult> {
  const inFlight = options.inFlight ?? 32;
  const seconds = options.seconds ?? 8;
  const faultAt = options.faultAt ?? 3;
  const applicationName = `kuulo-bench-fault-${randomBytes(4).toString("hex")}`;
  const serverUrl = new URL(options.baseUrl);
  serverUrl.searchParams.set("options", `-c search_path=${options.schema}`);
  serverUrl.searchParams.set("application_name", applicationName);
  const admin = new pg.Client({ connectionString: options.baseUrl });
  await admin.connect();
  // --demo seeds the demo county unless it is there (the benchmark's first server seeded it).
  const server = await startServe({
    demo: true,
    env: {
      DATABASE_URL: serverUrl.toString(),
      LOG_LEVEL: "error",
      VOTE_RATE_LIMIT_PER_ADDRESS: "100000000",
      VOTE_RATE_LIMIT_PER_RESIDENT: "100000",
      // The benchmark's residents all join from 127.0.0.1 (the limit is counted in the database).
      PARTICIPANT_RATE_LIMIT_PER_ADDRESS: "100000",
    },
  });
  try {
    const { base } = server;
    const org = (await (await fetch(`${base}/api/orgs/keski-suomi-demo`)).json()) as {
      activities: { url: string }[];
    };
    const publicId = org.activities[0]!.url.split("/").pop()!;
    const votesUrl = `${base}/api/p/c/${publicId}/votes`;
    const list = (await (await fetch(`${base}/api/p/c/${publicId}/statements`)).json()) as {
      statements: { tid: number }[];
    };
    const tids = list.statements.map((s) => s.tid);
    const residents: string[] = [];
    for (let i = 0; i < 50; i++) {
      const first = await fetch(votesUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tid: tids[0], vote: "agree" }),
      });
      residents.push(((await first.json()) as { residentToken: string }).residentToken);
    }

    const acknowledged: string[] = [];
    let unavailable = 0;
    let other = 0;
    const vote = async (i: number) => {
      const requestId = randomUUID();
      try {
        const response = await fetch(votesUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-kuulo-resident": residents[i % residents.length]!,
          },
          body: JSON.stringify({ tid: tids[i % tids.length], vote: "agree", requestId }),
          signal: AbortSignal.timeout(15_000),
        });
        const type = response.headers.get("content-type") ?? "";
        await response.arrayBuffer();
        if (response.status === 200) acknowledged.push(requestId);
        else if (response.status === 503 && type.startsWith("application/problem+json"))
          unavailable++;
        else other++;
      } catch {
        other++;
      }
    };

    // A closed loop: `inFlight` residents each wait for their answer, so the load follows what
    // the machine can take and nothing queues without bound.
    let terminated = 0;
    let fault: Promise<{ seconds: number; failures: number }> | undefined;
    let sent = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (performance.now() < until) {
          if (!fault && performance.now() - started >= faultAt * 1000) {
            fault = (async () => {
              const result = await admin.query(
                `select pg_terminate_backend(pid) from pg_stat_activity
                 where datname = current_database() and pid <> pg_backend_pid() and application_name = $1`,
                [applicationName],
              );
              terminated = result.rowCount ?? 0;
              return readyAgain(base, performance.now());
            })();
          }
          await vote(sent++);
        }
      }),
    );
    const rate = sent / ((performance.now() - started) / 1000);
    const ready = await fault!;
    const found = await admin.query(
      `select count(*)::int as n from ${options.schema}.vote_events where request_id = any($1)`,
      [acknowledged],
    );
    const health = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    return {
      alive: server.child.exitCode === null && server.child.signalCode === null && health,
      terminated,
      readySeconds: ready.seconds,
      readyFailures: ready.failures,
      sent,
      rate,
      acknowledged: acknowledged.length,
      lost: acknowledged.length - (found.rows[0] as { n: number }).n,
      unavailable,
      other,
    };
  } finally {
    await server.stop();
    await admin.end();
  }
}

/** Polls /api/ready every 50 ms (for at most 30 s) until it answers 200. */
async function readyAgain(
  base: string,
  from: number,
): Promise<{ seconds: number; failures: number }> {
  let failures = 0;
  while (performance.now() - from < 30_000) {
    const ok = await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(5000) }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.ok;
      },
      () => false,
    );
    if (ok) return { seconds: (performance.now() - from) / 1000, failures };
    failures++;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { seconds: Number.NaN, failures };
}

export function printFaultPhase(r: FaultPhaseResult): void {
  const rows: [string, string][] = [
    ["server alive after the fault", r.alive ? "yes" : "NO"],
    ["backends terminated (pg_terminate_backend)", String(r.terminated)],
    [
      "/api/ready 200 again after",
      `${r.readySeconds.toFixed(2)} s (${r.readyFailures} not-ready answers meanwhile)`,
    ],
    [
      "votes sent / acknowledged",
      `${r.sent} / ${r.acknowledged} (${r.rate.toFixed(0)} answered per second)`,
    ],
    ["acknowledged votes lost", String(r.lost)],
    ["503 problem+json answers", String(r.unavailable)],
    ["other failures (500s, hangs, refused)", String(r.other)],
  ];
  console.log("\n  Fault phase: the server's database connections terminated mid-load\n");
  const width = Math.max(...rows.map((row) => row[0].length));
  for (const [k, v] of rows) console.log(`    ${k.padEnd(width)}  ${v}`);
  const met = r.alive && r.lost === 0 && r.other === 0 && Number.isFinite(r.readySeconds);
  console.log(
    `\n    server stays up, /api/ready recovers, no acknowledged vote lost, no 500 → ${met ? "met" : "NOT met"}\n`,
  );
}
