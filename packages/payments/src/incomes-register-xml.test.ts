import { syntheticHetu } from "@kuulo/dvv";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { earningsPaymentReports } from "./incomes-register.js";
import { WAGE_REPORTS_NAMESPACE, wageReportsXml } from "./incomes-register-xml.js";
import { validateWageReports } from "./validate.js";
import { computeWithholding } from "./withholding.js";

const hetuA = syntheticHetu({ birthDate: "1980-05-17", sex: 2 });
const hetuB = syntheticHetu({ birthDate: "1999-01-02", sex: 1 });
const hetuC = syntheticHetu({ birthDate: "1961-11-30", sex: 1 });

function reports() {
  const [a, b, c] = computeWithholding({
    payments: [
      { payeeId: "a", grossCents: 15_000, form: "money", taxStatus: { kind: "none" } },
      { payeeId: "b", grossCents: 5000, form: "gift_card", taxStatus: { kind: "none" } },
      {
        payeeId: "c",
        grossCents: 12_050,
        form: "money",
        taxStatus: { kind: "prepayment_register" },
      },
    ],
  });
  return earningsPaymentReports({
    payerBusinessId: "0201256-6",
    paymentDate: "2026-12-01",
    payments: [
      { reference: "pay-a", personalIdentityCode: hetuA, payment: a! },
      { reference: "pay-b", personalIdentityCode: hetuB, payment: b! },
      { reference: "pay-c", personalIdentityCode: hetuC, payment: c! },
    ],
  });
}

const delivery = {
  deliveryId: "KUULO-batch-1",
  createdAt: new Date("2026-12-02T08:30:00Z"),
  contact: { name: "Tiina Talous", phone: "+358 40 123 4567", email: "talous@example.fi" },
  period: { start: "2026-10-03", end: "2026-11-14" },
};

/** The text of every `<name>` element, in document order. */
function all(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, "g"))].map((m) => m[1]!);
}

/** The reports of the delivery, each as its XML text. */
function reportsOf(xml: string): string[] {
  return [...xml.matchAll(/<Report>.*?<\/Report>/gs)].map((m) => m[0]);
}

describe("wageReportsXml", () => {
  it("writes one well-formed delivery in the Incomes Register's namespace", async () => {
    const xml = wageReportsXml({ ...delivery, reports: reports() });
    const parsed = await validateXML({
      xml: [{ fileName: "d.xml", contents: xml }],
      normalization: "format",
    });
    expect(parsed.errors).toEqual([]);
    expect(xml).toContain(`<wrtir:WageReportsRequestToIR xmlns:wrtir="${WAGE_REPORTS_NAMESPACE}">`);
    expect(all(xml, "DeliveryDataType")).toEqual(["100"]);
    expect(all(xml, "DeliveryId")).toEqual(["KUULO-batch-1"]);
    expect(all(xml, "Timestamp")).toEqual(["2026-12-02T08:30:00.000Z"]);
    expect(all(xml, "ProductionEnvironment")).toEqual(["true"]);
    expect(all(xml, "PaymentDate")).toEqual(["2026-12-01"]);
    expect(all(xml, "StartDate")).toEqual(["2026-10-03"]);
    expect(all(xml, "EndDate")).toEqual(["2026-11-14"]);
    expect(all(xml, "Name")).toEqual(["Tiina Talous"]);
    expect(all(xml, "Telephone")).toEqual(["+358 40 123 4567"]);
    expect(all(xml, "Email")).toEqual(["talous@example.fi"]);
  });

  it("names the payer by business ID as owner, creator, sender and payer", () => {
    const xml = wageReportsXml({ ...delivery, reports: reports() });
    const payer = "<Type>1</Type><Code>0201256-6</Code>";
    for (const element of ["DeliveryDataOwner", "DeliveryDataCreator", "DeliveryDataSender"])
      expect(xml).toContain(`<${element}>${payer}</${element}>`);
    expect(xml).toContain(`<Payer><PayerIds><Id>${payer}</Id></PayerIds></Payer>`);
  });

  it("writes a report per payment: income type 336, the withholding as 402, gift cards as no money", () => {
    const xml = wageReportsXml({ ...delivery, reports: reports() });
    const [a, b, c] = reportsOf(xml);
    expect(reportsOf(xml)).toHaveLength(3);
    // No tax card: 60 % withheld from 150.00.
    expect(all(a!, "ReportId")).toEqual(["pay-a"]);
    expect(a).toContain(`<IncomeEarnerIds><Id><Type>2</Type><Code>${hetuA}</Code></Id>`);
    expect(all(a!, "TransactionCode")).toEqual(["336", "402"]);
    expect(all(a!, "Amount")).toEqual(["150.00", "90.00"]);
    expect(all(a!, "NoMoney")).toEqual([]);
    // A gift card: reported at face value as paid in a form other than money, nothing withheld.
    expect(all(b!, "TransactionCode")).toEqual(["336"]);
    expect(all(b!, "Amount")).toEqual(["50.00"]);
    expect(all(b!, "NoMoney")).toEqual(["true"]);
    // In the prepayment register: nothing withheld, so no 402.
    expect(all(c!, "TransactionCode")).toEqual(["336"]);
    expect(all(c!, "Amount")).toEqual(["120.50"]);
    expect(all(xml, "ActionCode")).toEqual(["1", "1", "1"]);
  });

  it("marks a delivery for the test service and defaults the period to the payment date", () => {
    const xml = wageReportsXml({
      ...delivery,
      period: undefined,
      production: false,
      reports: reports(),
    });
    expect(all(xml, "ProductionEnvironment")).toEqual(["false"]);
    expect(all(xml, "StartDate")).toEqual(["2026-12-01"]);
    expect(all(xml, "EndDate")).toEqual(["2026-12-01"]);
    expect(all(xml, "Email")).toEqual(["talous@example.fi"]);
  });

  it("escapes XML and collapses whitespace in what people typed", () => {
    const xml = wageReportsXml({
      ...delivery,
      contact: { name: "  Åsa <Öberg> &  co ", phone: "09 123\n456" },
      reports: reports(),
    });
    expect(all(xml, "Name")).toEqual(["Åsa &lt;Öberg&gt; &amp; co"]);
    expect(all(xml, "Telephone")).toEqual(["09 123 456"]);
    expect(all(xml, "Email")).toEqual([]);
  });

  it("refuses what the Incomes Register would reject, naming the field", () => {
    const write = (change: object) => () =>
      wageReportsXml({ ...delivery, reports: reports(), ...change });
    expect(write({ reports: [] })).toThrow("reports: a delivery needs at least one report");
    expect(write({ deliveryId: "x".repeat(41) })).toThrow("deliveryId: more than 40 characters");
    expect(write({ contact: { name: " ", phone: "1" } })).toThrow("contact.name: missing");
    expect(write({ contact: { name: "A", phone: "" } })).toThrow("contact.phone: missing");
    expect(write({ period: { start: "2026-12-02", end: "2026-12-01" } })).toThrow(
      "period: starts after it ends",
    );
    expect(write({ period: { start: "1.12.2026", end: "2026-12-01" } })).toThrow(
      "period.start: 1.12.2026 is not YYYY-MM-DD",
    );
    const other = { ...reports()[0]!, paymentDate: "2026-12-02" };
    expect(write({ reports: [reports()[0]!, other] })).toThrow(
      "reports[1]: another payer or payment date than reports[0]",
    );
  });

  // The Incomes Register's schema is not in the repository (see the README); point
  // KUULO_INCOMES_REGISTER_XSD at a folder with WageReportsToIR.xsd and its imports to run this.
  const schemaDir = process.env.KUULO_INCOMES_REGISTER_XSD;
  it.skipIf(!schemaDir)("validates against the Incomes Register's schema", async () => {
    for (const production of [true, false]) {
      const xml = wageReportsXml({ ...delivery, production, reports: reports() });
      expect(await validateWageReports(xml, schemaDir!)).toEqual({ valid: true, errors: [] });
    }
    const broken = wageReportsXml({ ...delivery, reports: reports() }).replace(
      "<Amount>150.00</Amount>",
      "<Amount>150,00</Amount>",
    );
    expect((await validateWageReports(broken, schemaDir!)).valid).toBe(false);
  });
});
