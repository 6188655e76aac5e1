// The compiled JavaScript (dist/) runs on plain node: the @kuulo packages resolve to dist/
// without the `kuulo-source` condition, every worker thread starts its compiled module, and
// neither tsx nor a TypeScript source is loaded (a resolve hook in every thread refuses them).
// The packages are compiled first when dist/ is missing or older than the sources.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

// Loaded with --import in the process and (execArgv is inherited) in each of its worker threads.
// Node.js 22.15+ has in-thread hooks (module.registerHooks); module.register, which Node.js 20
// needs, is deprecated from Node.js 26 on and would print a warning.
const refuseSources = String.raw`
  if (/\.(ts|mts|cts)$/.test(r.url) || r.url.includes("/node_modules/tsx/"))
    throw new Error("compiled code loaded " + r.url);
  return r;`;
const guard = `data:text/javascript,${encodeURIComponent(`
import * as m from "node:module";
if (m.registerHooks) m.registerHooks({ resolve(s, c, next) { const r = next(s, c); ${refuseSources} } });
else m.register("data:text/javascript," + encodeURIComponent(
  ${JSON.stringify(`export async function resolve(s, c, next) { const r = await next(s, c); ${refuseSources} }`)}));
`)}`;

/** Plain node with the guard; no inherited NODE_OPTIONS or conditions. */
function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { NODE_OPTIONS: _, ...rest } = process.env;
  return { args: ["--import", guard, ...args], env: { ...rest, ...env } };
}

function find(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const found = find(path, name);
      if (found) return found;
    } else if (entry === name) return path;
  }
  return undefined;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale", "packages"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
}, 600_000);

describe("the compiled JavaScript", () => {
  it("runs the libraries and their worker threads without tsx", () => {
    const mathRunner = find(join(root, "packages/server/dist"), "math-runner.js")!;
    const script = `
      const resolved = import.meta.resolve("@kuulo/text");
      const { startTextWorker } = await import("@kuulo/text");
      const { sweepInThread } = await import(new URL("./sweep-pool.js", resolved).href);
      const { analyzeInThreads } = await import(new URL("./lemma-pool.js", resolved).href);
      const { parseReadings } = await import("@kuulo/voikko");
      const { createMathRunner } = await import(${JSON.stringify(`file://${mathRunner}`)});

      const worker = startTextWorker();
      const texts = ["Jonot terveyskeskukseen ovat pitkiä.", "Terveyskeskuksen jonot ovat liian pitkiä.",
        "Bussit kulkevat harvoin.", "Bussivuoroja on liian vähän.", "Kirjasto on hyvä.", "Kirjaston aukioloajat ovat hyvät."];
      const report = await worker.analyze({ answers: texts.map((text, i) => ({ id: String(i), text })), k: 2, kMin: 2, kMax: 3 });
      await worker.close();

      const vectors = [0, 0, 1, 1, 2, 2].map((i) => ({ indices: Uint32Array.of(i), values: Float64Array.of(1) }));
      const sweep = sweepInThread({ vectors, dim: 3, kMin: 2, kMax: 3, seed: 1 }).result();

      // The worker thread's share (the first half) comes back as Voikko's readings in text.
      const readings = analyzeInThreads({ words: ["talossa", "kirjastossa", "auto", "kissa"], threads: 2, local: () => {} });

      const runner = createMathRunner();
      const alive = setInterval(() => {}, 1000); // the math thread is unref()ed
      const votes = { participant: [0, 0, 1, 1, 2, 2], statement: [0, 1, 0, 1, 0, 1], vote: [1, -1, 1, -1, -1, 1] };
      const math = await runner.run({ state: null, votes, moderation: [], segments: [] });
      await runner.close();
      clearInterval(alive);

      console.log(JSON.stringify({
        resolved,
        themes: report.themes.length,
        sweep: sweep === null ? null : sweep.entries.length,
        lemma: readings ? (parseReadings(readings[0])[0]?.baseform ?? null) : null,
        participants: math.results.participants,
      }));`;
    // A file, not -e: worker threads inherit the process' execArgv, and --input-type is refused there.
    const file = join(root, "node_modules", `.kuulo-compiled-test-${process.pid}.mjs`);
    writeFileSync(file, script);
    const { args, env } = node([file]);
    const out = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    rmSync(file);
    expect(out.stderr).toBe("");
    const result = JSON.parse(out.stdout);
    expect(result.resolved).toBe(`file://${root}packages/text/dist/index.js`);
    expect(result.themes).toBe(2);
    expect(result.sweep).toBe(2);
    expect(result.lemma).toBe("talo");
    expect(result.participants).toBe(3);
  }, 120_000);

  it("renders a phone prompt from dist/ with eSpeak NG's WebAssembly, offline", () => {
    const script = `
      const { renderPrompt } = await import("@kuulo/phone/audio");
      const prompt = await renderPrompt({ text: "Paina 1.", language: "fi", rate: "slow" });
      const head = Buffer.from(prompt.bytes.subarray(0, 12)).toString("latin1");
      console.log(JSON.stringify({ resolved: import.meta.resolve("@kuulo/phone/audio"), head, seconds: prompt.seconds }));`;
    const file = join(root, "node_modules", `.kuulo-compiled-audio-${process.pid}.mjs`);
    writeFileSync(file, script);
    const { args, env } = node([file]);
    const out = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    rmSync(file);
    expect(out.stderr).toBe("");
    const result = JSON.parse(out.stdout);
    expect(result.resolved).toBe(`file://${root}packages/phone/dist/audio/index.js`);
    expect(result.head).toMatch(/^RIFF.{4}WAVE$/s);
    expect(result.seconds).toBeGreaterThan(0.5);
  }, 120_000);

  it("runs the kuulo command from dist/", () => {
    const { args, env } = node([
      join(root, "packages/cli/bin/kuulo.js"),
      "opinion",
      "analyze",
      "--help",
    ]);
    const out = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("kuulo opinion analyze");
    expect(out.status).toBe(0);
  }, 60_000);

  describe("kuulo serve", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kuulo-compiled-"));
    let server: ChildProcess | undefined;
    let output = "";
    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((r) => server!.once("exit", r));
        server.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("serves from dist/ on the embedded database: migrations, demo, health", async () => {
      const port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, "127.0.0.1", () => {
          const { port } = probe.address() as { port: number };
          probe.close(() => resolve(port));
        });
      });
      const { args, env } = node([join(root, "packages/cli/dist/run.js"), "serve", "--demo"], {
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
        WEB_DIST: "/nonexistent",
      });
      server = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
      server.stdout!.on("data", (d) => {
        output += d;
      });
      server.stderr!.on("data", (d) => {
        output += d;
      });
      const deadline = Date.now() + 170_000;
      let status = 0;
      while (Date.now() < deadline && server.exitCode === null) {
        status = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200 && output.includes("Sign in as")) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect({ status, output: output.includes("compiled code loaded") ? output : "" }).toEqual({
        status: 200,
        output: "",
      });
      const organization = await fetch(`http://127.0.0.1:${port}/api/orgs/keski-suomi-demo`);
      expect(organization.status).toBe(200);
      expect(output).toContain("Sign in as the demo county's admin");
    }, 180_000);
  });
});
