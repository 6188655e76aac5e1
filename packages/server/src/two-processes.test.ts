import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type AddressInfo, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenFromMail } from "./test-app.js";

/**
 * Two real `kuulo serve` processes on one PostgreSQL database: they start together (migrations
 * must not race), a staff member signs in through one and works through the other, and a rate
 * limit counts requests to both. Needs DATABASE_URL (PGlite is one process by nature).
 */

const url = process.env.DATABASE_URL;
const bin = fileURLToPath(new URL("../../cli/bin/kuulo.js", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

async function waitReady(base: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${base}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${base} did not become ready:\n${log()}`);
}

describe.skipIf(!url)("two server processes on one PostgreSQL", () => {
  const schema = `kuulo_two_${randomBytes(5).toString("hex")}`;
  type Running = { base: string; child: ChildProcess; log: () => string };
  const servers: Running[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const separator = url!.includes("?") ? "&" : "?";
    const databaseUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      let output = "";
      const child = spawn(process.execPath, [bin, "serve", "--demo"], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          PUBLIC_URL: `http://localhost:${port}`,
          LOG_LEVEL: "warn",
          SIGN_IN_RATE_LIMIT: "3",
          WEB_DIST: "/nonexistent",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout!.on("data", (d) => {
        output += d;
      });
      child.stderr!.on("data", (d) => {
        output += d;
      });
      servers.push({ base: `http://127.0.0.1:${port}`, child, log: () => output });
    }
    await Promise.all(
      servers.map((s) => waitReady(s.base, s.child, (s as unknown as { log: () => string }).log)),
    );
  }, 90_000);

  afterAll(async () => {
    for (const s of servers) s.child.kill("SIGTERM");
    await Promise.all(
      servers.map((s) =>
        s.child.exitCode !== null ? undefined : new Promise((r) => s.child.once("exit", r)),
      ),
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  it("signs in through one process and uses the session through the other", async () => {
    const [a, b] = servers as [Running, Running];
    const asked = await fetch(`${a.base}/api/auth/sign-in-link`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@kuulo.example", org: "keski-suomi-demo" }),
    });
    expect(asked.status).toBe(202);
    // The mail queue and the outbox live in the database: a mail worker (in either process)
    // sends the mail that A queued, and process B shows it.
    let mail: { to: string; text: string } | undefined;
    for (let i = 0; i < 100 && !mail; i++) {
      const outbox = (await (await fetch(`${b.base}/api/dev/outbox`)).json()) as {
        messages: { to: string; text: string }[];
      };
      mail = outbox.messages.find((m) => m.to === "admin@kuulo.example");
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!mail) throw new Error("no mail for admin@kuulo.example in the outbox");
    const signedIn = await fetch(`${a.base}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: tokenFromMail(mail.text) }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie()[0]!.split(";")[0]!;
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };

    const me = await fetch(`${b.base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(
      "admin@kuulo.example",
    );

    const patched = await fetch(`${b.base}/api/orgs/keski-suomi-demo/settings`, {
      method: "PATCH",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify({ themeColor: "#123456" }),
    });
    expect(patched.status).toBe(200);
    const seenByA = (await (await fetch(`${a.base}/api/orgs/keski-suomi-demo`)).json()) as {
      themeColor: string;
    };
    expect(seenByA.themeColor).toBe("#123456");

    const out = await fetch(`${a.base}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${b.base}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("carries live events from one process to the other (Server-Sent Events over LISTEN/NOTIFY)", async () => {
    const [a, b] = servers as [Running, Running];
    const org = (await (await fetch(`${a.base}/api/orgs/keski-suomi-demo`)).json()) as {
      activities: { url: string }[];
    };
    const publicId = org.activities[0]!.url.split("/").pop()!;
    const controller = new AbortController();
    const stream = await fetch(`${b.base}/api/p/c/${publicId}/events`, {
      signal: controller.signal,
    });
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = stream.body!.getReader();
    const received = (async () => {
      let text = "";
      while (!text.includes("event: votes")) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    const voted = await fetch(`${a.base}/api/p/c/${publicId}/votes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tid: 0, vote: "agree" }),
    });
    expect(voted.status).toBe(200);
    expect(await received).toContain('data: {"type":"votes"');
    controller.abort();
  });

  it("counts a rate limit across both processes", async () => {
    const [a, b] = servers as [Running, Running];
    const ask = (base: string) =>
      fetch(`${base}/api/auth/sign-in-link`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "shared-limit@example.fi" }),
      });
    const statuses = [];
    for (const base of [a.base, b.base, a.base, b.base]) statuses.push((await ask(base)).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});
