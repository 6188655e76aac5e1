import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirBusyError, readDataDirLock } from "./instance-lock.js";

describe("DATA_DIR lock of the embedded database", () => {
  const dirs: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), "kuulo-lock-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("is refused to a second holder while the first runs, and kept with the address after", () => {
    const dir = temp();
    const server = { port: 4567, publicUrl: "http://localhost:4567" };
    const first = acquireDataDirLock(dir, { command: "kuulo serve", server });
    expect(() => acquireDataDirLock(dir, { command: "kuulo user add" })).toThrow(DataDirBusyError);
    expect(readDataDirLock(dir)).toMatchObject({ live: true, record: { pid: process.pid } });
    first.release();
    expect(readDataDirLock(dir)).toMatchObject({ live: false, record: { state: "stopped" } });
    const second = acquireDataDirLock(dir, { command: "kuulo user add" });
    expect(second.previous?.server).toEqual(server);
    second.release();
    // The command's own record carries the server's address on.
    expect(readDataDirLock(dir)?.record.server).toEqual(server);
  });

  it("takes over the lock of a process that no longer exists", () => {
    const dir = temp();
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    const deadPid = Number(gone.stdout);
    writeFileSync(
      join(dir, "kuulo.lock"),
      JSON.stringify({
        state: "running",
        pid: deadPid,
        hostname: "x",
        command: "kuulo serve",
        startedAt: "2026-01-01T00:00:00.000Z",
        server: { port: 3999, publicUrl: "http://localhost:3999" },
      }),
    );
    expect(readDataDirLock(dir)?.live).toBe(false);
    const lock = acquireDataDirLock(dir, { command: "kuulo migrate" });
    expect(JSON.parse(readFileSync(lock.file, "utf8"))).toMatchObject({
      state: "running",
      pid: process.pid,
      command: "kuulo migrate",
    });
    lock.release();
  });

  it("names the holder, its pid and port, and the way out in the message", () => {
    const dir = temp();
    const lock = acquireDataDirLock(dir, {
      command: "kuulo serve",
      server: { port: 4000, publicUrl: "https://kuulo.example.fi" },
    });
    try {
      acquireDataDirLock(dir, { command: "kuulo demo" });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(
        `in use by kuulo serve (pid ${process.pid}, port 4000, https://kuulo.example.fi`,
      );
      expect(message).toContain(
        `Stop the server first (Ctrl+C in its terminal, or kill ${process.pid})`,
      );
      expect(message).toContain(join(dir, "kuulo.lock"));
    } finally {
      lock.release();
    }
  });
});
