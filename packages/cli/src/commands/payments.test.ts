import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { validatePain001 } from "@kuulo/payments/validate";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { captureIO } from "../testing.js";

const PAYER = {
  name: "Keski-Uusimaan hyvinvointialue",
  iban: "FI21 1234 5600 0007 85",
  bic: "NDEAFIHH",
  businessId: "0201256-6",
};

const GOOD =
  "id;name;iban;amount;message\r\n" +
  "K1-001;Aino Mäkelä;FI21 1234 5600 0007 85;45,00;Asukaspaneelin palkkio\r\n" +
  "K1-002;Erik Åberg;FI9150000120000005;30;Asukaspaneelin palkkio\r\n" +
  "K1-003;Zoë Dubois;DE89370400440532013000;15,50;Palkkio & matkat\r\n";

async function inDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "kuulo-payments-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const ARGS = ["payments", "pain001", "--payer", "payer.json", "--payments", "payments.csv"];

describe("kuulo payments pain001", () => {
  it("writes a schema-valid file whose count and control sum match the input", async () => {
    const dir = await inDir({
      "payer.json": JSON.stringify(PAYER),
      "payments.csv": `\ufeff${GOOD}`,
    });
    const io = captureIO({ cwd: dir });
    const code = await main(
      [...ARGS, "--date", "2026-12-10", "--out", "out.xml", "--message-id", "PANEL-2026-1"],
      io,
    );
    expect(io.err).toBe("");
    expect(code).toBe(0);
    expect(io.out).toBe(
      "Wrote out.xml: 3 transactions, control sum 90.50 EUR, execution date 2026-12-10, message id PANEL-2026-1 (valid pain.001.001.03)\n",
    );
    const xml = await readFile(path.join(dir, "out.xml"), "utf8");
    expect((await validatePain001(xml)).valid).toBe(true);
    expect(xml.match(/<NbOfTxs>3<\/NbOfTxs>/g)).toHaveLength(2);
    expect(xml.match(/<CtrlSum>90.50<\/CtrlSum>/g)).toHaveLength(2);
    expect(xml).toContain("<MsgId>PANEL-2026-1</MsgId>");
    expect(xml).toContain("<Cdtr><Nm>Aino Mäkelä</Nm></Cdtr>");
    expect(xml).toContain("<CdtrAgt><FinInstnId><BIC>OKOYFIHH</BIC></FinInstnId></CdtrAgt>");
    expect(xml).toContain("<Ustrd>Palkkio + matkat</Ustrd>");
    expect(await readdir(dir)).toEqual(["out.xml", "payer.json", "payments.csv"]);
  });

  it("prints every problem with its line and field, exits 1 and writes nothing", async () => {
    const bad =
      "id,name,iban,amount,message\n" +
      "K1-001,Aino,FI21 1234 5600 0007 86,45.00,x\n" +
      "K1-002,,FI9150000120000005,30.123,x\n" +
      "K1-001,Bea,FI9150000120000005,,x\n" +
      "K1-004,Cilla,FI9150000120000005,1000000000.00,x\n";
    const dir = await inDir({
      "payer.json": JSON.stringify({ ...PAYER, iban: "FI00", businessId: "123" }),
      "payments.csv": bad,
    });
    const io = captureIO({ cwd: dir });
    expect(await main([...ARGS, "--date", "2026-12-10", "--out", "out.xml"], io)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err.split("\n")).toEqual([
      "kuulo payments pain001: 8 problem(s), nothing written:",
      "  payments.csv line 2, iban: not a valid IBAN: it has wrong check digits (a typo?)",
      "  payments.csv line 3, name: missing",
      '  payments.csv line 3, amount: "30.123" is not an amount in euros such as 12.50 or 12,50',
      '  payments.csv line 4, id: "K1-001" is also on line 2',
      "  payments.csv line 4, amount: missing",
      "  payer.json: iban: not a valid IBAN: an IBAN of FI has 18 characters, this has 4",
      "  payer.json: businessId: not a business ID (Y-tunnus) such as 0201256-6",
      "  payments.csv line 5, amount: too large (at most 999 999 999.99 euros in one SEPA transfer)",
      "",
    ]);
    expect(await readdir(dir)).toEqual(["payer.json", "payments.csv"]);
  });

  it("names missing payer fields and keeps an existing output file as it was", async () => {
    const dir = await inDir({
      "payer.json": JSON.stringify({ name: "X", iban: 5 }),
      "payments.csv": GOOD,
      "out.xml": "old",
    });
    const io = captureIO({ cwd: dir });
    expect(await main([...ARGS, "--date", "2026-12-10", "--out", "out.xml"], io)).toBe(1);
    expect(io.err).toContain('payer.json: field "iban" is missing or not a text');
    expect(io.err).toContain('payer.json: field "bic" is missing or not a text');
    expect(io.err).toContain('payer.json: field "businessId" is missing or not a text');
    expect(await readFile(path.join(dir, "out.xml"), "utf8")).toBe("old");
  });

  it("is a usage error without the required options or with a bad date", async () => {
    const dir = await inDir({ "payer.json": JSON.stringify(PAYER), "payments.csv": GOOD });
    const io = captureIO({ cwd: dir });
    expect(await main([...ARGS, "--date", "2026-02-30", "--out", "o.xml"], io)).toBe(2);
    expect(io.err).toMatch(/--date 2026-02-30: expected a date YYYY-MM-DD/);
    const io2 = captureIO({ cwd: dir });
    expect(await main([...ARGS, "--date", "2026-12-10"], io2)).toBe(2);
    expect(io2.err).toMatch(/--out is required/);
    const help = captureIO({ cwd: dir });
    expect(await main(["--help"], help)).toBe(0);
    expect(help.out).toMatch(/payments pain001 +write a SEPA payment file/);
  });
});
