/**
 * The load generator of the vote benchmarks (votes.bench.ts and its phases): server processes
 * on loopback, residents, and closed and open loops of votes, bounded in count and time.
 *
 * Requests go through a lean keep-alive HTTP/1.1 client (http-client.ts), not fetch or
 * node:http: on a 2-core machine the load generator shares the cores with the server and
 * PostgreSQL, and fetch cost about 1.3 ms of CPU per vote, node:http about 0.3 ms.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createHttpClient } from "./http-client.js";

const bin = fileURLToPath(new URL("../packages/cli/bin/kuulo.js", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  child: ChildProcess;
}

/** A `kuulo serve` process on loopback against the benchmark's database. */
export async function startServer(options: {
  dbUrl: string;
  demo: boolean;
  env?: Record<string, string>;
  /** Extra node flags for the server process (e.g. `--cpu-prof` to profile it). */
  nodeArgs?: string[];
}): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), bin, "serve", ...(options.demo ? ["--demo"] : [])],
    {
      env: {
        ...process.env,
        DATABASE_URL: options.dbUrl,
        PORT: String(port),
        // The production default, so that the cost of logging is measured too.
        LOG_LEVEL: "info",
        VOTE_RATE_LIMIT_PER_ADDRESS: "100000000",
        VOTE_RATE_LIMIT_PER_RESIDENT: "100000",
        // Every benchmark resident joins from 127.0.0.1.
        PARTICIPANT_RATE_LIMIT_PER_ADDRESS: "100000",
        WEB_DIST: "/nonexistent",
        ...options.env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return { base, child };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("server did not start");
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One lean client (bench/http-client.ts) per server, at most 2,048 connections each. */
const clients = new Map<string, ReturnType<typeof createHttpClient>>();

/**
 * POSTs JSON; resolves with the status: 0 when there was no answer within `timeoutMs` of the
 * call (waiting for a free connection included) or on a network error.
 */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<{ status: number; body: string }> {
  const { origin, pathname, search } = new URL(url);
  let client = clients.get(origin);
  if (!client) {
    client = createHttpClient(origin, { maxSockets: 2048 });
    clients.set(origin, client);
  }
  return client.post(pathname + search, body, headers, timeoutMs);
}

export interface Resident {
  token: string;
  next: number;
}

/** Votes refused (503) and repeated while residentsFor made its residents. */
export let shedWhileJoining = 0;

export async function residentsFor(
  base: string,
  publicId: string,
  count: number,
  statements: number[],
): Promise<Resident[]> {
  const out: Resident[] = [];
  for (let i = 0; i < count; i++) {
    const requestId = randomUUID();
    for (let attempt = 0; ; attempt++) {
      const response = await postJson(`${base}/api/p/c/${publicId}/votes`, {
        tid: statements[0],
        vote: "agree",
        requestId,
      });
      // A busy server (e.g. just started) refuses with 503 and Retry-After: wait and repeat.
      if (response.status === 503 && attempt < 20) {
        shedWhileJoining++;
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      const body = JSON.parse(response.body) as { residentToken?: string };
      if (!body.residentToken) {
        throw new Error(`a new resident's first vote was answered ${response.body.slice(0, 300)}`);
      }
      out.push({ token: body.residentToken, next: 1 });
      break;
    }
  }
  return out;
}

export interface VoteResult {
  /** 200: acknowledged; 503/429: refused (overload); other or 0: failed. */
  status: number;
  ms: number;
  requestId: string;
}

export async function vote(
  base: string,
  publicId: string,
  resident: Resident,
  statements: number[],
): Promise<VoteResult> {
  const tid = statements[resident.next++ % statements.length]!;
  const requestId = randomUUID();
  const started = performance.now();
  const response = await postJson(
    `${base}/api/p/c/${publicId}/votes`,
    { tid, vote: Math.random() < 0.5 ? "agree" : "disagree", requestId },
    { "x-kuulo-resident": resident.token },
  );
  return { status: response.status, ms: performance.now() - started, requestId };
}

/** What a loop saw: acknowledged, refused at once (503/429) and failed votes, with latencies. */
export interface LoopResult {
  seconds: number;
  sent: number;
  acknowledged: string[];
  refused: number;
  failed: number;
  /** Latencies of acknowledged votes, sorted (ms). */
  okMs: number[];
  /** Latencies of refused votes, sorted (ms). */
  refusedMs: number[];
}

function collector() {
  const r: LoopResult = {
    seconds: 0,
    sent: 0,
    acknowledged: [],
    refused: 0,
    failed: 0,
    okMs: [],
    refusedMs: [],
  };
  return {
    result: r,
    add: (v: VoteResult) => {
      r.sent++;
      if (v.status === 200) {
        r.acknowledged.push(v.requestId);
        r.okMs.push(v.ms);
      } else if (v.status === 503 || v.status === 429) {
        r.refused++;
        r.refusedMs.push(v.ms);
      } else r.failed++;
    },
    done: (seconds: number) => {
      r.seconds = seconds;
      r.okMs.sort((a, b) => a - b);
      r.refusedMs.sort((a, b) => a - b);
      return r;
    },
  };
}

/** `inFlight` residents each waiting for their answer before the next vote, for `seconds`. */
export async function closedLoop(options: {
  bases: string[];
  publicId: string;
  residents: Resident[];
  statements: number[];
  seconds: number;
  inFlight: number;
}): Promise<LoopResult> {
  const c = collector();
  const until = performance.now() + options.seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const i = n++;
      c.add(
        await vote(
          options.bases[i % options.bases.length]!,
          options.publicId,
          options.residents[i % options.residents.length]!,
          options.statements,
        ),
      );
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  return c.done((performance.now() - started) / 1000);
}

/** Votes sent at a fixed rate whatever the answers (an open loop), for `seconds`. */
export async function openLoop(options: {
  bases: () => string[];
  publicId: string;
  residents: Resident[];
  statements: number[];
  seconds: number;
  perSecond: number;
  onTick?: (elapsedMs: number) => void;
}): Promise<LoopResult> {
  const c = collector();
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const total = options.seconds * options.perSecond;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    options.onTick?.(performance.now() - started);
    const bases = options.bases();
    pending.push(
      vote(
        bases[i % bases.length]!,
        options.publicId,
        options.residents[i % options.residents.length]!,
        options.statements,
      ).then(c.add),
    );
  }
  await Promise.all(pending);
  return c.done((performance.now() - started) / 1000);
}

/** "p50 … ms, p99 … ms" of sorted latencies, or "—" when there are none. */
export function latencies(sorted: number[]): string {
  if (sorted.length === 0) return "—";
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
}

/** CPU time (ms) of a process, all its threads, from /proc (Linux); 0 elsewhere. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export interface CpuShares {
  server: number;
  database: number;
  client: number;
}

/**
 * Where a phase's CPU went: the server process (all its threads), its PostgreSQL backends
 * (found by application_name) and this load generator, in ms. Call the returned function when
 * the phase ends. Backends are sampled every 200 ms, so that one that ends during the phase
 * (its pool closed an idle connection) counts with what it had used when last seen.
 */
export async function cpuMeter(options: {
  serverPid: number;
  admin: { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> };
  applicationName: string;
}): Promise<() => Promise<CpuShares>> {
  const backends = async () =>
    (
      (
        await options.admin.query("select pid from pg_stat_activity where application_name = $1", [
          options.applicationName,
        ])
      ).rows as { pid: number }[]
    ).map((r) => r.pid);
  /** Per backend: CPU when first seen (0 if it started during the phase) and when last seen. */
  const seen = new Map<number, { first: number; last: number }>();
  const sample = async (starting: boolean) => {
    for (const pid of await backends()) {
      const now = cpuMsOf(pid);
      if (now === 0) continue; // ended between the query and the read
      const s = seen.get(pid);
      if (s) s.last = Math.max(s.last, now);
      else seen.set(pid, { first: starting ? now : 0, last: now });
    }
  };
  await sample(true);
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void sample(false).finally(() => {
      sampling = false;
    });
  }, 200);
  const server0 = cpuMsOf(options.serverPid);
  const client0 = process.cpuUsage();
  return async () => {
    clearInterval(timer);
    await sample(false);
    let database = 0;
    for (const s of seen.values()) database += s.last - s.first;
    const client = process.cpuUsage(client0);
    return {
      server: cpuMsOf(options.serverPid) - server0,
      database,
      client: (client.user + client.system) / 1000,
    };
  };
}

/** "CPU per acknowledged vote: server 0.41, PostgreSQL 0.22, load generator 0.09 ms". */
export function perVote(cpu: CpuShares, votes: number): string {
  const f = (ms: number) => (votes > 0 ? (ms / votes).toFixed(2) : "—");
  return `CPU per acknowledged vote: server ${f(cpu.server)}, PostgreSQL ${f(cpu.database)}, load generator ${f(cpu.client)} ms`;
}
