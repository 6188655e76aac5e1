import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseFor, parseConfig } from "@kuulo/server";
import { signInWithLink } from "@kuulo/server/testing";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO as capture } from "../testing.js";

function captureIO(env: Record<string, string>) {
  return capture({ env: { LOG_LEVEL: "silent", ...env } });
}

describe("kuulo platform commands", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kuulo-cli-"));
  // With DATABASE_URL set the commands run against that server; otherwise PGlite in dataDir.
  const env = { DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("migrate applies the migrations once", async () => {
    const first = captureIO(env);
    expect(await main(["migrate"], first)).toBe(0);
    const second = captureIO(env);
    expect(await main(["migrate"], second)).toBe(0);
    expect(second.out).toBe("The database is up to date.\n");
  });

  it("org create validates its options and creates the organization", async () => {
    const bad = captureIO(env);
    expect(await main(["org", "create", "--slug", "Bad Slug", "--name-fi", "X"], bad)).toBe(2);
    expect(bad.err).toContain("--slug: may contain only");
    const reserved = captureIO(env);
    expect(await main(["org", "create", "--slug", "api", "--name-fi", "X"], reserved)).toBe(2);
    expect(reserved.err).toContain("--slug: is reserved");
    const langs = captureIO(env);
    expect(
      await main(
        ["org", "create", "--slug", "x-y", "--name-fi", "X", "--languages", "fi,de"],
        langs,
      ),
    ).toBe(2);
    expect(langs.err).toContain('--languages: "de" is not one of fi, sv, en');

    const slug = `cli-${process.pid}`;
    const ok = captureIO(env);
    expect(
      await main(
        [
          "org",
          "create",
          "--slug",
          slug,
          "--name-fi",
          "Testikunta",
          "--name-sv",
          "Testkommun",
          "--languages",
          "fi,sv",
        ],
        ok,
      ),
    ).toBe(0);
    expect(ok.out).toContain(`Created ${slug} (Testikunta)`);
    const again = captureIO(env);
    expect(await main(["org", "create", "--slug", slug, "--name-fi", "Testikunta"], again)).toBe(1);
    expect(again.err).toContain("exists already");
  });

  it("user add adds a staff member and prints a working one-time sign-in link", async () => {
    const slug = `cli-${process.pid}`;
    const io = captureIO(env);
    expect(
      await main(
        ["user", "add", "--org", slug, "--email", "Ville@Kunta.fi", "--roles", "admin,analyst"],
        io,
      ),
    ).toBe(0);
    expect(io.out).toContain(`Added ville@kunta.fi to ${slug} as admin, analyst.`);
    const link = /http:\/\/localhost:3000\/sign-in\/verify\?token=([\w-]+)/.exec(io.out);
    expect(link).not.toBeNull();
    // The printed link really signs in, once.
    const database = await databaseFor(parseConfig(env));
    try {
      const signedIn = await signInWithLink(database.db, { token: link![1]!, sessionHours: 1 });
      expect(signedIn.organizationId).not.toBeNull();
      await expect(
        signInWithLink(database.db, { token: link![1]!, sessionHours: 1 }),
      ).rejects.toMatchObject({
        code: "auth.link_used",
      });
    } finally {
      await database.close();
    }

    const again = captureIO(env);
    expect(await main(["user", "add", "--org", slug, "--email", "ville@kunta.fi"], again)).toBe(0);
    expect(again.out).toContain("already on the staff");

    const badRole = captureIO(env);
    expect(
      await main(["user", "add", "--org", slug, "--email", "a@b.fi", "--roles", "boss"], badRole),
    ).toBe(2);
    expect(badRole.err).toContain('--roles: "boss" is not one of');
    const noOrg = captureIO(env);
    expect(await main(["user", "add", "--org", "no-such", "--email", "a@b.fi"], noOrg)).toBe(1);
    expect(noOrg.err).toContain('No organization has the address "no-such"');
  });

  it("demo seeds once", async () => {
    const first = captureIO(env);
    expect(await main(["demo"], first)).toBe(0);
    const second = captureIO(env);
    expect(await main(["demo"], second)).toBe(0);
    expect(second.out).toContain("exists already; nothing changed");
  });

  it("every platform command has --help", async () => {
    for (const command of [["serve"], ["migrate"], ["demo"], ["org", "create"], ["user", "add"]]) {
      const io = captureIO(env);
      expect(await main([...command, "--help"], io)).toBe(0);
      expect(io.out).toContain(`Usage: kuulo ${command.join(" ")}`);
    }
  });

  it("serve stops with a message naming a bad variable", async () => {
    const io = captureIO({ ...env, PORT: "http" });
    expect(await main(["serve"], io)).toBe(2);
    expect(io.err).toContain("PORT: ");
    expect(io.err).toContain('(got "http")');
  });
});
