// Benchmark of the online juries' live updates (issue #17): JURORS jurors of one jury hold the
// jury space's event stream (`GET …/jury-space/me/live`, Server-Sent Events) open, half on each
// of two `kuulo serve` processes on one PostgreSQL database, while jurors write POSTS posts
// through both processes. Latency of a delivery: from sending the POST to a stream receiving
// the `post` hint with that post's id (commit, NOTIFY, the other process's LISTEN, the write);
// every post × every stream is one delivery. Target: p99 < 200 ms. Baseline in the same process,
// on the same servers just before: BASELINE jurors listening to as many posts; the ratio of the
// two p99s is what the fan-out to every juror adds (the machine's load weighs on both).
// Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a schema of
// its own, dropped at the end). Run: npm run bench juries [-- JURORS [POSTS [BASELINE]]]   (default 200 50 10)
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import {
  createOrganization,
  createSealer,
  memberSession,
  openDatabase,
  runningJury,
  type ServeProcess,
  startServe,
} from "@kuulo/server/testing";
import pg from "pg";

const jurors = Number(process.argv[2] ?? 200);
const posts = Number(process.argv[3] ?? 50);
const baseline = Number(process.argv[4] ?? 10);
const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
await admin.connect();
await admin.query(`create schema ${schema}`);
const databaseUrl = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const env = {
  DATABASE_URL: databaseUrl,
  JURIES_WORKER: "false",
  ACTIONS_WORKER: "false",
  POOL_WORKER: "false",
};

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

const servers: ServeProcess[] = [];
const controllers: AbortController[] = [];
let failed = false;
try {
  // One after the other: the first migrates the schema.
  servers.push(await startServe({ env }));
  servers.push(await startServe({ env }));
  const database = await openDatabase({ url: BASE_URL, searchPath: schema, maxConnections: 5 });
  const db = database.db;
  const organization = await createOrganization(db, {
    slug: "penkki",
    name: { fi: "Penkki", sv: "Penkki", en: "Penkki" },
    languages: ["fi", "sv", "en"],
    actor: { label: "bench" },
  });
  const { jurors: members } = await runningJury(db, createSealer(randomBytes(32)), {
    organizationId: organization.id,
    jurors,
  });
  const sessions = await Promise.all(members.map((m) => memberSession(db, m)));
  await database.close();

  /**
   * One round: `listeners` jurors hold streams open (half on each process) while `posts` posts
   * are written through both processes, 5 at a time; every post × every stream is a delivery.
   */
  const run = async (listeners: number, posts: number, offset: number) => {
    /** postId → for each stream, when it arrived. */
    const arrivals = new Map<string, number[]>();
    const round: AbortController[] = [];
    const opened: Promise<void>[] = [];
    for (const [i, session] of sessions.slice(0, listeners).entries()) {
      const server = servers[i % 2]!;
      const controller = new AbortController();
      controllers.push(controller);
      round.push(controller);
      opened.push(
        (async () => {
          const response = await fetch(`${server.base}/api/orgs/penkki/jury-space/me/live`, {
            headers: { "x-jury-session": session },
            signal: controller.signal,
          });
          if (response.status !== 200) throw new Error(`live: ${response.status}`);
          const reader = response.body!.getReader();
          const decoder = new TextDecoder();
          let buffer = "";
          let ready: () => void = () => {};
          const isReady = new Promise<void>((resolve) => {
            ready = resolve;
          });
          void (async () => {
            try {
              for (;;) {
                const { value, done } = await reader.read();
                if (done) return;
                const now = performance.now();
                buffer += decoder.decode(value, { stream: true });
                let cut = buffer.indexOf("\n\n");
                while (cut >= 0) {
                  const block = buffer.slice(0, cut);
                  buffer = buffer.slice(cut + 2);
                  if (block.startsWith("event: ready")) ready();
                  const data = /^event: jury\ndata: (.*)$/m.exec(block);
                  if (data) {
                    const hint = JSON.parse(data[1]!) as { type: string; postId?: string };
                    if (hint.type === "post" && hint.postId) {
                      const list = arrivals.get(hint.postId) ?? [];
                      list.push(now);
                      arrivals.set(hint.postId, list);
                    }
                  }
                  cut = buffer.indexOf("\n\n");
                }
              }
            } catch {
              // aborted at the end
            }
          })();
          await isReady;
        })(),
      );
    }
    await Promise.all(opened);

    const sent = new Map<string, number>();
    /** When each POST's answer came back (the commit is before it). */
    const answered = new Map<string, number>();
    const started = performance.now();
    // Posts from different jurors through alternating processes, 5 at a time.
    for (let k = 0; k < posts; k += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, posts - k) }, async (_, j) => {
          const n = offset + k + j;
          const at = performance.now();
          const response = await fetch(
            `${servers[n % 2]!.base}/api/orgs/penkki/jury-space/me/posts`,
            {
              method: "POST",
              headers: {
                "content-type": "application/json",
                "x-jury-session": sessions[n % jurors]!,
              },
              body: JSON.stringify({
                body: `Ajatus numero ${n}: lisää iltaharrastuksia`,
                parentId: null,
              }),
            },
          );
          if (response.status !== 201)
            throw new Error(`post: ${response.status} ${await response.text()}`);
          const id = ((await response.json()) as { id: string }).id;
          sent.set(id, at);
          answered.set(id, performance.now());
        }),
      );
    }
    const writing = performance.now() - started;
    const deadline = Date.now() + 10_000;
    while (
      Date.now() < deadline &&
      [...sent.keys()].some((id) => (arrivals.get(id)?.length ?? 0) < listeners)
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const c of round) c.abort();
    const latencies: number[] = [];
    let missing = 0;
    for (const [id, at] of sent) {
      const got = arrivals.get(id) ?? [];
      missing += listeners - got.length;
      for (const t of got) latencies.push(t - at);
    }
    latencies.sort((a, b) => a - b);
    const requests = [...sent].map(([id, at]) => answered.get(id)! - at).sort((a, b) => a - b);
    const afterAnswer = [...sent.keys()]
      .flatMap((id) => (arrivals.get(id) ?? []).map((t) => t - answered.get(id)!))
      .sort((a, b) => a - b);
    const p99 = percentile(latencies, 0.99);
    console.log(
      `${listeners} jurors listening, ${listeners / 2} on each of 2 server processes (load average ${loadavg()[0]!.toFixed(1)}): ` +
        `${posts} posts in ${writing.toFixed(0)} ms → ${latencies.length} deliveries\n` +
        `  the POST itself: p50 ${percentile(requests, 0.5).toFixed(1)} ms, p99 ${percentile(requests, 0.99).toFixed(1)} ms; ` +
        `delivered after the POST's answer: p50 ${percentile(afterAnswer, 0.5).toFixed(1)} ms, p99 ${percentile(afterAnswer, 0.99).toFixed(1)} ms\n` +
        `  post → delivered p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ` +
        `max ${latencies[latencies.length - 1]!.toFixed(1)} ms; missing ${missing}`,
    );
    if (missing > 0) {
      console.error("  some posts never reached some jurors");
      failed = true;
    }
    return { p99, request99: percentile(requests, 0.99) };
  };

  await run(2, 10, 0); // warm-up: connections, prepared code paths
  // Baseline in the same process and on the same servers: few listeners, so the figure is the
  // write and NOTIFY path alone; the measured round adds the fan-out to every juror.
  const base = await run(baseline, posts, 10);
  const measured = await run(jurors, posts, 10 + posts);
  console.log(
    `ratio p99 ${jurors} vs ${baseline} listeners: delivery ${(measured.p99 / base.p99).toFixed(2)}×, ` +
      `the POST itself ${(measured.request99 / base.request99).toFixed(2)}×`,
  );
  if (measured.p99 >= 200) {
    console.error("  p99 is over the 200 ms target");
    failed = true;
  }
} finally {
  for (const c of controllers) c.abort();
  for (const s of servers) await s.stop();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end().catch(() => {});
}
process.exit(failed ? 1 : 0);
