// Benchmark of issue #16's selection: a panel's candidates from a staff list CSV of synthetic
// sign-ups (ages 15–80, the demo county's municipalities), quotas over age band, gender and
// municipality, the seed announced, then the draw through the API of a real server on the
// embedded database. 250 sign-ups → 40 seats must answer in under 15 s; the baseline
// 100 → 20 runs in the same process and the ratio is printed. The server runs in this process,
// so the longest event-loop stall during the draw is printed too: the LEXIMIN runs on the
// request's thread, and a stall of seconds would hold every other request back.
// Run: npm run bench panels [-- SIGNUPS SEATS]   (default 250 40)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addStaff, createOrganization, issueSignInLink, startServer } from "@kuulo/server";
import { freePort, shareQuotas, syntheticSignUps } from "@kuulo/server/testing";

const signUps = Number(process.argv[2] ?? 250);
const seats = Number(process.argv[3] ?? 40);
const LIMIT_SECONDS = 15;

const dataDir = mkdtempSync(join(tmpdir(), "kuulo-bench-panels-"));
const port = await freePort();
const publicUrl = `http://localhost:${port}`;
const server = await startServer({
  env: {
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: publicUrl,
    LOG_LEVEL: "silent",
  },
});
let failed = false;
try {
  const db = server.database.db;
  const organization = await createOrganization(db, {
    slug: "penkki",
    name: { fi: "Penkki", sv: "Penkki", en: "Penkki" },
    languages: ["fi", "sv", "en"],
    actor: { label: "bench" },
  });
  const staff = await addStaff(db, {
    organizationId: organization.id,
    email: "fasilitaattori@penkki.fi",
    displayName: "Fasilitaattori",
    roles: ["facilitator"],
    actor: { label: "bench" },
  });
  const link = await issueSignInLink(db, {
    userId: staff.id,
    organizationId: organization.id,
    publicUrl,
    minutes: 10,
  });
  const base = `http://127.0.0.1:${port}/api`;
  const signIn = await fetch(`${base}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: new URL(link).searchParams.get("token") }),
  });
  const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
  const me = (await (await fetch(`${base}/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const call = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${base}/orgs/penkki${path}`, {
      method,
      headers: { cookie, "x-csrf-token": me.csrfToken, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  /** One panel through the API; returns the draw's wall time in seconds. */
  const run = async (count: number, k: number) => {
    const people = syntheticSignUps(count, `penkki-${count}`);
    const panel = await call("POST", "/panels", {
      title: `Penkkipaneeli ${count} → ${k}`,
      targetSize: k,
      reserves: 10,
      quotas: shareQuotas(people, ["ageBand", "gender", "municipality"], k),
      source: "staff_list",
    });
    const id = panel.id as string;
    await call("PUT", `/panels/${id}/status`, { status: "recruiting" });
    const csv = [
      "name,email,language,ageBand,gender,municipality",
      ...people.map((p) =>
        [
          p.contact.name,
          p.contact.email.replace(".invalid", ".fi"),
          p.language,
          p.attributes.ageBand,
          p.attributes.gender,
          p.attributes.municipality,
        ].join(","),
      ),
    ].join("\n");
    await call("POST", `/panels/${id}/candidates`, { file: Buffer.from(csv).toString("base64") });
    await call("PUT", `/panels/${id}/seed-announcement`, {
      announcement: "Lotto, the main numbers of the next draw",
      knownAt: new Date(Date.now() - 1000).toISOString(),
    });
    // A 10 ms ticker: the longest gap between its ticks is the longest stall.
    let last = performance.now();
    let stall = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const drawn = await call("POST", `/panels/${id}/draw`, { seed: `7 12 19 23 31 ${count}` });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(ticker);
    stall = Math.max(stall, performance.now() - last);
    console.log(
      `${count} sign-ups → ${k} seats: draw through the API ${seconds.toFixed(2)} s ` +
        `(LEXIMIN ${(drawn.seconds as number).toFixed(2)} s), seated ${(drawn.seated as unknown[]).length}, ` +
        `longest event-loop stall ${stall.toFixed(0)} ms`,
    );
    return seconds;
  };

  // Warm-up (not counted): the first draw loads the solver (HiGHS, WebAssembly).
  await run(30, 6);
  const baseline = await run(100, 20);
  const measured = await run(signUps, seats);
  console.log(
    `ratio ${signUps}→${seats} / 100→20: ${(measured / baseline).toFixed(2)}×; ` +
      `limit ${LIMIT_SECONDS} s: ${((measured / LIMIT_SECONDS) * 100).toFixed(0)} %`,
  );
  if (measured > LIMIT_SECONDS) failed = true;
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
