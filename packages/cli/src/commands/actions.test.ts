import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseFor, parseConfig } from "@kuulo/server";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

const GOOD = [
  "Suositus;Toimenpide;Aikataulu;Status;Vastuu;Lisätieto",
  "1. Nuorten ääni kuuluviin;Aloiteoikeus;2025;Käynnissä;Hallinto;",
  ";Työpajat kouluissa;2026;Ei aloitettu;Hyvinvointi;Äänekoski",
  "",
].join("\r\n");

describe("kuulo actions import", () => {
  const dir = mkdtempSync(join(tmpdir(), "kuulo-cli-actions-"));
  const env = {
    DATA_DIR: join(dir, "data"),
    LOG_LEVEL: "silent",
    PUBLIC_URL: "http://localhost:4321",
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports and publishes a Windows-1252 file and prints the page and open data URLs", async () => {
    const org = captureIO({ env });
    expect(await main(["org", "create", "--slug", "maakunta", "--name-fi", "Maakunta"], org)).toBe(
      0,
    );
    writeFileSync(join(dir, "taulukko.csv"), Buffer.from(GOOD, "latin1"));
    const io = captureIO({ env, cwd: dir });
    const code = await main(
      ["actions", "import", "taulukko.csv", "--org", "maakunta", "--title", "Nuorisopaneeli 2025"],
      io,
    );
    expect(code, io.err).toBe(0);
    expect(io.err).toContain("Windows-1252");
    expect(io.out).toContain("http://localhost:4321/maakunta/actions/nuorisopaneeli-2025\n");
    expect(io.out).toContain(
      "http://localhost:4321/api/orgs/maakunta/actions/open/nuorisopaneeli-2025.csv",
    );
    expect(io.out).toContain(
      "http://localhost:4321/api/orgs/maakunta/actions/open/nuorisopaneeli-2025.json",
    );
    const database = await databaseFor(parseConfig(env));
    try {
      const rows = await database.db.execute(
        "select number, text, unit, notes from action_measures order by position",
      );
      expect((rows as { rows: unknown[] }).rows).toEqual([
        { number: "1.1", text: "Aloiteoikeus", unit: "Hallinto", notes: "" },
        { number: "1.2", text: "Työpajat kouluissa", unit: "Hyvinvointi", notes: "Äänekoski" },
      ]);
    } finally {
      await database.close();
    }
  });

  it("refuses a bad file whole with exit 1, naming each row's line, column and value", async () => {
    writeFileSync(join(dir, "rikki.csv"), `${GOOD};Kolmas;;Puolivalmis;;\n;Neljäs;;Jatkuva;;\n`);
    const io = captureIO({ env, cwd: dir });
    const code = await main(
      ["actions", "import", "rikki.csv", "--org", "maakunta", "--title", "Rikki"],
      io,
    );
    expect(code).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain("nothing was imported");
    expect(io.err).toContain('Line 4, column 4 ("Puolivalmis")');
    const database = await databaseFor(parseConfig(env));
    try {
      const tables = await database.db.execute("select slug from action_tables");
      expect((tables as { rows: unknown[] }).rows).toEqual([{ slug: "nuorisopaneeli-2025" }]);
    } finally {
      await database.close();
    }
  });

  it("names what is missing", async () => {
    const io = captureIO({ env, cwd: dir });
    expect(await main(["actions", "import", "taulukko.csv", "--org", "maakunta"], io)).toBe(2);
    expect(io.err).toContain("--title is required");
  });
});
