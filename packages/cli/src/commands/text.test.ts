import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO as capture } from "../testing.js";

function captureIO(cwd: string) {
  return capture({ cwd });
}

const TOPICS = [
  [
    "Terveyskeskukseen on vaikea saada aikaa, jonot ovat liian pitkiä.",
    "Lääkärille pääsee vasta viikkojen päästä, jonot terveyskeskukseen pitäisi lyhentää.",
    "Terveyskeskuksen jonot ovat kohtuuttomat ja puhelimessa joutuu odottamaan.",
    "Hoitoon pääsy terveyskeskukseen on hidasta, jonot ovat pitkät.",
    "Pitkät jonot terveyskeskukseen ja lääkärille ovat suurin ongelma.",
    "Lääkäriajan saaminen terveyskeskuksesta on mahdotonta, jonot.",
  ],
  [
    "Bussit kulkevat liian harvoin iltaisin ja viikonloppuisin.",
    "Bussivuoroja pitäisi lisätä, bussit kulkevat harvoin kylille.",
    "Joukkoliikenne on huonoa, bussit myöhästelevät ja vuoroja on vähän.",
    "Iltaisin bussivuoroja ei ole, joukkoliikenne pitää korjata.",
    "Bussilippu on kallis ja bussit kulkevat harvoin.",
    "Bussit ovat aina myöhässä ja bussivuoroja on liian vähän.",
  ],
  [
    "Kirjasto on tärkeä paikka, kirjaston aukioloaikoja pitäisi pidentää.",
    "Kirjaston aukioloajat ovat liian lyhyet, kirjasto suljetaan aikaisin.",
    "Kirjastossa on hyvät palvelut ja kirjasto on lapsille tärkeä.",
    "Kirjaston kirjat ovat tärkeitä, kirjasto pitää säilyttää.",
    "Kirjaston aukioloaikoja lisää iltaisin, kirjasto on hyvä paikka.",
    "Lähikirjasto pitää säilyttää, kirjasto on kylän sydän.",
  ],
];

function csvFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "kuulo-text-"));
  const rows = ["id,vastaus,ikä"];
  TOPICS.forEach((answers, t) => {
    answers.forEach((a, i) => {
      rows.push(`${t * 10 + i},"${a.replace(/"/g, '""')}",${i % 2 ? "18-39" : "40-64"}`);
    });
  });
  rows.push(
    '90,"Monirivinen vastaus:\nbussit kulkevat harvoin, soita 040 123 4567, tunnus 1310\u200B52 – 308T",18-39',
  );
  rows.push("91,,40-64");
  writeFileSync(join(dir, "vastaukset.csv"), `${rows.join("\r\n")}\r\n`);
  return dir;
}

describe("kuulo text analyze", () => {
  it("prints themes with counts, labels and quotes, and writes per-row JSON", async () => {
    const dir = csvFile();
    const io = captureIO(dir);
    const code = await main(
      [
        "text",
        "analyze",
        "vastaukset.csv",
        "--column",
        "vastaus",
        "--group-by",
        "ikä",
        "--k",
        "3",
        "--lang",
        "fi",
        "--json",
        "out.json",
      ],
      io,
    );
    expect(io.err).not.toMatch(/kuulo text analyze:/);
    expect(code).toBe(0);
    expect(io.out).toContain("20 rows, 19 answers analysed (1 empty)");
    expect(io.out).toContain("1 phone numbers");
    expect(io.out).toMatch(/t1 +\d+ answers/);
    expect(io.out).toMatch(/kirjasto/i);
    expect(io.out).toMatch(/\[row \d+\] “/);
    expect(io.out).toContain("Themes by ikä");
    expect(io.out).not.toContain("040 123 4567");
    // The same redaction as statement screening: a disguised identity code is found too.
    expect(io.out).toContain("Redacted: 1 identity codes");
    expect(io.out).not.toMatch(/308T/);
    expect(readFileSync(join(dir, "out.json"), "utf8")).not.toMatch(/308T/);
    expect(io.err).toContain("lemmatise");
    const json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(json.rows.length).toBe(20);
    expect(json.rows[19]).toMatchObject({ row: 20, themeIds: [], sentiment: null });
    expect(json.rows[18].line).toBe(20);
    const counted = json.themes.reduce((s: number, t: { count: number }) => s + t.count, 0);
    expect(counted).toBe(19);
    for (const t of json.themes)
      for (const id of t.answerIds) expect(json.rows[Number(id) - 1].themeIds[0]).toBe(t.id);
    expect(json.rows[0].sentiment.indicative).toBe(true);
    // Voikko ships as WebAssembly: no system library needed, and the output says so.
    expect(io.out).toContain("morphology fi: voikko-wasm");
    expect(json.morphology).toBe("voikko-wasm");
    expect(json.lemmatizers).toEqual({ fi: "voikko-wasm" });
    expect(json.warnings).toEqual([]);
    expect(io.err).not.toContain("WARNING");
  });

  it("warns visibly, on stderr, stdout and in the JSON, when Finnish falls back to Snowball", async () => {
    const dir = csvFile();
    const io = captureIO(dir);
    const before = process.env.KUULO_VOIKKO;
    process.env.KUULO_VOIKKO = "off"; // the worker thread copies the environment at start
    try {
      const args = ["text", "analyze", "vastaukset.csv", "--column", "vastaus", "--k", "3"];
      expect(await main([...args, "--lang", "fi", "--json", "out.json"], io)).toBe(0);
    } finally {
      if (before === undefined) delete process.env.KUULO_VOIKKO;
      else process.env.KUULO_VOIKKO = before;
    }
    expect(io.out).toContain("morphology fi: snowball");
    expect(io.err).toMatch(/WARNING: Voikko could not be loaded/);
    expect(io.out).toMatch(/WARNING: Voikko could not be loaded/);
    const json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(json.morphology).toBe("snowball");
    expect(json.warnings[0]).toMatch(/Snowball/);
    // Turning Voikko off on purpose is no warning.
    const quiet = captureIO(dir);
    const off = ["text", "analyze", "vastaukset.csv", "--column", "vastaus", "--k", "3"];
    expect(await main([...off, "--lang", "fi", "--no-voikko"], quiet)).toBe(0);
    expect(quiet.out).toContain("morphology fi: snowball");
    expect(quiet.err).not.toContain("WARNING");
  });

  it("uses a configured OpenAI-compatible endpoint and prints cited summaries", async () => {
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        const sent = JSON.parse(body).messages[1].content as string;
        const id = /^\[([^\]]+)\]/m.exec(sent.split("\n").slice(1).join("\n"))![1];
        const content = JSON.stringify({
          label: "Mallin nimi",
          summary: `Vastaajat kertovat [${id}].`,
          quotes: [],
        });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const dir = csvFile();
      const io = captureIO(dir);
      const code = await main(
        [
          "text",
          "analyze",
          "vastaukset.csv",
          "--column",
          "vastaus",
          "--k",
          "3",
          "--llm-url",
          url,
          "--llm-model",
          "m",
        ],
        io,
      );
      expect(code).toBe(0);
      expect(io.out).toMatch(/LLM: (\d) of \1 themes labelled by the model/);
      expect(io.out).toContain("Mallin nimi");
      expect(io.out).toMatch(/summary \(LLM\): Vastaajat kertovat \[\d+\]\./);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("names file, line and problem for a broken CSV or a missing column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kuulo-text-"));
    writeFileSync(join(dir, "bad.csv"), 'id,vastaus\n1,"auki\n2,x\n');
    let io = captureIO(dir);
    expect(await main(["text", "analyze", "bad.csv", "--column", "vastaus"], io)).toBe(1);
    expect(io.err).toContain("bad.csv:2:3: quoted field is not closed");
    writeFileSync(join(dir, "ok.csv"), "id,teksti\n1,a\n");
    io = captureIO(dir);
    expect(await main(["text", "analyze", "ok.csv", "--column", "vastaus"], io)).toBe(1);
    expect(io.err).toContain('ok.csv:1: no column "vastaus"');
  });

  it("reads a Windows-1252 CSV (Finnish Excel) as such, with a notice naming file and encoding", async () => {
    const dir = csvFile();
    const utf8 = readFileSync(join(dir, "vastaukset.csv"), "utf8").replace("\u200B", "");
    // Every character of the file is in Latin-1, which Windows-1252 extends; add € “ ”.
    const bytes = Buffer.concat([
      Buffer.from(utf8, "latin1"),
      Buffer.from("92,", "latin1"),
      Buffer.from([0x93]),
      Buffer.from("Bussilippu maksaa 3 ", "latin1"),
      Buffer.from([0x80, 0x94]),
      Buffer.from(",18-39\r\n", "latin1"),
    ]);
    writeFileSync(join(dir, "excel.csv"), bytes);
    const io = captureIO(dir);
    expect(
      await main(
        ["text", "analyze", "excel.csv", "--column", "vastaus", "--k", "3", "--json", "out.json"],
        io,
      ),
    ).toBe(0);
    expect(io.err).toContain(
      "Notice: excel.csv: not UTF-8 (byte 0xE4 on line 1, character 14), so read as Windows-1252",
    );
    expect(io.out).not.toContain("\ufffd");
    expect(io.out).toMatch(/jonot|bussi|kirjasto/i);
    expect(io.out).toContain("excel.csv: 21 rows");
    const json = readFileSync(join(dir, "out.json"), "utf8");
    expect(json).not.toContain("\ufffd");
    expect(json).toMatch(/lääkäri|kirjasto/i);
  });

  it("rejects bad options with usage and exit code 2", async () => {
    const io = captureIO(process.cwd());
    expect(await main(["text", "analyze", "x.csv", "--column", "a", "--k", "1"], io)).toBe(2);
    expect(io.err).toContain("--k 1");
    expect(await main(["text", "analyze", "x.csv"], io)).toBe(2);
    expect(io.err).toContain("--column is required");
    expect(await main(["text", "analyze", "x.csv", "--column", "a", "--lang", "de"], io)).toBe(2);
  });
});
