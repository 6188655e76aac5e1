import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

const POPULATION = fileURLToPath(
  new URL("../../../representativeness/fixtures/11re-synthetic.json", import.meta.url),
);

/** 120 people: too many from Jyväskylä, too few older people, more women than men. */
function peopleCsv(extra: (i: number) => string = () => ""): string {
  const rows = ["id,age,sex,municipality" + (extra(-1) ? `,${extra(-1)}` : "")];
  for (let i = 0; i < 120; i++) {
    const municipality = i % 10 === 0 ? "992" : i % 15 === 0 ? "931" : "179";
    const age = 18 + ((i * 7) % 60);
    const sex = i % 3 === 0 ? 1 : 2;
    rows.push(`r${i},${age},${sex},${municipality}${extra(i) ? `,${extra(i)}` : ""}`);
  }
  return `${rows.join("\n")}\n`;
}

async function inDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "kuulo-repr-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const BASE = ["representativeness", "--population", POPULATION, "--people", "people.csv"];

describe("kuulo representativeness", () => {
  it("writes per dimension the shares, ratios, D and χ², and weights that meet the margins", async () => {
    const dir = await inDir({ "people.csv": peopleCsv() });
    const io = captureIO({ cwd: dir });
    const args = [
      ...BASE,
      "--by",
      "age,sex,municipality",
      "--age-bands",
      "15-29,30-44,45-64,65-79",
    ];
    expect(await main([...args, "--json", "out.json", "--weights", "w.csv"], io)).toBe(0);
    expect(io.out).toMatch(/sex: D = 0\.\d{3}, χ² = [\d.]+, df = 1, p = /);
    const report = JSON.parse(await readFile(path.join(dir, "out.json"), "utf8"));
    expect(Object.keys(report.dimensions)).toEqual(["age", "sex", "municipality"]);
    const sex = report.dimensions.sex;
    expect(sex.groups.map((g: { group: string }) => g.group)).toEqual(["1", "2"]);
    expect(sex.groups[0].groupShare).toBeCloseTo(40 / 120, 12);
    expect(sex.groups[0].ratio).toBeCloseTo(
      sex.groups[0].groupShare / sex.groups[0].populationShare,
      12,
    );
    for (const d of ["age", "sex", "municipality"]) {
      const dim = report.dimensions[d];
      const D =
        dim.groups.reduce(
          (s: number, g: { groupShare: number; populationShare: number }) =>
            s + Math.abs(g.groupShare - g.populationShare),
          0,
        ) / 2;
      expect(dim.D).toBeCloseTo(D, 12);
      expect(dim.df).toBeGreaterThanOrEqual(1);
      expect(dim.p).toBeGreaterThanOrEqual(0);
      expect(dim.p).toBeLessThanOrEqual(1);
    }
    // Weighted margins equal the population margins.
    const weights = (await readFile(path.join(dir, "w.csv"), "utf8")).trimEnd().split("\n");
    expect(weights[0]).toBe("id,weight");
    expect(weights).toHaveLength(121);
    const w = new Map(weights.slice(1).map((l) => [l.split(",")[0]!, Number(l.split(",")[1])]));
    const people = peopleCsv()
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    const total = [...w.values()].reduce((a, b) => a + b, 0);
    for (const g of report.dimensions.municipality.groups) {
      const weighted = people
        .filter((p) => p[3] === g.group)
        .reduce((s, p) => s + w.get(p[0]!)!, 0);
      expect(weighted / total).toBeCloseTo(g.populationShare, 8);
    }
    expect(report.weights.designEffect).toBeGreaterThan(1);
  });

  it("computes the R-indicator when the file is a whole invited frame (column responded)", async () => {
    const dir = await inDir({
      "people.csv": peopleCsv((i) => (i < 0 ? "responded" : i % 4 === 0 ? "1" : "0")),
    });
    const io = captureIO({ cwd: dir });
    expect(await main([...BASE, "--by", "sex", "--json", "out.json"], io)).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, "out.json"), "utf8"));
    expect(report.people).toMatchObject({ rows: 120, included: 120, group: 30 });
    expect(report.rIndicator.invited).toBe(120);
    expect(io.out).toContain("R-indicator: ");
  });

  it("names the line and column of a bad value, and asks for what is missing", async () => {
    const bad = peopleCsv().replace("r5,53,", "r5,viisikymmentä,");
    const dir = await inDir({ "people.csv": bad, "nohead.csv": "id,age,sex\n1,2,1\n" });
    const io = captureIO({ cwd: dir });
    expect(await main([...BASE, "--by", "age"], io)).toBe(1);
    expect(io.err).toContain(
      'people.csv line 7, column age: "viisikymmentä" is not an age in whole years',
    );
    const io2 = captureIO({ cwd: dir });
    expect(
      await main(
        ["representativeness", "--population", POPULATION, "--people", "nohead.csv", "--by", "sex"],
        io2,
      ),
    ).toBe(1);
    expect(io2.err).toContain('nohead.csv: no column "municipality"');
    const io3 = captureIO({ cwd: dir });
    expect(await main([...BASE, "--by", "age,income"], io3)).toBe(2);
    expect(io3.err).toContain('unknown dimension "income"');
    expect(io3.err).toContain("Usage: kuulo representativeness");
  });
});
