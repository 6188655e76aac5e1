import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServeProcess, startServe } from "@kuulo/server/testing";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

/**
 * A real `kuulo serve` process on the embedded database and the platform commands on the same
 * DATA_DIR: while it runs they refuse (a write there would be lost), after it stops they work
 * and their links point where the server was reached.
 */
describe("kuulo commands next to a running kuulo serve (embedded database)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kuulo-cli-serve-"));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  let server: ServeProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses while the server runs, naming its pid and port, and works after it stops", async () => {
    server = await startServe({
      demo: true,
      // Migrations and the demo on a fresh embedded database take a while on a busy machine.
      readyWithinMs: 150_000,
      env: { DATA_DIR: dataDir, DATABASE_URL: "", SIGN_IN_LINK_MINUTES: "7" },
    });
    const port = new URL(server.base).port;
    const pid = server.child.pid!;
    // The demo link honours SIGN_IN_LINK_MINUTES.
    expect(server.log()).toContain("one-time link, valid 7 minutes");
    const lock = JSON.parse(readFileSync(join(dataDir, "kuulo.lock"), "utf8"));
    expect(lock).toMatchObject({ state: "running", pid, command: "kuulo serve" });

    const commands = [
      ["user", "add", "--org", "keski-suomi-demo", "--email", "uusi@kunta.fi", "--roles", "admin"],
      ["org", "create", "--slug", "lost-org", "--name-fi", "Kadonnut"],
      ["demo"],
      ["migrate"],
    ];
    for (const command of commands) {
      const io = captureIO({ env });
      expect(await main(command, io), command.join(" ")).toBe(1);
      expect(io.out).toBe("");
      expect(io.err).toContain(`kuulo ${command.slice(0, 2).join(" ")}:`);
      expect(io.err).toContain("nothing was changed");
      expect(io.err).toContain(`in use by kuulo serve (pid ${pid}, port ${port}`);
      expect(io.err).toContain("Stop the server first");
    }

    await server.stop();
    const after = JSON.parse(readFileSync(join(dataDir, "kuulo.lock"), "utf8"));
    expect(after).toMatchObject({ state: "stopped", pid });

    const io = captureIO({ env });
    expect(
      await main(
        [
          "user",
          "add",
          "--org",
          "keski-suomi-demo",
          "--email",
          "uusi@kunta.fi",
          "--roles",
          "admin",
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out).toContain("Added uusi@kunta.fi to keski-suomi-demo as admin.");
    // No PORT or PUBLIC_URL for the command: the link goes where the server ran, not :3000.
    expect(io.out).toContain(`  http://localhost:${port}/sign-in/verify?token=`);
    // The write is really there: a second add finds the person.
    const again = captureIO({ env });
    expect(
      await main(["user", "add", "--org", "keski-suomi-demo", "--email", "uusi@kunta.fi"], again),
    ).toBe(0);
    expect(again.out).toContain("uusi@kunta.fi is already on the staff of keski-suomi-demo.");
    // With PORT set the command follows the server's rule (config.ts) for that port.
    const withPort = captureIO({ env: { ...env, PORT: "4123" } });
    expect(
      await main(
        ["user", "add", "--org", "keski-suomi-demo", "--email", "uusi@kunta.fi"],
        withPort,
      ),
    ).toBe(0);
    expect(withPort.out).toContain("  http://localhost:4123/sign-in/verify?token=");
  }, 300_000);
});
