// Benchmark of robot phone calls (issue #19): a campaign of N numbers (default 10,000) through
// the fake provider (Twilio's wire format) against a real `kuulo serve` process on PostgreSQL
// (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a schema of its own). A small
// proxy in front of the server times every callback. When 30 % of the attempts have ended the
// server is killed with SIGKILL and a new one started; the calls it had in flight time out
// (PHONE_CALL_TIMEOUT_MINUTES=1) and are tried again under the next attempt number.
// Prints calls per minute, callback p50/p99, and the checks: no (number, attempt) twice, no
// attempt placed twice with the provider, no answer of a fully answered call lost.
// Run: npm run bench phone [-- NUMBERS [CONCURRENT]]   (default 10000 40)
import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { startFakeProvider } from "@kuulo/phone/fake";
import {
  createCampaign,
  createOrganization,
  createSealer,
  openDatabase,
  phoneCalls,
  phoneNumbers,
  publishedPhoneSurvey,
  type ServeProcess,
  setCampaignStatus,
  startServe,
  surveyResponses,
  uploadNumbers,
} from "@kuulo/server/testing";
import { and, eq, sql } from "drizzle-orm";
import pg from "pg";

const N = Number(process.argv[2] ?? 10_000);
const CONCURRENT = Number(process.argv[3] ?? 40);
const KEY = "fedcba9876543210".repeat(4);
const TWILIO = { accountSid: "ACbench", authToken: "bench-token" };
const KEYS = ["1", "1", "4", "3", "42#"];
const actor = { label: "bench" };

const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: BASE_URL });
await admin.connect();
await admin.query(`create schema ${schema}`);
const dbUrl = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

const numbers = Array.from({ length: N }, (_, i) => `+35850${String(1_000_000 + i)}`);
const fake = await startFakeProvider({
  twilio: TWILIO,
  scripts: Object.fromEntries(numbers.map((n) => [n, { kind: "answer" as const, keys: KEYS }])),
});

// The proxy: the public URL the provider calls; forwards to the current server, times each call.
let target = "";
const latencies: number[] = [];
const proxy = createServer((req, res) => {
  const started = performance.now();
  const url = new URL(req.url ?? "/", target);
  const forward = httpRequest(
    url,
    { method: req.method, headers: { ...req.headers, host: url.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on("end", () => latencies.push(performance.now() - started));
    },
  );
  forward.on("error", () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(forward);
});
await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
const publicUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

const env = {
  DATABASE_URL: dbUrl,
  PUBLIC_URL: publicUrl,
  LOG_LEVEL: "error",
  DATA_ENCRYPTION_KEY: KEY,
  OUTBOUND_URL_ALLOW: "http://127.0.0.1:*",
  PHONE_TWILIO_ACCOUNT_SID: TWILIO.accountSid,
  PHONE_TWILIO_AUTH_TOKEN: TWILIO.authToken,
  PHONE_TWILIO_API_URL: `${fake.url}/2010-04-01`,
  PHONE_INTERVAL_MS: "200",
  PHONE_CALL_TIMEOUT_MINUTES: "1",
  ACTIONS_WORKER: "false",
  POOL_WORKER: "false",
};
let server: ServeProcess = await startServe({ env });
target = server.base;

const database = await openDatabase({ url: dbUrl, searchPath: schema });
const db = database.db;
const org = await createOrganization(db, {
  slug: "puhelupenkki",
  name: { fi: "Puhelupenkki", sv: "Puhelupenkki", en: "Puhelupenkki" },
  languages: ["fi", "sv"],
  actor,
});
const survey = await publishedPhoneSurvey(db, org.id);
const campaign = await createCampaign(db, {
  organizationId: org.id,
  actor,
  input: {
    name: "Penkki",
    surveyId: survey.id,
    provider: "twilio",
    caller: "Penkkialueen",
    callingNumber: "+358101000000",
    languages: ["fi"],
    rate: "normal",
    window: { days: [1, 2, 3, 4, 5, 6, 7], fromHour: 0, toHour: 24, skipHolidays: false },
    maxAttempts: 3,
    spacingHours: 0,
    maxConcurrent: CONCURRENT,
    smsNotice: false,
    machineDetection: false,
  },
});
await uploadNumbers(db, createSealer(Buffer.from(KEY, "hex")), {
  organizationId: org.id,
  campaignId: campaign.id,
  file: Buffer.from(`number\n${numbers.join("\n")}\n`),
  consentBasis: "bench",
  actor,
});
for (const status of ["ready", "running"] as const)
  await setCampaignStatus(db, { organizationId: org.id, campaignId: campaign.id, status, actor });

const counts = async () => {
  const [row] = await db
    .select({
      ended: sql<number>`count(*) filter (where ${phoneCalls.status} = 'ended')::int`,
      all: sql<number>`count(*)::int`,
    })
    .from(phoneCalls)
    .where(eq(phoneCalls.campaignId, campaign.id));
  const [open] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(phoneNumbers)
    .where(
      and(
        eq(phoneNumbers.campaignId, campaign.id),
        sql`${phoneNumbers.status} in ('waiting', 'in_call')`,
      ),
    );
  return { ended: row!.ended, all: row!.all, open: open!.n };
};

const started = performance.now();
let killed = false;
let killedAt = 0;
const perMinute: number[] = [];
let lastEnded = 0;
let lastAt = started;
for (;;) {
  await new Promise((r) => setTimeout(r, 1000));
  const c = await counts();
  const now = performance.now();
  if (now - lastAt >= 10_000) {
    perMinute.push(((c.ended - lastEnded) * 60_000) / (now - lastAt));
    lastEnded = c.ended;
    lastAt = now;
  }
  if (!killed && c.ended >= 0.3 * N) {
    server.child.kill("SIGKILL");
    await new Promise((r) => server.child.once("exit", r));
    killed = true;
    killedAt = c.ended;
    console.log(`SIGKILL after ${c.ended} ended attempts (${c.all - c.ended} in flight)`);
    server = await startServe({ env });
    target = server.base;
  }
  if (c.open === 0 || now - started > 30 * 60_000) break;
}
await fake.settled();
const seconds = (performance.now() - started) / 1000;
const final = await counts();

// Checks.
const [dupAttempts] = (
  await admin.query(
    `select count(*)::int as n from (select number_id, attempt from ${schema}.phone_calls group by 1, 2 having count(*) > 1) d`,
  )
).rows;
const byCall = new Map<string, number>();
for (const call of fake.calls) {
  const id = /\/api\/phone\/twilio\/([0-9a-f-]{36})\//.exec(call.posts[0]?.url ?? "")?.[1];
  if (id) byCall.set(id, (byCall.get(id) ?? 0) + 1);
}
const placedTwice = [...byCall.values()].filter((n) => n > 1).length;
const fullyAnswered = fake.calls.filter(
  (c) => c.outcome === "completed" && c.posts.every((p) => p.status < 300),
).length;
const complete = await db
  .select({ answers: surveyResponses.answers })
  .from(surveyResponses)
  .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.channel, "phone")));
const withAll = complete.filter((r) => Object.keys(r.answers).length === 4).length;
const sorted = latencies.sort((a, b) => a - b);
const pct = (q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

console.log(`phone: ${N} numbers, ${CONCURRENT} calls at once, ${seconds.toFixed(0)} s`);
console.log(`  attempts ended ${final.ended} (${final.all} placed), numbers left ${final.open}`);
console.log(
  `  calls per minute: mean ${((final.ended * 60) / seconds).toFixed(0)}, per 10 s window min ${Math.min(...perMinute).toFixed(0)} max ${Math.max(...perMinute).toFixed(0)}`,
);
console.log(
  `  callbacks ${sorted.length}: p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms`,
);
console.log(`  SIGKILL at ${killedAt} ended attempts; resumed: ${final.open === 0 ? "yes" : "NO"}`);
console.log(
  `  check (number, attempt) twice: ${dupAttempts.n} ${dupAttempts.n === 0 ? "ok" : "FAIL"}`,
);
console.log(
  `  check an attempt placed twice with the provider: ${placedTwice} ${placedTwice === 0 ? "ok" : "FAIL"}`,
);
console.log(
  `  check answers: ${fullyAnswered} calls answered to the end with every callback acknowledged, ${withAll} responses with all 4 answers ${withAll >= fullyAnswered ? "ok" : "FAIL"}`,
);

await server.stop();
await database.close();
await fake.close();
proxy.close();
await admin.query(`drop schema ${schema} cascade`);
await admin.end();
process.exit(dupAttempts.n === 0 && placedTwice === 0 && withAll >= fullyAnswered ? 0 : 1);
