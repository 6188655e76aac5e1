import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

/**
 * The embedded database (PGlite in DATA_DIR) serves one process: a second process that opens
 * the same folder works on its own copy in memory and its writes are lost, or worse. So whoever
 * opens it — `kuulo serve` or a command such as `kuulo user add` — first takes DATA_DIR/kuulo.lock,
 * a small JSON file naming the holder (pid, command, and for a server its port and public URL).
 * A lock whose process no longer exists (a crash, a killed container) is stale and taken over.
 * When a server lets go, the file stays with `state: "stopped"` and the server's address, so
 * that commands run later can print links that point where the server was reached.
 * PostgreSQL (DATABASE_URL) needs none of this.
 */

export const LOCK_FILE_NAME = "kuulo.lock";

export interface ServerAddress {
  port: number;
  publicUrl: string;
}

export interface LockRecord {
  state: "running" | "stopped";
  pid: number;
  hostname: string;
  /** What holds it, e.g. "kuulo serve" or "kuulo user add". */
  command: string;
  startedAt: string;
  /** The address of the server that last ran on this folder (kept after it stops). */
  server?: ServerAddress;
}

export interface DataDirLock {
  file: string;
  /** The record this lock replaced, if any (a stopped or stale holder). */
  previous: LockRecord | undefined;
  release: () => void;
}

/** Folders locked by this process: a second open in one process is refused too. */
const heldHere = new Set<string>();

export function lockFileOf(dataDir: string): string {
  return join(resolve(dataDir), LOCK_FILE_NAME);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readRecord(file: string): LockRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as LockRecord;
    return typeof value.pid === "number" && typeof value.command === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the record's holder is running now. */
export function isLive(record: LockRecord, file: string): boolean {
  if (record.state !== "running") return false;
  // The same pid as ours is a previous life of this process (a restarted container), unless
  // this process took the lock itself.
  if (record.pid === process.pid) return heldHere.has(file);
  return processExists(record.pid);
}

/** The lock file of DATA_DIR, if there is one, and whether its holder is running. */
export function readDataDirLock(
  dataDir: string,
): { record: LockRecord; live: boolean; file: string } | undefined {
  const file = lockFileOf(dataDir);
  const record = readRecord(file);
  return record ? { record, live: isLive(record, file), file } : undefined;
}

/** What a holder is, in words: `kuulo serve (pid 123, port 3000, http://localhost:3000)`. */
export function describeHolder(record: LockRecord): string {
  const where =
    record.server && record.command === "kuulo serve"
      ? `, port ${record.server.port}, ${record.server.publicUrl}`
      : "";
  return `${record.command} (pid ${record.pid}${where}, started ${record.startedAt})`;
}

export class DataDirBusyError extends Error {
  override name = "DataDirBusyError";
  constructor(
    readonly record: LockRecord,
    readonly file: string,
    readonly dataDir: string,
  ) {
    const server = record.command === "kuulo serve";
    super(
      `the embedded database in ${dataDir} is in use by ${describeHolder(record)}. ` +
        (server
          ? `Stop the server first (Ctrl+C in its terminal, or kill ${record.pid}), then run this again; ` +
            "while it runs, make the change in the web app, or run Kuulo on PostgreSQL (DATABASE_URL), " +
            "where commands and servers can work at the same time."
          : `Wait until it has finished, then try again.`) +
        ` If no such process is running (pid ${record.pid} now belongs to something else), delete ${file}.`,
    );
  }
}

function writeAtomically(file: string, record: LockRecord): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temporary, file);
}

/**
 * Takes DATA_DIR's lock for `command`, or throws DataDirBusyError naming the running holder.
 * `server` is given by `kuulo serve`: its address is kept in the file for later commands.
 */
export function acquireDataDirLock(
  dataDir: string,
  options: { command: string; server?: ServerAddress },
): DataDirLock {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const file = lockFileOf(folder);
  for (let attempt = 0; attempt < 3; attempt++) {
    const previous = readRecord(file);
    if (previous && isLive(previous, file)) throw new DataDirBusyError(previous, file, folder);
    const server = options.server ?? previous?.server;
    const record: LockRecord = {
      state: "running",
      pid: process.pid,
      hostname: hostname(),
      command: options.command,
      startedAt: new Date().toISOString(),
      ...(server ? { server } : {}),
    };
    if (previous) {
      try {
        unlinkSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
    try {
      // "wx": of two processes starting at once, exactly one creates the file.
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    heldHere.add(file);
    let released = false;
    return {
      file,
      previous,
      release: () => {
        if (released) return;
        released = true;
        heldHere.delete(file);
        const current = readRecord(file);
        if (current?.pid !== process.pid) return;
        writeAtomically(file, { ...record, state: "stopped" });
      },
    };
  }
  const holder = readRecord(file);
  if (holder) throw new DataDirBusyError(holder, file, folder);
  throw new Error(
    `${file}: cannot take the lock of the embedded database (the file is unreadable); if no Kuulo process is using ${folder}, delete the file and try again`,
  );
}
