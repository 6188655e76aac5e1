import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO as capture } from "../testing.js";

const exportsDir = fileURLToPath(
  new URL("../../../opinion/test/fixtures/polis-exports", import.meta.url),
);

function captureIO(cwd = exportsDir) {
  return capture({ cwd });
}

function groupIds(dir: string): Map<number, number> {
  const lines = readFileSync(path.join(exportsDir, dir, "participants-votes.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  const out = new Map<number, number>();
  for (const line of lines) {
    const [pid, gid] = line.split(",");
    if (gid !== "") out.set(Number(pid), Number(gid));
  }
  return out;
}

describe("kuulo opinion analyze", () => {
  it("prints a readable summary by default: counts, groups, representative statements, consensus", async () => {
    const io = captureIO();
    expect(await main(["opinion", "analyze", "brexit-consensus"], io)).toBe(0);
    expect(() => JSON.parse(io.out)).toThrow();
    const out = io.out;
    expect(out).toMatch(
      /^brexit-consensus: 204 participants who voted, 50 statements, [\d,]+ votes\.$/m,
    );
    const groups = [
      ...out.matchAll(/^Group ([A-Z]): (\d+) participants\. Most representative:$/gm),
    ];
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const onMap = Number(/(\d+) participants are on the opinion map/.exec(out)![1]);
    expect(groups.reduce((sum, g) => sum + Number(g[2]), 0)).toBe(onMap);
    // Representative statements are quoted with their text from comments.csv.
    expect(out).toMatch(/^ +\d+% (agree|disagree) +\(\d+ of \d+\) +#\d+ “.+”$/m);
    expect(out).toContain("Consensus across the conversation");
    // Each consensus statement shows every group's own share too.
    expect(out).toMatch(/\(\d+ of \d+; by group A \d+%, B \d+%/);
    expect(out).toContain("--format json");
  });

  it("--format json writes exactly the JSON that was the default before (Polis's math)", async () => {
    const json = captureIO();
    expect(await main(["opinion", "analyze", "brexit-consensus", "--format", "json"], json)).toBe(
      0,
    );
    const polis = captureIO();
    expect(await main(["opinion", "analyze", "brexit-consensus", "--format", "polis"], polis)).toBe(
      0,
    );
    expect(json.out).toBe(polis.out);
    const math = JSON.parse(json.out);
    expect(math.n).toBe(204);
    expect(math["n-cmts"]).toBe(50);
    expect(math.pca.comps).toHaveLength(2);
    expect(math["group-clusters"].length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(math["comment-priorities"])).toHaveLength(50);
  });

  it("--keep-groups keeps Polis's groups and --format kuulo writes the typed result", async () => {
    const io = captureIO();
    expect(
      await main(
        ["opinion", "analyze", "15-per-hour-seattle", "--keep-groups", "--format", "kuulo"],
        io,
      ),
    ).toBe(0);
    const result = JSON.parse(io.out);
    const expected = groupIds("15-per-hour-seattle");
    const got = new Map<number, number>();
    for (const g of result.groups) for (const pid of g.participants) got.set(pid, g.id);
    // Every kept participant who voted is in its Polis group.
    for (const [pid, gid] of got) expect(expected.get(pid)).toBe(gid);
    expect(got.size).toBeGreaterThan(0.9 * expected.size);
    expect(result.participants.x).toHaveLength(result.participants.ids.length);
  });

  it("--segments adds the segment comparison", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kuulo-opinion-"));
    const groups = groupIds("brexit-consensus");
    const rows = [...groups].map(([pid, gid]) => `${pid},${gid === 0 ? "north" : "south"}`);
    writeFileSync(path.join(dir, "segments.csv"), `participant,segment\n${rows.join("\n")}\n`);
    const io = captureIO();
    const code = await main(
      [
        "opinion",
        "analyze",
        "brexit-consensus",
        "--format",
        "json",
        "--segments",
        path.join(dir, "segments.csv"),
      ],
      io,
    );
    expect(code).toBe(0);
    const { segments } = JSON.parse(io.out);
    expect(segments.segments.map((s: { segment: string }) => s.segment)).toEqual([
      "north",
      "south",
    ]);
    // Segments that are Polis's own opinion groups differ on many statements.
    expect(segments.mostDifferent.length).toBeGreaterThan(5);
  });

  it("names file, line and problem for a bad export", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kuulo-opinion-"));
    writeFileSync(
      path.join(dir, "votes.csv"),
      "timestamp,comment-id,voter-id,vote\n1,0,1,1\n2,0,2,agree\n",
    );
    const io = captureIO(dir);
    expect(await main(["opinion", "analyze", "."], io)).toBe(1);
    expect(io.err).toContain(
      `${path.join(dir, "votes.csv")}, line 3, column "vote": expected an integer, got "agree"`,
    );

    const missing = captureIO(dir);
    expect(await main(["opinion", "analyze", ".", "--keep-groups"], missing)).toBe(1);
    expect(missing.err).toContain("participants-votes.csv: --keep-groups needs this file");
  });

  it("reports usage errors with exit code 2", async () => {
    const io = captureIO();
    expect(await main(["opinion", "analyze", "brexit-consensus", "--format", "xml"], io)).toBe(2);
    expect(io.err).toContain("--format must be summary, json, polis or kuulo");
    expect(await main(["opinion", "analyze"], captureIO())).toBe(2);
  });
});
