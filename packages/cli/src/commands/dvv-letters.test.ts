import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv } from "@kuulo/csv";
import { isValidCode } from "@kuulo/letters";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/dvv/", import.meta.url));
const fixture = (name: string) => path.join(FIXTURES, name);
const URL_ = "https://kuulo.example.fi/kuulola/ilmoittaudu";

async function run(args: string[], env: NodeJS.ProcessEnv = { DVV_HMAC_KEY: "county-secret" }) {
  const dir = await mkdtemp(path.join(tmpdir(), "kuulo-letters-"));
  const io = captureIO({ cwd: dir, env });
  const code = await main(["dvv", "letters", ...args], io);
  return { code, out: io.out, err: io.err, dir };
}

const draw = (extra: string[] = []) => [
  fixture("vaesto-otanta.csv"),
  "--template",
  fixture("kirje.template.json"),
  "--sample",
  "12",
  "--seed",
  "lotto 2026-01-17",
  "--url",
  URL_,
  "--out",
  "kirjeet",
  "--on",
  "2026-01-20",
  ...extra,
];

async function table(dir: string, name: string) {
  const csv = readCsv(await readFile(path.join(dir, "kirjeet", name), "utf8"));
  return [csv.header, ...csv.rows.map((r) => r.fields)];
}

describe("kuulo dvv letters", () => {
  it("draws a stratified sample and writes the PDF, the printing-house file, the sample and the draw", async () => {
    const { code, out, err, dir } = await run(draw(["--stratify", "municipality,age"]));
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Drew 12 (stratified by municipality and age");
    expect((await readdir(path.join(dir, "kirjeet"))).sort()).toEqual([
      "draw.json",
      "letters.pdf",
      "printing-house.csv",
      "sample.csv",
    ]);
    const record = JSON.parse(await readFile(path.join(dir, "kirjeet", "draw.json"), "utf8"));
    expect(record).toMatchObject({
      seed: "lotto 2026-01-17",
      method: "stratified",
      stratify: ["municipality", "age"],
      ageBands: ["18-29", "30-44", "45-64", "65-79", "80-"],
      sample: 12,
      letters: 12,
      pagesPerLetter: 2,
      template: "kuulola-raati-2026-kutsu-1",
      key: { from: "DVV_HMAC_KEY" },
    });
    const strata = record.strata as { stratum: string; size: number; drawn: number }[];
    expect(strata.reduce((sum, s) => sum + s.drawn, 0)).toBe(12);
    expect(strata.every((s) => /^\d{3}\|\d+-(\d+)?$/.test(s.stratum))).toBe(true);

    const sample = await table(dir, "sample.csv");
    expect(sample[0]).toEqual(["letter", "id", "code", "stratum", "language"]);
    expect(sample).toHaveLength(13);
    const printing = await table(dir, "printing-house.csv");
    expect(printing[0]).toEqual([
      "letter",
      "code",
      "language",
      "name",
      "street_address",
      "postal_code",
      "post_office",
      "text_version",
    ]);
    // The same letters in both files, in postal-code order; valid codes; no hetu anywhere.
    expect(printing.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(
      sample.slice(1).map((r) => [r[0], r[2], r[4]]),
    );
    const postal = printing.slice(1).map((r) => r[5]!);
    expect(postal).toEqual([...postal].sort());
    expect(printing.slice(1).every((r) => isValidCode(r[1]!))).toBe(true);
    expect(printing.slice(1).every((r) => ["fi+sv", "sv+fi"].includes(r[2]!))).toBe(true);
    const all =
      (await readFile(path.join(dir, "kirjeet", "sample.csv"), "utf8")) + JSON.stringify(record);
    expect(all).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/);

    const pdf = await getDocumentProxy(
      new Uint8Array(await readFile(path.join(dir, "kirjeet", "letters.pdf"))),
    );
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBe(24);
    const first = printing[1]!;
    expect(text[0]).toContain(first[3]); // name
    expect(text[0]).toContain(first[4]); // street
    expect(text[0]).toContain(`${first[5]} ${first[6]}`);
    expect(text[0]).toContain(first[1]); // code
    expect(text[0]).toContain("kuulo.example.fi/kuulola/ilmoittaudu");
  });

  it("draws the same people again with the same file, key and seed, and others with another seed", async () => {
    const ids = async (extra: string[]) => {
      const { code, dir } = await run(draw(extra));
      expect(code).toBe(0);
      return (await table(dir, "sample.csv"))
        .slice(1)
        .map((r) => `${r[1]} ${r[3]}`)
        .sort();
    };
    const once = await ids(["--stratify", "age"]);
    expect(await ids(["--stratify", "age"])).toEqual(once);
    expect(await ids(["--stratify", "age", "--seed", "another"])).not.toEqual(once);
    // A plain random sample: one stratum "".
    const plain = await run(draw());
    const record = JSON.parse(await readFile(path.join(plain.dir, "kirjeet", "draw.json"), "utf8"));
    expect(record).toMatchObject({ method: "random", stratify: [], ageBands: null });
  });

  it("refuses a file with invalid rows unless --skip-invalid, and then leaves them out", async () => {
    const args = (extra: string[]) => [
      fixture("vaesto-utf8.csv"),
      "--template",
      fixture("kirje.template.json"),
      "--sample",
      "2",
      "--seed",
      "s",
      "--url",
      URL_,
      "--out",
      "kirjeet",
      "--on",
      "2026-01-20",
      ...extra,
    ];
    const refused = await run(args([]));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("6 invalid rows: nothing written");
    expect(refused.out).toContain("line 7, column Henkilötunnus: invalid_hetu");
    await expect(readdir(path.join(refused.dir, "kirjeet"))).rejects.toThrow();

    const skipped = await run(args(["--skip-invalid"]));
    expect(skipped.code).toBe(0);
    const printing = await table(skipped.dir, "printing-house.csv");
    // The two who may get a letter: no turvakielto, alive, valid.
    expect(
      printing
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(["Aino Helmi Esimerkki", "Saga Exempel"]);
    const record = JSON.parse(
      await readFile(path.join(skipped.dir, "kirjeet", "draw.json"), "utf8"),
    );
    expect(record).toMatchObject({ skippedInvalidRows: 6, frame: 2 });
    // More than the frame holds.
    const tooMany = await run(args(["--skip-invalid", "--sample", "3"]));
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toContain("cannot draw 3 from 2 people");
  });

  it("reads an ISO-8859-1 extract: ä ö å reach the letter, Swedish first for a Swedish speaker", async () => {
    const { code, dir } = await run([
      fixture("vaesto-latin1.csv"),
      ...draw()
        .slice(1)
        .map((a) => (a === "12" ? "1" : a)),
      "--encoding",
      "latin1",
    ]);
    expect(code).toBe(0);
    const printing = await table(dir, "printing-house.csv");
    expect(printing[1]!.slice(2, 7)).toEqual([
      "sv+fi",
      "Åsa Mäkelä",
      "Jokikatu 1",
      "80100",
      "JOENSUU",
    ]);
    const pdf = await getDocumentProxy(
      new Uint8Array(await readFile(path.join(dir, "kirjeet", "letters.pdf"))),
    );
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBe(2);
    expect(text[0]).toContain("Åsa Mäkelä");
    expect(text[0]).toContain("Bästa Åsa Mäkelä,");
    expect(text[1]).toContain("Hyvä Åsa Mäkelä,");
  });

  it("refuses to make letters from an extract without names", async () => {
    const text = await readFile(fixture("vaesto-otanta.csv"), "utf8");
    const dir = await mkdtemp(path.join(tmpdir(), "kuulo-letters-nameless-"));
    const nameless = path.join(dir, "nimeton.csv");
    await writeFile(
      nameless,
      text
        .split("\n")
        .map((line) =>
          line
            .split(";")
            .filter((_, i) => i !== 1 && i !== 2)
            .join(";"),
        )
        .join("\n"),
    );
    const { code, err } = await run([nameless, ...draw().slice(1)]);
    expect(code).toBe(1);
    expect(err).toContain(
      "have no name in the extract: letters need the columns Sukunimi and Etunimet",
    );
  });

  it("names what is wrong in the template", async () => {
    const { code, err } = await run(
      draw().map((a) =>
        a.endsWith("kirje.template.json") ? fixture("vaesto-fixed.mapping.json") : a,
      ),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/vaesto-fixed\.mapping\.json: template: format: unknown key/);
  });

  it.each([
    [["--sample", "12"], {}, "give --key or DVV_HMAC_KEY"],
    [["--stratify", "gender"], undefined, '--stratify: "gender" is not municipality or age'],
    [["--age-bands", "30-44,18-29"], undefined, "--age-bands: 18-29 overlaps"],
    [["--url", "kuulo.fi"], undefined, "--url must be an address"],
  ] as const)("refuses %j with the usage (exit 2)", async (extra, env, message) => {
    const { code, err } = await run(draw([...extra]), env as NodeJS.ProcessEnv | undefined);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: kuulo dvv letters FILE");
  });
});
