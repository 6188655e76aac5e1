import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/dvv/", import.meta.url));
const fixture = (name: string) => path.join(FIXTURES, name);

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "kuulo-dvv-"));
  const io = captureIO({ cwd: dir, env });
  const code = await main(["dvv", "check", ...args], io);
  return { code, out: io.out, err: io.err, dir };
}

describe("kuulo dvv check", () => {
  it("counts a UTF-8 ';' extract and lists every problem with line and column (exit 1)", async () => {
    const { code, out, err } = await run([fixture("vaesto-utf8.csv"), "--on", "2026-01-01"]);
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(out).toContain('vaesto-utf8.csv (CSV, delimiter ";", UTF-8)');
    for (const [label, n] of [
      ["rows", 11],
      ["valid", 5],
      ["letters to send", 2],
      ["turvakielto", 2],
      ["deceased", 1],
      ["invalid", 6],
      ["  invalid_hetu", 1],
      ["  duplicate", 1],
      ["  unknown_municipality", 1],
      ["  missing_address", 1],
      ["  invalid_death_date", 1],
      ["  invalid_turvakielto", 1],
    ] as const) {
      expect(out).toMatch(new RegExp(`^${label} +${n}$`, "m"));
    }
    expect(out).toContain(
      'vaesto-utf8.csv: line 7, column Henkilötunnus: invalid_hetu: not a valid henkilötunnus: check character is "A", should be "1"',
    );
    expect(out).toContain("line 8, column Kotikunta: unknown_municipality");
    expect(out).toContain(
      "line 9, column Henkilötunnus: duplicate: the same henkilötunnus as on line 2",
    );
    expect(out).toContain("line 10, column Lähiosoite: missing_address");
    expect(out).toContain("line 11, column Kuolinpäivä: invalid_death_date");
    expect(out).toContain("line 12, column Turvakielto: invalid_turvakielto");
    // The hetu is never printed, not even an invalid one.
    expect(out).not.toContain("120485-903A");
  });

  it("reads ISO-8859-1 with ',': detected with a notice, or as given (exit 0)", async () => {
    const detected = await run([fixture("vaesto-latin1.csv")]);
    expect(detected.code).toBe(0);
    expect(detected.err).toMatch(/^Notice: vaesto-latin1\.csv: the file is not UTF-8/);
    expect(detected.out).toContain('(CSV, delimiter ",", ISO-8859-1)');
    expect(detected.out).toMatch(/^valid +3$/m);
    const given = await run([fixture("vaesto-latin1.csv"), "--encoding", "latin1"]);
    expect(given).toMatchObject({ code: 0, err: "" });
    const refused = await run([fixture("vaesto-latin1.csv"), "--encoding", "utf8"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("vaesto-latin1.csv: line 1: the file is not UTF-8");
  });

  it("reads a fixed-width extract with a mapping and writes the people without hetus or names", async () => {
    const { code, out, dir } = await run(
      [
        fixture("vaesto-fixed.txt"),
        "--mapping",
        fixture("vaesto-fixed.mapping.json"),
        "--out",
        "people.csv",
        "--on",
        "2026-01-01",
      ],
      { DVV_HMAC_KEY: "county-secret" },
    );
    expect(code).toBe(0);
    expect(out).toContain("(fixed-width, UTF-8)");
    expect(out).toContain("Ids: HMAC-SHA-256 with the key from DVV_HMAC_KEY.");
    const people = (await readFile(path.join(dir, "people.csv"), "utf8")).trimEnd().split("\n");
    expect(people[0]).toBe("id,birth_date,age,sex,language,municipality,county,letter");
    expect(people.slice(1).map((l) => l.split(",").slice(1).join(","))).toEqual([
      "1970-10-10,55,1,fi,092,04,yes",
      "1982-08-18,43,2,sv,245,04,no",
      "1925-03-25,100,1,fi,109,07,no",
      "1995-05-15,30,2,se,286,10,yes",
    ]);
    const text = people.join("\n");
    expect(text).not.toMatch(/101070-927F|Esimerkki|Eino|Testitie/);
    // The same key gives the same ids; --key comes before DVV_HMAC_KEY.
    const again = await run(
      [
        fixture("vaesto-fixed.txt"),
        "--mapping",
        fixture("vaesto-fixed.mapping.json"),
        "--out",
        "p.csv",
        "--key",
        "county-secret",
      ],
      { DVV_HMAC_KEY: "other" },
    );
    const ids = (await readFile(path.join(again.dir, "p.csv"), "utf8"))
      .split("\n")[1]!
      .split(",")[0];
    expect(ids).toBe(people[1]!.split(",")[0]);
  });

  it("states a random key when none is given", async () => {
    const { out } = await run([fixture("vaesto-latin1.csv"), "--out", "p.csv"]);
    expect(out).toContain("a random key for this run");
  });

  it("names a missing column and a bad mapping (exit 1)", async () => {
    const missing = await run([fixture("vaesto-fixed.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      /^kuulo dvv check: vaesto-fixed\.txt: line 1: no column "Henkilötunnus"/,
    );
    const badMapping = await run([fixture("vaesto-utf8.csv"), "--mapping", fixture("README.md")]);
    expect(badMapping.code).toBe(1);
    expect(badMapping.err).toMatch(/README\.md: mapping: not JSON/);
  });

  it.each([
    [[], "give the extract FILE"],
    [["a.csv", "b.csv"], "one FILE only"],
    [["a.csv", "--encoding", "utf16"], "--encoding must be latin1 or utf8"],
    [["a.csv", "--on", "2026-02-30"], "--on must be a date"],
    [["a.csv", "--skip-everything"], "Unknown option"],
  ])("refuses %j with the usage (exit 2)", async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: kuulo dvv check FILE");
  });
});
