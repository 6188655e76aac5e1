/**
 * Survey submissions against PostgreSQL (issue #15), driven from this process over loopback.
 *
 *   npm run bench surveys [-- SECONDS]   (needs PostgreSQL; DATABASE_URL, default
 *                                          postgres://postgres@127.0.0.1:5432/test)
 *
 * A real `kuulo serve --demo` process; the demo county's published service-experience survey.
 * Each respondent does what the answering page does: start (POST …/responses, a resume token),
 * save the first page (PUT …/response) and submit (POST …/response/submit).
 *
 * 1. Latency at a steady 200 submissions/s (open loop): p50 / p95 / p99 of the submit request
 *    and of the whole respondent (start → save → submit). Target p99 < 200 ms.
 * 2. Maximum sustained rate: a closed loop of concurrent respondents; submissions per second.
 *    Target ≥ 500/s.
 *
 * Sections: `SECTIONS` lists the parts run in order; other parts of the surveys module (the
 * open-answer analysis of 10,000 answers) add theirs to it with `addSection`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { type Answer, createHttpClient } from "./http-client.js";
import { percentile, startServer } from "./votes-load.js";

const SECONDS = Number(process.argv[2] ?? 10);
const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
const dbUrl = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const ORG = "keski-suomi-demo";
const SURVEY = "palvelukokemus";

export interface BenchContext {
  base: string;
  dbUrl: string;
  schema: string;
}
export interface Section {
  name: string;
  /** Runs the part; answers whether its target was met. */
  run: (ctx: BenchContext) => Promise<boolean>;
}
export const SECTIONS: Section[] = [];
export const addSection = (section: Section) => SECTIONS.push(section);

/**
 * The lean keep-alive client of the vote benchmarks (http-client.ts): node:http's client cost
 * a share of the 2 cores that the server under test then did not have.
 */
let client: ReturnType<typeof createHttpClient> | undefined;
function request(
  base: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  client ??= createHttpClient(base, { maxSockets: 512 });
  return client.send(method, path, body, headers);
}

const SERVICES = ["health", "library", "social"];
let failures = 0;
let firstFailure = "";

/** One respondent: start → save the first page → submit; the submit's and the whole flow's ms. */
async function respondent(
  base: string,
  i: number,
): Promise<{ submit: number; flow: number } | null> {
  const path = `/api/orgs/${ORG}/s/${SURVEY}`;
  const began = performance.now();
  const started = await request(base, "POST", `${path}/responses`, {});
  const token =
    started.status === 201 || started.status === 200
      ? (JSON.parse(started.body) as { resumeToken?: string }).resumeToken
      : undefined;
  const fail = (what: string, r: { status: number; body: string }) => {
    failures++;
    if (!firstFailure) firstFailure = `${what}: ${r.status} ${r.body.slice(0, 300)}`;
    return null;
  };
  if (!token) return fail("start", started);
  const headers = { "x-survey-resume": token };
  const service = { choice: SERVICES[i % 3] };
  const saved = await request(base, "PUT", `${path}/response`, { answers: { service } }, headers);
  if (saved.status !== 200) return fail("save", saved);
  const s0 = performance.now();
  const answers = { service, satisfied: (i % 5) + 1, recommend: i % 11 };
  const submitted = await request(base, "POST", `${path}/response/submit`, { answers }, headers);
  const end = performance.now();
  if (submitted.status !== 200) return fail("submit", submitted);
  return { submit: end - s0, flow: end - began };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
function report(label: string, results: { submit: number; flow: number }[], seconds: number) {
  const submit = results.map((r) => r.submit).sort((a, b) => a - b);
  const flow = results.map((r) => r.flow).sort((a, b) => a - b);
  console.log(
    `${label}: ${results.length} submissions in ${seconds.toFixed(1)} s = ${(results.length / seconds).toFixed(0)}/s; ` +
      `submit p50 ${ms(percentile(submit, 50))} p95 ${ms(percentile(submit, 95))} p99 ${ms(percentile(submit, 99))}; ` +
      `whole respondent p50 ${ms(percentile(flow, 50))} p95 ${ms(percentile(flow, 95))} p99 ${ms(percentile(flow, 99))}`,
  );
  return { p99: percentile(submit, 99), rate: results.length / seconds };
}

/** A steady `rate` of new respondents per second for `seconds` (open loop). */
async function openLoop(base: string, rate: number, seconds: number) {
  const out: { submit: number; flow: number }[] = [];
  const pending: Promise<void>[] = [];
  const began = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = began + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      respondent(base, i).then((r) => {
        if (r) out.push(r);
      }),
    );
  }
  await Promise.all(pending);
  return { results: out, seconds: (performance.now() - began) / 1000 };
}

/** `concurrency` respondents at a time, each starting the next when done, for `seconds`. */
async function closedLoop(base: string, concurrency: number, seconds: number) {
  const out: { submit: number; flow: number }[] = [];
  const began = performance.now();
  const until = began + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const r = await respondent(base, n++);
        if (r) out.push(r);
      }
    }),
  );
  return { results: out, seconds: (performance.now() - began) / 1000 };
}

/** The server process's CPU time in ms (user + system, /proc; undefined elsewhere). */
let serverPid: number | undefined;
function serverCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

addSection({
  name: "submissions",
  run: async ({ base }) => {
    await closedLoop(base, 16, 2); // warm-up
    const steady = await openLoop(base, 200, SECONDS);
    const at200 = report("at 200 respondents/s (open loop)", steady.results, steady.seconds);
    let best = 0;
    for (const concurrency of [32, 64, 128]) {
      const cpu0 = serverCpuMs();
      const loop = await closedLoop(base, concurrency, SECONDS);
      const cpu1 = serverCpuMs();
      best = Math.max(
        best,
        report(`closed loop, ${concurrency} respondents`, loop.results, loop.seconds).rate,
      );
      // The server's own CPU per respondent (three requests): what one core could take.
      if (cpu0 !== undefined && cpu1 !== undefined && loop.results.length > 0)
        console.log(
          `  server CPU ${((cpu1 - cpu0) / loop.results.length).toFixed(2)} ms per respondent ` +
            `(${((100 * (cpu1 - cpu0)) / (loop.seconds * 1000)).toFixed(0)}% of one core)`,
        );
    }
    console.log(
      `max sustained: ${best.toFixed(0)} submissions/s (target ≥ 500); p99 at 200/s ${ms(at200.p99)} (target < 200 ms); ` +
        `failed respondents ${failures}${firstFailure ? ` (first: ${firstFailure})` : ""}`,
    );
    return best >= 500 && at200.p99 < 200 && failures === 0;
  },
});

async function main() {
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const server = await startServer({
    dbUrl,
    demo: true,
    env: { SURVEY_RATE_LIMIT_PER_ADDRESS: "100000000" },
    // SURVEYS_BENCH_PROFILE=<dir>: the server's CPU profile (node --cpu-prof) written there.
    ...(process.env.SURVEYS_BENCH_PROFILE
      ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${process.env.SURVEYS_BENCH_PROFILE}`] }
      : {}),
  });
  serverPid = server.child.pid;
  let ok = true;
  // Other work on the machine shares its cores: the figures are only comparable at low load.
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(`${availableParallelism()} cores; load average before: ${load()}`);
  try {
    for (const section of SECTIONS) {
      console.log(`--- ${section.name}`);
      ok = (await section.run({ base: server.base, dbUrl, schema })) && ok;
    }
    console.log(`load average after: ${load()}`);
  } finally {
    server.child.kill("SIGTERM");
    client?.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
  if (!ok) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
