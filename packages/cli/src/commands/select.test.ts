import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO as capture } from "../testing.js";

const FIXTURES = fileURLToPath(new URL("../../../sortition/test/fixtures/", import.meta.url));

function captureIO(cwd: string) {
  return capture({ cwd });
}

/** `kuulo select` on the example_small_20 replication instance (k = 20). */
const SMALL_20 = [
  "select",
  "--categories",
  path.join(FIXTURES, "example_small_20/categories.csv"),
  "--people",
  path.join(FIXTURES, "example_small_20/respondents.csv"),
  "--k",
  "20",
];

const lines = async (file: string) => (await readFile(file, "utf8")).trimEnd().split("\n");

describe("kuulo select", () => {
  it("selects from the replication format and writes every file, reproducibly", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-select-"));
    const args = (out: string) => [...SMALL_20, "--seed", "Lotto 2026-11-28", "--out", out];
    const io = captureIO(dir);
    expect(await main(args("a"), io)).toBe(0);
    expect(io.out).toContain("minimum probability 0.1000 vs k/n 0.1000");
    const selected = await lines(path.join(dir, "a/selected.csv"));
    expect(selected[0]).toBe("id,gender,leaning");
    expect(selected).toHaveLength(21);
    expect(await lines(path.join(dir, "a/remaining.csv"))).toHaveLength(181);
    const probabilities = await lines(path.join(dir, "a/probabilities.csv"));
    expect(probabilities[0]).toBe("id,probability");
    expect(probabilities).toHaveLength(201);
    expect(probabilities[1]).toMatch(/^1,0\.(1|0999)/);
    const report = await readFile(path.join(dir, "a/report.md"), "utf8");
    expect(report).toContain("# Arvontaraportti");
    expect(report).toContain("# Selection report");
    expect(report).toContain("Lotto 2026-11-28");
    expect(report).toContain("Every LEXIMIN level was proved at once");
    // Numbers and plurals in each section's language (Intl): no "10.00 %" or "1 LEXIMIN levels".
    expect(report).toContain("- Tasajako k/n: 10,00\u00a0%");
    expect(report).toContain("- Equal share k/n: 10.00%");
    expect(report).toMatch(/- Gini-kerroin: 0,0000 /);
    expect(report).toMatch(/\b1 LEXIMIN-taso, \d+ paneelia tuotettu/);
    expect(report).toMatch(/\b3 classes of interchangeable people, 1 LEXIMIN level, /);
    expect(report).not.toMatch(/\d\.\d\d %|\b1 LEXIMIN levels/);
    expect(await main(args("b"), captureIO(dir))).toBe(0);
    expect(await lines(path.join(dir, "b/selected.csv"))).toEqual(selected);
  });

  it("reads Sortition Foundation files with an id column, households and transparent panels", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-select-"));
    await writeFile(
      path.join(dir, "categories.csv"),
      "feature,value,min,max,min_flex,max_flex\nage,young,1,2,0,3\nage,old,1,2,0,3\n",
    );
    const rows = ["nro,first_name,age,address"];
    for (let i = 1; i <= 8; i++)
      rows.push(
        `p${i},Person ${i},${i <= 4 ? "young" : "old"},${i <= 3 ? "Kotikatu 1" : `Tie ${i}`}`,
      );
    await writeFile(path.join(dir, "people.csv"), rows.join("\n"));
    const io = captureIO(dir);
    const code = await main(
      [
        "select",
        "--categories",
        "categories.csv",
        "--people",
        "people.csv",
        "--k",
        "3",
        "--id-column",
        "nro",
        "--household",
        "address",
        "--panels",
        "100",
        "--seed",
        "7",
        "--out",
        "out",
      ],
      io,
    );
    expect(io.err).toBe("");
    expect(code).toBe(0);
    const selected = await lines(path.join(dir, "out/selected.csv"));
    expect(selected[0]).toBe("id,nro,first_name,age,address");
    const members = selected.slice(1).map((l) => l.split(","));
    expect(members).toHaveLength(3);
    expect(members.filter((m) => m[4] === "Kotikatu 1").length).toBeLessThanOrEqual(1);
    const panels = await lines(path.join(dir, "out/panels.csv"));
    expect(panels).toHaveLength(101);
    expect(io.out).toMatch(/panel \d+ of 100/);
    // p1..p3 share one address: together at most one seat, so each ≤ 1/3.
    const probabilities = (await lines(path.join(dir, "out/probabilities.csv")))
      .slice(1)
      .map((l) => Number(l.split(",")[1]));
    expect(probabilities[0]! + probabilities[1]! + probabilities[2]!).toBeLessThanOrEqual(1 + 1e-6);
  });

  it("names the row and column of a bad value, and explains infeasible quotas", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-select-"));
    await writeFile(
      path.join(dir, "c.csv"),
      "category,name,min,max\ngender,female,2,3\ngender,male,0,3\n",
    );
    await writeFile(path.join(dir, "p.csv"), "id,gender\n1,female\n2,male\n3,mies\n");
    const bad = captureIO(dir);
    expect(
      await main(
        ["select", "--categories", "c.csv", "--people", "p.csv", "--k", "2", "--out", "o"],
        bad,
      ),
    ).toBe(1);
    expect(bad.err).toContain("p.csv, line 4, column 'gender': unknown value 'mies'");
    await writeFile(path.join(dir, "p.csv"), "id,gender\n1,female\n2,male\n3,male\n");
    const infeasible = captureIO(dir);
    expect(
      await main(
        ["select", "--categories", "c.csv", "--people", "p.csv", "--k", "2", "--out", "o"],
        infeasible,
      ),
    ).toBe(1);
    expect(infeasible.err).toContain("These quotas conflict: gender=female min 2 (line 2)");
    expect(infeasible.err).toContain("gender=female min 2 → 1");
    const tooBig = captureIO(dir);
    expect(
      await main(
        ["select", "--categories", "c.csv", "--people", "p.csv", "--k", "4", "--out", "o"],
        tooBig,
      ),
    ).toBe(1);
    expect(tooBig.err).toContain("k=4 is larger than the pool of 3 people");
  });

  it("replaces withdrawn panel members within the quotas, keeping the others", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-select-"));
    const base = [...SMALL_20, "--seed", "first draw"];
    expect(await main([...base, "--out", "first"], captureIO(dir))).toBe(0);
    const first = (await lines(path.join(dir, "first/selected.csv"))).slice(1);
    const ids = first.map((l) => l.split(",")[0]!);
    const gone = [ids[0]!, ids[5]!];
    const io = captureIO(dir);
    const replace = [
      ...base,
      "--panel",
      "first/selected.csv",
      "--withdrawn",
      gone.join(","),
      "--out",
      "second",
    ];
    expect(await main(replace, io)).toBe(0);
    expect(io.out).toContain(`Replaced ${gone.join(", ")} with `);
    const second = (await lines(path.join(dir, "second/selected.csv"))).slice(1);
    const secondIds = second.map((l) => l.split(",")[0]!);
    expect(secondIds).toHaveLength(20);
    for (const id of gone) expect(secondIds).not.toContain(id);
    for (const id of ids.filter((id) => !gone.includes(id))) expect(secondIds).toContain(id);
    // Every quota (9–20 of each gender and each leaning) still holds.
    for (const [column, value] of [
      [1, "female"],
      [1, "male"],
      [2, "liberal"],
      [2, "conservative"],
    ] as const) {
      const count = second.filter((l) => l.split(",")[column] === value).length;
      expect(count).toBeGreaterThanOrEqual(9);
    }
    const probabilities = new Map(
      (await lines(path.join(dir, "second/probabilities.csv")))
        .slice(1)
        .map((l) => l.split(",") as [string, string]),
    );
    expect(probabilities.size).toBe(200);
    for (const id of gone) expect(probabilities.get(id)).toBe("0");
    expect(probabilities.get(ids[1]!)).toBe("1");
    const report = await readFile(path.join(dir, "second/report.md"), "utf8");
    expect(report).toContain("Täydennysarvonta");
    expect(report).toContain(`Replacement draw: ${gone.join(", ")} withdrew`);

    const notOnPanel = captureIO(dir);
    const unknown = [
      ...base,
      "--panel",
      "first/selected.csv",
      "--withdrawn",
      "nobody",
      "--out",
      "x",
    ];
    expect(await main(unknown, notOnPanel)).toBe(1);
    expect(notOnPanel.err).toContain("'nobody' is not on the panel");
    const half = captureIO(dir);
    expect(await main([...base, "--withdrawn", ids[0]!, "--out", "x"], half)).toBe(2);
    expect(half.err).toContain("--panel and --withdrawn go together");
  });

  it("reads Finnish Excel's Windows-1252 files, saying so on stderr", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-select-"));
    // Windows-1252 bytes: ä = 0xE4, Ä = 0xC4, € = 0x80, “ ” = 0x93 0x94.
    const cp1252 = (text: string) =>
      Buffer.from(
        [...text].map((c) => ({ "€": 0x80, "“": 0x93, "”": 0x94 })[c] ?? c.charCodeAt(0)),
      );
    await writeFile(
      path.join(dir, "kiintiöt.csv"),
      cp1252("feature;value;min;max\r\nalue;Jyväskylä;1;1\r\nalue;Äänekoski;1;1\r\n"),
    );
    const people = ["id;alue;huomio"];
    for (let i = 1; i <= 6; i++)
      people.push(`${i};${i % 2 ? "Jyväskylä" : "Äänekoski"};“tulot alle 5 €”`);
    await writeFile(path.join(dir, "ilmoittautuneet.csv"), cp1252(`${people.join("\r\n")}\r\n`));
    const io = captureIO(dir);
    const args = ["select", "--categories", "kiintiöt.csv", "--people", "ilmoittautuneet.csv"];
    expect(await main([...args, "--k", "2", "--seed", "1", "--out", "out"], io)).toBe(0);
    expect(io.err).toContain(
      "Notice: kiintiöt.csv: not UTF-8 (byte 0xE4 on line 2, character 9), so read as Windows-1252",
    );
    expect(io.err).toContain("Notice: ilmoittautuneet.csv: not UTF-8");
    const selected = await readFile(path.join(dir, "out/selected.csv"), "utf8");
    expect(selected).not.toContain("\ufffd");
    expect(selected).toContain("Jyväskylä");
    expect(selected).toContain("Äänekoski");
    expect(selected).toContain("“tulot alle 5 €”");
  });

  it("reports usage errors with exit code 2", async () => {
    const io = captureIO(process.cwd());
    expect(await main(["select", "--categories", "c.csv"], io)).toBe(2);
    expect(io.err).toContain("--people is required");
    const alg = captureIO(process.cwd());
    expect(
      await main(
        [
          "select",
          "--categories",
          "c",
          "--people",
          "p",
          "--k",
          "2",
          "--out",
          "o",
          "--algorithm",
          "best",
        ],
        alg,
      ),
    ).toBe(2);
  });
});
