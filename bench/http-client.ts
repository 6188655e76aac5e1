/**
 * A lean HTTP/1.1 client for the vote benchmarks: keep-alive sockets from node:net, one request
 * at a time per socket, requests written as one string, answers parsed for their status line,
 * Content-Length or chunked body. On a 2-core machine the load generator shares the cores with
 * the server and PostgreSQL; node:http's client cost about 0.3 ms of CPU per vote there, a
 * share of the machine that the server under test then did not have.
 */
import { connect, type Socket } from "node:net";

export interface Answer {
  /** HTTP status; 0 when there was no complete answer in time or the connection failed. */
  status: number;
  body: string;
}

interface Job {
  path: string;
  head: string;
  payload: string;
  /** performance.now() by which the answer must have come. */
  deadline: number;
  resolve: (answer: Answer) => void;
}

interface Connection {
  socket: Socket;
  /** Bytes of the answer being read. */
  chunks: Buffer[];
  size: number;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

const HEADER_END = Buffer.from("\r\n\r\n");

/** The answer in `data` if it is complete: status, body and whether the server closes. */
function parse(data: Buffer): { status: number; body: string; close: boolean } | undefined {
  const end = data.indexOf(HEADER_END);
  if (end === -1) return undefined;
  const head = data.toString("latin1", 0, end);
  const lines = head.split("\r\n");
  const status = Number(lines[0]!.slice(9, 12));
  let length = -1;
  let chunked = false;
  let close = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === "content-length") length = Number(value);
    else if (name === "transfer-encoding") chunked = value.toLowerCase().includes("chunked");
    else if (name === "connection") close = value.toLowerCase() === "close";
  }
  const start = end + 4;
  if (!chunked) {
    const size = length === -1 ? 0 : length;
    if (data.length < start + size) return undefined;
    return { status, body: data.toString("utf8", start, start + size), close };
  }
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = data.indexOf("\r\n", at);
    if (lineEnd === -1) return undefined;
    const size = Number.parseInt(data.toString("latin1", at, lineEnd), 16);
    if (size === 0) {
      if (data.length < lineEnd + 4) return undefined;
      return { status, body: Buffer.concat(parts).toString("utf8"), close };
    }
    if (data.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** A client for one server (`http://host:port`), with at most `maxSockets` connections. */
export function createHttpClient(base: string, options: { maxSockets?: number } = {}) {
  const url = new URL(base);
  const host = url.hostname;
  const port = Number(url.port || 80);
  const maxSockets = options.maxSockets ?? 2048;
  const idle: Connection[] = [];
  const waiting: Job[] = [];
  let open = 0;

  const finish = (c: Connection, answer: Answer, reuse: boolean) => {
    const job = c.job;
    clearTimeout(c.timer);
    c.job = undefined;
    c.chunks = [];
    c.size = 0;
    if (!reuse) {
      c.socket.destroy();
    }
    job?.resolve(answer);
    if (reuse) {
      const next = waiting.shift();
      if (next) send(c, next);
      else idle.push(c);
    } else {
      open--;
      const next = waiting.shift();
      if (next) start(next);
    }
  };

  const send = (c: Connection, job: Job) => {
    c.job = job;
    c.timer = setTimeout(
      () => finish(c, { status: 0, body: "" }, false),
      Math.max(1, job.deadline - performance.now()),
    );
    c.socket.write(job.head + job.payload);
  };

  const start = (job: Job) => {
    open++;
    const socket = connect({ host, port, noDelay: true });
    const c: Connection = { socket, chunks: [], size: 0, job: undefined, timer: undefined };
    socket.on("data", (chunk: Buffer) => {
      if (!c.job) return;
      c.chunks.push(chunk);
      c.size += chunk.length;
      const data = c.chunks.length === 1 ? chunk : Buffer.concat(c.chunks, c.size);
      if (c.chunks.length > 1) c.chunks = [data];
      const answer = parse(data);
      if (answer) finish(c, { status: answer.status, body: answer.body }, !answer.close);
    });
    const fail = () => {
      if (c.job) finish(c, { status: 0, body: "" }, false);
      else {
        const i = idle.indexOf(c);
        if (i !== -1) {
          idle.splice(i, 1);
          open--;
        }
      }
    };
    socket.on("error", fail);
    socket.on("close", fail);
    send(c, job);
  };

  return {
    /** POSTs JSON; resolves with the status (0: no answer within `timeoutMs` or a network error). */
    post(
      path: string,
      body: unknown,
      headers: Record<string, string> = {},
      timeoutMs = 10_000,
    ): Promise<Answer> {
      return this.send("POST", path, body, headers, timeoutMs);
    },
    /** Sends JSON with `method` (POST, PUT, …); as `post`. */
    send(
      method: string,
      path: string,
      body: unknown,
      headers: Record<string, string> = {},
      timeoutMs = 10_000,
    ): Promise<Answer> {
      const payload = JSON.stringify(body);
      let head = `${method} ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n`;
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      head += "\r\n";
      return new Promise((resolve) => {
        const job: Job = { path, head, payload, deadline: performance.now() + timeoutMs, resolve };
        const c = idle.pop();
        if (c) send(c, job);
        else if (open < maxSockets) start(job);
        else {
          // Waiting for a free connection counts against the timeout too.
          const timer = setTimeout(() => {
            const i = waiting.indexOf(job);
            if (i === -1) return; // being sent: its own timer runs
            waiting.splice(i, 1);
            resolve({ status: 0, body: "" });
          }, timeoutMs);
          job.resolve = (answer) => {
            clearTimeout(timer);
            resolve(answer);
          };
          waiting.push(job);
        }
      });
    },
    close() {
      for (const c of idle) c.socket.destroy();
      idle.length = 0;
    },
  };
}
