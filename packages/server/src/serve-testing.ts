import { type ChildProcess, spawn } from "node:child_process";
import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { fileURLToPath } from "node:url";

/** Helpers for tests that start real `kuulo serve` processes (PostgreSQL only). */

const bin = fileURLToPath(new URL("../../cli/bin/kuulo.js", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServeProcess {
  base: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr. */
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts `kuulo serve` with the given environment on a free loopback port and waits until ready. */
export async function startServe(options: {
  env: Record<string, string>;
  demo?: boolean;
  /** How long to wait for /api/ready (default 60 s). */
  readyWithinMs?: number;
}): Promise<ServeProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [bin, "serve", ...(options.demo ? ["--demo"] : [])], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
      WEB_DIST: "/nonexistent",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => {
    output += d;
  });
  child.stderr!.on("data", (d) => {
    output += d;
  });
  const running: ServeProcess = {
    base: `http://127.0.0.1:${port}`,
    child,
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
  await waitReady(running, options.readyWithinMs ?? 60_000);
  return running;
}

/** Waits until /api/ready answers 200; throws with the process's log when it exits or times out. */
export async function waitReady(server: ServeProcess, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (server.child.exitCode !== null) {
      throw new Error(`server exited (${server.child.exitCode}):\n${server.log()}`);
    }
    try {
      const response = await fetch(`${server.base}/api/ready`, {
        signal: AbortSignal.timeout(5000),
      });
      await response.arrayBuffer();
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${server.base} did not become ready:\n${server.log()}`);
}

/**
 * A TCP proxy on loopback in front of PostgreSQL: `cut()` drops every connection and refuses new
 * ones (the database seems down, as in a restart or failover), `restore()` accepts again.
 */
export interface TcpProxy {
  port: number;
  cut: () => Promise<void>;
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const port = await freePort();
  let server: Server | undefined;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const shut = async () => {
    const closed = new Promise<void>((resolve) =>
      server ? server.close(() => resolve()) : resolve(),
    );
    for (const s of sockets) s.destroy();
    sockets.clear();
    await closed;
    server = undefined;
  };
  await open();
  return { port, cut: shut, restore: open, close: shut };
}
