import { describe, expect, it } from "vitest";
import { ibanFromBban } from "./iban.js";
import { type CreditTransfer, Pain001Error, pain001Problems, writePain001 } from "./pain001.js";
import { isSepaText, sepaText } from "./sepa-text.js";
import { validatePain001 } from "./validate.js";

const payer = {
  name: "Keski-Uusimaan hyvinvointialue",
  iban: "FI21 1234 5600 0007 85",
  bic: "NDEAFIHH",
  businessId: "0201256-6",
};

function transfers(n: number): CreditTransfer[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `PANEL1-${i + 1}`,
    name: `Panelisti ${i + 1}`,
    iban: ibanFromBban("FI", `5${String(i).padStart(13, "0")}`),
    bic: i % 2 === 0 ? "OKOYFIHH" : null,
    amountCents: 3000 + i * 7,
    message: `Asukaspaneelin palkkio, tapaamiset 1–3 (${i + 1})`,
  }));
}

const options = (payments: CreditTransfer[]) => ({
  payer,
  payments,
  executionDate: "2026-12-10",
  createdAt: new Date("2026-12-04T10:15:00Z"),
});

const tag = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`, "g"))].map((m) => m[1]!);

describe("writePain001", () => {
  it("writes a file that validates against pain.001.001.03.xsd", async () => {
    const { xml } = writePain001(options(transfers(25)));
    const result = await validatePain001(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has the count and control sum of the payments, in both header blocks", () => {
    const payments = transfers(25);
    const result = writePain001(options(payments));
    const cents = payments.reduce((s, p) => s + p.amountCents, 0);
    expect(result).toMatchObject({ transactions: 25, controlSumCents: cents });
    expect(tag(result.xml, "NbOfTxs")).toEqual(["25", "25"]);
    expect(tag(result.xml, "CtrlSum")).toEqual([
      (cents / 100).toFixed(2),
      (cents / 100).toFixed(2),
    ]);
    expect(tag(result.xml, "InstdAmt")).toEqual(
      payments.map((p) => (p.amountCents / 100).toFixed(2)),
    );
    expect(tag(result.xml, "EndToEndId")).toEqual(payments.map((p) => p.id));
  });

  it("writes the SEPA elements Finnish banks expect", () => {
    const { xml } = writePain001(options(transfers(2)));
    expect(xml).toContain("<PmtMtd>TRF</PmtMtd>");
    expect(xml).toContain("<SvcLvl><Cd>SEPA</Cd></SvcLvl>");
    expect(xml).toContain("<ChrgBr>SLEV</ChrgBr>");
    expect(xml).toContain("<ReqdExctnDt>2026-12-10</ReqdExctnDt>");
    expect(xml).toContain("<CreDtTm>2026-12-04T10:15:00Z</CreDtTm>");
    expect(xml).toContain("<DbtrAcct><Id><IBAN>FI2112345600000785</IBAN></Id></DbtrAcct>");
    expect(xml).toContain(
      "<InitgPty><Nm>Keski-Uusimaan hyvinvointialue</Nm><Id><OrgId><Othr><Id>0201256-6</Id><SchmeNm><Cd>Y</Cd></SchmeNm></Othr></OrgId></Id></InitgPty>",
    );
    // A creditor agent only where the BIC is known.
    expect(tag(xml, "BIC")).toEqual(["NDEAFIHH", "OKOYFIHH"]);
    expect(xml).toContain('<InstdAmt Ccy="EUR">30.00</InstdAmt>');
  });

  it("escapes XML and keeps å ä ö; other characters become SEPA characters", async () => {
    const payments = transfers(1);
    payments[0]!.name = "Åsa Öberg-Mäkelä <&> Dvořák “Zoë” 李";
    payments[0]!.message = `<b>${"ä".repeat(150)}`;
    const { xml } = writePain001(options(payments));
    expect(tag(xml, "Nm")[2]).toBe("Åsa Öberg-Mäkelä + Dvorak Zoe");
    const message = tag(xml, "Ustrd")[0]!;
    expect([...message]).toHaveLength(140);
    expect(message.startsWith("b ää")).toBe(true);
    expect((await validatePain001(xml)).valid).toBe(true);
    expect(isSepaText(sepaText("Ärrä & pörrö ©", 70))).toBe(true);
  });

  it("lists every problem of the input and writes nothing", () => {
    const payments = transfers(3);
    payments[0]!.iban = "FI2112345600000786";
    payments[1]!.amountCents = 0;
    payments[2]!.id = "PANEL1-1";
    const bad = { ...options(payments), payer: { ...payer, bic: "x", businessId: "0201256-5" } };
    expect(pain001Problems(bad)).toEqual([
      { field: "payer.bic", message: "not a BIC (8 or 11 characters)" },
      { field: "payer.businessId", message: "not a business ID (Y-tunnus) such as 0201256-6" },
      {
        field: "payments[0].iban",
        message: "not a valid IBAN: the check digits do not match (a typo?)",
      },
      { field: "payments[1].amountCents", message: "must be more than 0" },
      { field: "payments[2].id", message: "the id PANEL1-1 is used twice" },
    ]);
    expect(() => writePain001(bad)).toThrow(Pain001Error);
    const unwritable = { ...options(transfers(1)), payer: { ...payer, name: "李明" } };
    expect(pain001Problems(unwritable)).toEqual([{ field: "payer.name", message: "missing" }]);
    expect(pain001Problems({ ...options([]), executionDate: "2026-02-30" })).toEqual([
      { field: "executionDate", message: "expected a date YYYY-MM-DD" },
      { field: "payments", message: "no payments" },
    ]);
  });

  it("is rejected by the schema when broken (the validator can fail)", async () => {
    const { xml } = writePain001(options(transfers(2)));
    const broken = await validatePain001(
      xml.replace("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>XXXX</ChrgBr>"),
    );
    expect(broken.valid).toBe(false);
    expect(broken.errors[0]).toMatch(/^line \d+: .*ChrgBr/);
    const missing = await validatePain001(xml.replace(/<MsgId>[^<]*<\/MsgId>/, ""));
    expect(missing.valid).toBe(false);
  });
});
