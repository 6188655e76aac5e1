import { describe, expect, it } from "vitest";
import { readPaymentsCsv } from "./payments-csv.js";

describe("readPaymentsCsv", () => {
  it("reads a comma file with quoted decimal commas, deriving Finnish BICs", () => {
    const text =
      "id,name,iban,amount,message\n" +
      'p1,Aino Mäkelä,FI21 1234 5600 0007 85,"12,50",Palkkio\n' +
      "p2,Erik Åberg,DE89370400440532013000,30.5,\n" +
      "p3,Olli Oja,FI9150000120000005,100,Palkkio ja matkat\n";
    const { payments, problems, delimiter } = readPaymentsCsv(text);
    expect(problems).toEqual([]);
    expect(delimiter).toBe(",");
    expect(payments).toEqual([
      {
        id: "p1",
        name: "Aino Mäkelä",
        iban: "FI2112345600000785",
        bic: "NDEAFIHH",
        amountCents: 1250,
        message: "Palkkio",
      },
      {
        id: "p2",
        name: "Erik Åberg",
        iban: "DE89370400440532013000",
        bic: null,
        amountCents: 3050,
        message: "",
      },
      {
        id: "p3",
        name: "Olli Oja",
        iban: "FI9150000120000005",
        bic: "OKOYFIHH",
        amountCents: 10_000,
        message: "Palkkio ja matkat",
      },
    ]);
  });

  it("reads Finnish Excel's semicolon file with a BOM and CRLF, and a bic column", () => {
    const text =
      "\ufeffID;Name;IBAN;Amount;Message;BIC\r\n" +
      "p1;Aino;FI2112345600000785;12,50;Palkkio;handfihh\r\n" +
      "p2;Bea;FI9150000120000005;1 234,5;;\r\n";
    const { payments, problems, lines } = readPaymentsCsv(text);
    expect(problems).toEqual([]);
    expect(lines).toEqual([2, 3]);
    expect(payments.map((p) => [p.id, p.amountCents, p.bic])).toEqual([
      ["p1", 1250, "HANDFIHH"],
      ["p2", 123_450, "OKOYFIHH"],
    ]);
  });

  it("collects every problem with its line and field", () => {
    const text =
      "id,name,iban,amount,message\n" +
      "p1,Aino,FI2112345600000786,12.50,x\n" +
      "p2,,FI2112345600000785,12.505,x\n" +
      "p1,Bea,,-3,x\n" +
      "\n" +
      "p4,Cecilia,XX2112345600000785,0,x\n" +
      "p5,Daniel,FI2112345600000785\n" +
      "p 6,Eero,FI211234560000078,1e3,x\n";
    const { payments, problems } = readPaymentsCsv(text);
    expect(payments).toEqual([]);
    expect(problems).toEqual([
      { line: 2, field: "iban", message: "not a valid IBAN: it has wrong check digits (a typo?)" },
      { line: 3, field: "name", message: "missing" },
      {
        line: 3,
        field: "amount",
        message: '"12.505" is not an amount in euros such as 12.50 or 12,50',
      },
      { line: 4, field: "id", message: '"p1" is also on line 2' },
      { line: 4, field: "iban", message: "missing" },
      {
        line: 4,
        field: "amount",
        message: '"-3" is not an amount in euros such as 12.50 or 12,50',
      },
      { line: 6, field: "iban", message: "not a valid IBAN: it is not from a SEPA country" },
      { line: 6, field: "amount", message: "must be more than 0" },
      { line: 7, field: null, message: "3 fields, the header has 5" },
      {
        line: 8,
        field: "id",
        message: `"p 6": 1–35 letters, digits or / - ? : ( ) . , ' + (no spaces)`,
      },
      {
        line: 8,
        field: "iban",
        message: "not a valid IBAN: it has the wrong length for its country",
      },
      {
        line: 8,
        field: "amount",
        message: '"1e3" is not an amount in euros such as 12.50 or 12,50',
      },
    ]);
  });

  it("reports a wrong header, an empty file, and a broken quote", () => {
    expect(readPaymentsCsv("id;name;amount\np1;A;1\n").problems).toEqual([
      {
        line: 1,
        field: null,
        message: "the header has no column iban, message (expected id;name;iban;amount;message)",
      },
    ]);
    expect(readPaymentsCsv("").problems[0]).toMatchObject({ line: 1, field: null });
    expect(readPaymentsCsv("id,name,iban,amount,message\n").problems).toEqual([
      { line: 1, field: null, message: "no payments" },
    ]);
    const quote = readPaymentsCsv('id,name,iban,amount,message\np1,"Aino,FI2112345600000785,1,x\n');
    expect(quote.problems).toHaveLength(1);
    expect(quote.problems[0]).toMatchObject({ line: 2, field: null });
    expect(quote.problems[0]!.message).toMatch(/quoted field is not closed/);
  });
});
