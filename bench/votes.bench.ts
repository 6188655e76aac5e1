/**
 * Vote ingestion against PostgreSQL, driven from this (second) process over loopback.
 *
 *   npm run bench votes            (needs PostgreSQL; DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 *
 * 1. Baseline in this process: the same database taking single-row inserts with no HTTP, no
 *    validation, no rate limits — the ceiling Kuulo's figures are a ratio of.
 * 2. Sustained throughput: closed loop, 256 residents with a request in flight, for 15 s; and
 *    an open loop offering 2,000 votes/s for 15 s (achieved rate and latency).
 * 3. Latency at a steady 500 votes/s for 15 s (open loop): p50 / p95 / p99.
 * 4. Durability: two server processes share the load; one is killed with SIGKILL mid-load;
 *    every vote that was acknowledged (HTTP 200) must be in the database.
 * Targets (issue 4, this 2-core machine): ≥ 2,000 votes/s sustained; p99 < 100 ms at 500/s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { type AddressInfo, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { printFaultPhase, runFaultPhase } from "./votes-fault.js";

const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const bin = fileURLToPath(new URL("../packages/cli/bin/kuulo.js", import.meta.url));
const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
const dbUrl = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(demo: boolean): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "serve", ...(demo ? ["--demo"] : [])], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      LOG_LEVEL: "error",
      VOTE_RATE_LIMIT_PER_ADDRESS: "100000000",
      VOTE_RATE_LIMIT_PER_RESIDENT: "100000",
      WEB_DIST: "/nonexistent",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return { base, child };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Resident {
  token: string;
  next: number;
}

async function residentsFor(
  base: string,
  publicId: string,
  count: number,
  statements: number[],
): Promise<Resident[]> {
  const out: Resident[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/api/p/c/${publicId}/votes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tid: statements[0], vote: "agree" }),
    });
    const body = (await response.json()) as { residentToken: string };
    out.push({ token: body.residentToken, next: 1 });
  }
  return out;
}

interface Ack {
  requestId: string;
}

async function vote(
  base: string,
  publicId: string,
  resident: Resident,
  statements: number[],
): Promise<{ ok: boolean; ms: number; requestId: string }> {
  const tid = statements[resident.next++ % statements.length]!;
  const requestId = randomUUID();
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/p/c/${publicId}/votes`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-kuulo-resident": resident.token },
      body: JSON.stringify({ tid, vote: Math.random() < 0.5 ? "agree" : "disagree", requestId }),
    });
    await response.arrayBuffer();
    return { ok: response.status === 200, ms: performance.now() - started, requestId };
  } catch {
    return { ok: false, ms: performance.now() - started, requestId };
  }
}

async function closedLoop(options: {
  bases: string[];
  publicId: string;
  residents: Resident[];
  statements: number[];
  seconds: number;
  inFlight: number;
}) {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const until = performance.now() + options.seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const i = n++;
      const r = await vote(
        options.bases[i % options.bases.length]!,
        options.publicId,
        options.residents[i % options.residents.length]!,
        options.statements,
      );
      latencies.push(r.ms);
      if (r.ok) ok++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rate: ok / seconds,
    ok,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function openLoop(options: {
  bases: () => string[];
  publicId: string;
  residents: Resident[];
  statements: number[];
  seconds: number;
  perSecond: number;
  onTick?: (elapsedMs: number) => void;
}) {
  const latencies: number[] = [];
  const acknowledged: Ack[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const total = options.seconds * options.perSecond;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    options.onTick?.(performance.now() - started);
    const bases = options.bases();
    const base = bases[i % bases.length]!;
    pending.push(
      vote(
        base,
        options.publicId,
        options.residents[i % options.residents.length]!,
        options.statements,
      ).then((r) => {
        latencies.push(r.ms);
        if (r.ok) acknowledged.push({ requestId: r.requestId });
        else failed++;
      }),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    sent: total,
    acknowledged,
    failed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

async function baseline(seconds: number, inFlight: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: inFlight });
  await pool.query(
    "create table if not exists baseline_votes (pid int, tid int, vote smallint, at timestamptz default now())",
  );
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        await pool.query("insert into baseline_votes (pid, tid, vote) values ($1, $2, $3)", [
          n % 1000,
          n % 22,
          1,
        ]);
        n++;
      }
    }),
  );
  const rate = n / ((performance.now() - started) / 1000);
  await pool.end();
  return rate;
}

async function main() {
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const servers: ChildProcess[] = [];
  try {
    const a = await startServer(true);
    servers.push(a.child);
    const org = (await (await fetch(`${a.base}/api/orgs/keski-suomi-demo`)).json()) as {
      activities: { url: string }[];
    };
    const publicId = org.activities[0]!.url.split("/").pop()!;
    const list = (await (await fetch(`${a.base}/api/p/c/${publicId}/statements`)).json()) as {
      statements: { tid: number }[];
    };
    const statements = list.statements.map((s) => s.tid);
    const residents = await residentsFor(a.base, publicId, 400, statements);

    const rows: [string, string][] = [];
    const ceiling = await baseline(10, 64);
    rows.push([
      "baseline: raw single-row inserts, no HTTP (same DB)",
      `${ceiling.toFixed(0)} rows/s`,
    ]);

    const sustained = await closedLoop({
      bases: [a.base],
      publicId,
      residents,
      statements,
      seconds: 15,
      inFlight: 256,
    });
    rows.push([
      "sustained, 256 in flight, 1 server",
      `${sustained.rate.toFixed(0)} votes/s (${(sustained.rate / ceiling).toFixed(2)}× baseline), p50 ${sustained.p50.toFixed(1)} ms, p99 ${sustained.p99.toFixed(1)} ms, failed ${sustained.failed}`,
    ]);

    const steady = await openLoop({
      bases: () => [a.base],
      publicId,
      residents,
      statements,
      seconds: 15,
      perSecond: 500,
    });
    rows.push([
      "steady 500 votes/s, 1 server",
      `p50 ${steady.p50.toFixed(1)} ms, p95 ${steady.p95.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms, failed ${steady.failed}`,
    ]);

    const offered = await openLoop({
      bases: () => [a.base],
      publicId,
      residents,
      statements,
      seconds: 15,
      perSecond: 2000,
    });
    const achieved = offered.acknowledged.length / offered.seconds;
    rows.push([
      "offered 2,000 votes/s, 1 server",
      `${achieved.toFixed(0)} votes/s acknowledged, p50 ${offered.p50.toFixed(1)} ms, p99 ${offered.p99.toFixed(1)} ms, failed ${offered.failed}`,
    ]);

    const b = await startServer(false);
    servers.push(b.child);
    let alive = [a.base, b.base];
    let killedAt: number | null = null;
    const durability = await openLoop({
      bases: () => alive,
      publicId,
      residents,
      statements,
      seconds: 10,
      perSecond: 600,
      onTick: (elapsed) => {
        if (killedAt === null && elapsed > 5000) {
          killedAt = elapsed;
          b.child.kill("SIGKILL");
          alive = [a.base];
        }
      },
    });
    const ids = durability.acknowledged.map((x) => x.requestId);
    const found = await admin.query(
      `select count(*)::int as n from ${schema}.vote_events where request_id = any($1)`,
      [ids],
    );
    const missing = ids.length - (found.rows[0] as { n: number }).n;
    rows.push([
      "2 servers at 600/s, one SIGKILLed at 5 s",
      `${ids.length} acknowledged, ${durability.failed} failed (in flight at the kill), ${missing} acknowledged votes missing from the database`,
    ]);

    console.log(
      `\nVote ingestion (PostgreSQL ${BASE_URL.replace(/\/\/.*@/, "//…@")}, ${process.arch}, 2 cores)\n`,
    );
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
    console.log(
      `\n  targets: 2,000 votes/s sustained (the offered 2,000/s all acknowledged, ≥ 99 % of the rate counting the drain) → ${offered.failed === 0 && achieved >= 0.99 * 2000 ? "met" : "NOT met"}; p99 < 100 ms at 500/s → ${steady.p99 < 100 ? "met" : "NOT met"}; no acknowledged vote lost → ${missing === 0 ? "met" : "NOT met"}\n`,
    );
    if (missing !== 0) process.exitCode = 1;
    const fault = await runFaultPhase({ baseUrl: BASE_URL, schema });
    printFaultPhase(fault);
    if (!fault.alive || fault.lost !== 0 || fault.other !== 0) process.exitCode = 1;
  } finally {
    for (const s of servers) s.kill("SIGKILL");
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

await main();
