import { readCsv } from "@kuulo/csv";
import { syntheticHetu } from "@kuulo/dvv";
import { describe, expect, it } from "vitest";
import {
  EARNINGS_CSV_HEADER,
  earningsPaymentCsv,
  earningsPaymentReports,
} from "./incomes-register.js";
import { computeWithholding } from "./withholding.js";

const hetuA = syntheticHetu({ birthDate: "1980-05-17", sex: 2 });
const hetuB = syntheticHetu({ birthDate: "1999-01-02", sex: 1 });

function reports() {
  const [a, b] = computeWithholding({
    payments: [
      { payeeId: "a", grossCents: 15_000, form: "money", taxStatus: { kind: "none" } },
      { payeeId: "b", grossCents: 5000, form: "gift_card", taxStatus: { kind: "none" } },
    ],
  });
  return earningsPaymentReports({
    payerBusinessId: "0201256-6",
    paymentDate: "2026-12-01",
    payments: [
      { reference: "PANEL1-a", personalIdentityCode: hetuA, payment: a! },
      { reference: "PANEL1-b", personalIdentityCode: hetuB, payment: b! },
    ],
  });
}

describe("earnings payment reports", () => {
  it("reports income type 336 with the gross, the withholding and the deadline", () => {
    const [a, b] = reports();
    expect(a).toEqual({
      reference: "PANEL1-a",
      payerBusinessId: "0201256-6",
      paymentDate: "2026-12-01",
      deadline: "2026-12-07",
      incomeEarner: { personalIdentityCode: hetuA },
      transactions: [{ incomeTypeCode: 336, amountCents: 15_000, noMoney: false }],
      withholdingCents: 9000,
    });
    expect(b!.transactions).toEqual([{ incomeTypeCode: 336, amountCents: 5000, noMoney: true }]);
    expect(b!.withholdingCents).toBe(0);
  });

  it("writes a semicolon CSV with decimal commas that reads back", () => {
    const csv = earningsPaymentCsv(reports());
    const table = readCsv(csv);
    expect(table.delimiter).toBe(";");
    expect(table.header).toEqual([...EARNINGS_CSV_HEADER]);
    expect(table.rows.map((r) => r.fields)).toEqual([
      ["PANEL1-a", "0201256-6", "2026-12-01", hetuA, "336", "150,00", "0", "90,00", "2026-12-07"],
      ["PANEL1-b", "0201256-6", "2026-12-01", hetuB, "336", "50,00", "1", "0,00", "2026-12-07"],
    ]);
  });

  it("refuses an invalid identity code without repeating it", () => {
    const [a] = computeWithholding({
      payments: [{ payeeId: "a", grossCents: 100, form: "money", taxStatus: { kind: "none" } }],
    });
    const call = () =>
      earningsPaymentReports({
        payerBusinessId: "0201256-6",
        paymentDate: "2026-12-01",
        payments: [{ reference: "x", personalIdentityCode: "010101-123X", payment: a! }],
      });
    expect(call).toThrow("payments[0].personalIdentityCode: not a valid identity code");
    expect(call).not.toThrow(/010101/);
  });
});
