/**
 * The sign-up page under load (issue #14: "sign-up page p99 at 50 requests/s"): a real
 * `kuulo serve` process on PostgreSQL, a recruitment round with sign-up codes made in this
 * process through the server's own services, then an open loop at a steady rate in which each
 * resident (from an address of their own, as X-Forwarded-For behind the proxy) first opens the
 * sign-up page with their code (POST …/signup/code, the page's data) and then signs up
 * (POST …/signup). Prints p50 / p95 / p99 per kind of request and the rate achieved. The round
 * is made as staff make it: an admin signed in through a link creates it, imports a synthetic
 * extract, draws and downloads the printing-house file with the codes (not measured).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { syntheticExtract } from "@kuulo/dvv";
import {
  addStaff,
  createOrganization,
  type Db,
  issueSignInLink,
  openDatabase,
} from "@kuulo/server";
import pg from "pg";
import { percentile, postJson, startServer } from "./votes-load.js";

const SESSION_DATE = "2027-03-06";

export interface SignUpLoadResult {
  seconds: number;
  offered: number;
  answered: number;
  failed: number;
  statuses: Record<string, number>;
  pageMs: number[];
  signUpMs: number[];
  allMs: number[];
}

const line = (label: string, ms: number[]) =>
  ms.length === 0
    ? `${label}: —`
    : `${label}: n ${ms.length}, p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms`;

export function printSignUpLoad(r: SignUpLoadResult, perSecond: number): void {
  console.log(
    `sign-up page at ${perSecond} requests/s for ${r.seconds.toFixed(1)} s: offered ${r.offered}, ` +
      `answered ${r.answered} (${(r.answered / r.seconds).toFixed(1)} requests/s achieved), ` +
      `failed ${r.failed}; statuses ${JSON.stringify(r.statuses)}`,
  );
  console.log(`  ${line("page data (POST …/signup/code)", r.pageMs)}`);
  console.log(`  ${line("sign-up (POST …/signup)", r.signUpMs)}`);
  console.log(`  ${line("all requests", r.allMs)}`);
  console.log(`  machine load average (1 min) after the loop: ${loadavg()[0]!.toFixed(2)}`);
}

/** Sets up the database, the server and the round, and runs the loop. */
export async function runSignUpLoad(options: {
  baseUrl: string;
  perSecond: number;
  seconds: number;
}): Promise<SignUpLoadResult> {
  const schema = `kuulo_bench_${randomBytes(4).toString("hex")}`;
  const dbUrl = `${options.baseUrl}${options.baseUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = new pg.Client({ connectionString: options.baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const server = await startServer({
    dbUrl,
    demo: false,
    env: { DATA_ENCRYPTION_KEY: randomBytes(32).toString("hex"), TRUST_PROXY: "true" },
  });
  const database = await openDatabase({ url: options.baseUrl, searchPath: schema });
  try {
    const { slug, codes } = await makeRound(database.db, server.base, options);
    return await openLoop({ ...options, base: server.base, slug, codes });
  } finally {
    server.child.kill("SIGTERM");
    await database.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

/** An admin of a new organization, signed in to the server: a cookie and the CSRF token. */
async function signedInAdmin(db: Db, base: string) {
  const actor = { label: "bench" };
  const org = await createOrganization(db, {
    slug: "penkkikunta",
    name: { fi: "Penkkikunta", sv: "Bänkkommun", en: "Bench county" },
    languages: ["fi", "sv"],
    actor,
  });
  const staff = await addStaff(db, {
    organizationId: org.id,
    email: "admin@penkkikunta.example",
    displayName: "Penkki",
    roles: ["admin"],
    actor,
  });
  const link = await issueSignInLink(db, {
    userId: staff.id,
    organizationId: org.id,
    publicUrl: base,
    minutes: 10,
  });
  const token = new URL(link).searchParams.get("token")!;
  const signedIn = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  if (!signedIn.ok) throw new Error(`sign-in: ${signedIn.status} ${await signedIn.text()}`);
  const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/orgs/${org.slug}${path}`, {
      method,
      headers: {
        cookie,
        ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return text;
  };
  return { slug: org.slug, call };
}

async function makeRound(
  db: Db,
  base: string,
  options: { perSecond: number; seconds: number },
): Promise<{ slug: string; codes: string[] }> {
  const { slug, call } = await signedInAdmin(db, base);
  const template = JSON.parse(
    readFileSync(
      fileURLToPath(new URL("../packages/cli/fixtures/dvv/kirje.template.json", import.meta.url)),
      "utf8",
    ),
  );
  // Each resident makes two requests: one code per two requests, and some to spare.
  const people = Math.ceil((options.perSecond * options.seconds) / 2) + 50;
  const round = JSON.parse(
    await call("POST", "/pool/rounds", {
      title: "Asukasraati",
      purpose: "Penkkitesti",
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      sessionDates: [SESSION_DATE],
      sampleSize: people,
      stratify: ["municipality"],
      seed: "penkki",
      letterTemplate: template,
      bilingual: false,
    }),
  ) as { id: string };
  const extract = Buffer.from(syntheticExtract({ rows: people * 3, seed: 50 }), "utf8");
  await call("POST", `/pool/rounds/${round.id}/frame`, {
    file: extract.toString("base64"),
    skipInvalid: true,
  });
  await call("POST", `/pool/rounds/${round.id}/draw`);
  const csv = await call("GET", `/pool/rounds/${round.id}/files/printing-house.csv`);
  const codes = [...csv.matchAll(/[2-9A-Z]{4}-[2-9A-Z]{4}/g)].map((m) => m[0]);
  if (codes.length < people) throw new Error(`only ${codes.length} codes for ${people} people`);
  return { slug, codes };
}

async function openLoop(options: {
  base: string;
  slug: string;
  codes: string[];
  perSecond: number;
  seconds: number;
}): Promise<SignUpLoadResult> {
  const result: SignUpLoadResult = {
    seconds: 0,
    offered: 0,
    answered: 0,
    failed: 0,
    statuses: {},
    pageMs: [],
    signUpMs: [],
    allMs: [],
  };
  const api = `${options.base}/api/orgs/${options.slug}/pool`;
  const record = (kind: "page" | "signup", status: number, ms: number) => {
    result.statuses[`${kind} ${status}`] = (result.statuses[`${kind} ${status}`] ?? 0) + 1;
    if (status === 0) {
      result.failed++;
      return;
    }
    result.answered++;
    (kind === "page" ? result.pageMs : result.signUpMs).push(ms);
    result.allMs.push(ms);
  };
  const timed = async (kind: "page" | "signup", url: string, body: object, address: string) => {
    const started = performance.now();
    const answer = await postJson(url, body, { "x-forwarded-for": address });
    record(kind, answer.status, performance.now() - started);
    return answer;
  };
  const pending: Promise<unknown>[] = [];
  const total = options.perSecond * options.seconds;
  const started = performance.now();
  // Request i: resident ⌊i/2⌋ opens the page (even i) or signs up (odd i), at its due time.
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const n = i >> 1;
    const code = options.codes[n]!;
    const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    result.offered++;
    pending.push(
      i % 2 === 0
        ? timed("page", `${api}/signup/code`, { code }, address)
        : timed(
            "signup",
            `${api}/signup`,
            {
              code,
              consentPurpose: true,
              consentResearch: n % 3 === 0,
              language: "fi",
              gender: n % 2 ? "man" : "woman",
              availability: [SESSION_DATE],
              email: `asukas-${n}@example.fi`,
            },
            address,
          ),
    );
  }
  await Promise.all(pending);
  result.seconds = (performance.now() - started) / 1000;
  for (const list of [result.pageMs, result.signUpMs, result.allMs]) list.sort((a, b) => a - b);
  return result;
}
