// Benchmark of the statements' live support results (issue #16): participants give support on
// 10 recommendations concurrently through the participant services of a real server (embedded
// database, LISTEN/NOTIFY hub), while a staff screen follows `GET …/statements/:id/live` over
// HTTP. Latency of an answer: from its commit to the first pushed result that counts it (the
// k-th committed answer is counted by the first event whose total is ≥ k). The screen's stream
// coalesces bursts into one read per 100 ms, which is part of the figure. Baseline: 5
// participants; measured: 40.
// Runs on PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a schema of
// its own, dropped at the end), or on the embedded database when none answers (there the
// single connection serializes the screen's reads behind the writers: see the printed figures).
// Run: npm run bench deliberation [-- PARTICIPANTS [BASELINE]]   (default 40 5)
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addStaff, createOrganization, type Db, issueSignInLink, startServer } from "@kuulo/server";
import { advance, freePort, participant, sampleStatement } from "@kuulo/server/testing";
import pg from "pg";

const participants = Number(process.argv[2] ?? 40);
const baseline = Number(process.argv[3] ?? 5);
const RECOMMENDATIONS = 10;

const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
let dbUrl = "";
try {
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  dbUrl = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
} catch {
  console.log(`no PostgreSQL at ${BASE_URL}: the embedded database`);
}
console.log(`database: ${dbUrl ? "PostgreSQL" : "embedded (PGlite)"}`);
const dataDir = mkdtempSync(join(tmpdir(), "kuulo-bench-deliberation-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = await startServer({
  env: {
    DATA_DIR: dataDir,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: base,
    LOG_LEVEL: "silent",
    ACTIONS_WORKER: "false",
  },
});

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

async function cookieFor(db: Db, organizationId: string) {
  const staff = await addStaff(db, {
    organizationId,
    email: "fasilitaattori@penkki.example",
    displayName: "Fasilitaattori",
    roles: ["facilitator"],
    actor: { label: "bench" },
  });
  const link = await issueSignInLink(db, {
    userId: staff.id,
    organizationId,
    publicUrl: base,
    minutes: 10,
  });
  const signedIn = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: new URL(link).searchParams.get("token") }),
  });
  if (!signedIn.ok) throw new Error(`sign-in: ${signedIn.status}`);
  return signedIn.headers.get("set-cookie")!.split(";")[0]!;
}

/** One run: n participants × 10 recommendations, all participants at once. */
async function run(db: Db, organizationId: string, cookie: string, n: number) {
  const { statement, recommendationIds } = await sampleStatement(db, {
    organizationId,
    participants: n,
    recommendations: RECOMMENDATIONS,
    title: `Penkki ${n}`,
  });
  await advance(db, { organizationId, statementId: statement.id, to: "support_check" });
  const controller = new AbortController();
  const response = await fetch(
    `${base}/api/orgs/penkki/deliberation/statements/${statement.id}/live`,
    { headers: { cookie }, signal: controller.signal },
  );
  if (response.status !== 200) throw new Error(`live: ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: { at: number; total: number }[] = [];
  let first: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    first = resolve;
  });
  const total = n * RECOMMENDATIONS;
  let all: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    all = resolve;
  });
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = /^data: (.*)$/m.exec(block);
          if (data) {
            const parsed = JSON.parse(data[1]!) as { results: { answered: number }[] };
            const answered = parsed.results.reduce((s, r) => s + r.answered, 0);
            events.push({ at: performance.now(), total: answered });
            first();
            if (answered >= total) all();
          }
          cut = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  await opened;
  const commits: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const me = participant(organizationId, statement.id, `p${i + 1}`);
      for (const [r, id] of recommendationIds.entries()) {
        await me.support(db, id, ((i + r) % 5) + 1);
        commits.push(performance.now());
      }
    }),
  );
  const writing = performance.now() - started;
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  controller.abort();
  commits.sort((a, b) => a - b);
  const latencies = commits.map((t, k) => {
    const seen = events.find((e) => e.total >= k + 1 && e.at >= t);
    return seen ? seen.at - t : Number.POSITIVE_INFINITY;
  });
  latencies.sort((a, b) => a - b);
  return {
    answers: commits.length,
    events: events.length,
    writing,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1]!,
  };
}

let failed = false;
try {
  const db = server.database.db;
  const organization = await createOrganization(db, {
    slug: "penkki",
    name: { fi: "Penkki", sv: "Penkki", en: "Penkki" },
    languages: ["fi", "sv", "en"],
    actor: { label: "bench" },
  });
  const cookie = await cookieFor(db, organization.id);
  await run(db, organization.id, cookie, 2); // warm-up
  const results = [];
  for (const n of [baseline, participants]) {
    const r = await run(db, organization.id, cookie, n);
    results.push(r);
    console.log(
      `${n} participants × ${RECOMMENDATIONS} recommendations: ${r.answers} answers in ${r.writing.toFixed(0)} ms ` +
        `(${((r.answers / r.writing) * 1000).toFixed(0)}/s), ${r.events} pushes; live update latency ` +
        `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`,
    );
    if (!Number.isFinite(r.max)) {
      console.error("  an answer was never shown on the live screen");
      failed = true;
    }
  }
  const [b, m] = results;
  console.log(
    `ratio p99 ${participants} vs ${baseline} participants: ${(m!.p99 / b!.p99).toFixed(2)}×`,
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (dbUrl) await admin.query(`drop schema ${schema} cascade`);
  await admin.end().catch(() => {});
}
process.exit(failed ? 1 : 0);
