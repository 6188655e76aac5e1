import { describe, expect, it } from "vitest";
import { basisPoints, percentOf } from "./money.js";
import { computeWithholding, type FeePayment, type TaxStatus } from "./withholding.js";

const card = (rate: number, additional: number, limit: number, paid = 0): TaxStatus => ({
  kind: "tax_card",
  ratePercent: rate,
  additionalRatePercent: additional,
  incomeLimitCents: limit,
  paidThisYearCents: paid,
});
const money = (payeeId: string, grossCents: number, taxStatus: TaxStatus): FeePayment => ({
  payeeId,
  grossCents,
  form: "money",
  taxStatus,
});

describe("computeWithholding", () => {
  it("withholds the tax card's % below its income limit", () => {
    const [r] = computeWithholding({ payments: [money("a", 15_000, card(12.5, 40, 1_000_000))] });
    expect(r).toEqual({
      payeeId: "a",
      form: "money",
      grossCents: 15_000,
      withholdingCents: 1875,
      netCents: 13_125,
      bankTransfer: true,
      reason: "tax_card",
    });
  });

  it("withholds the additional % from the part above the limit", () => {
    // 900 € paid earlier, limit 1 000 €: 100 € at 10 %, 50 € at 30 %.
    const [r] = computeWithholding({
      payments: [money("a", 15_000, card(10, 30, 100_000, 90_000))],
    });
    expect(r).toMatchObject({ withholdingCents: 1000 + 1500, reason: "tax_card_over_limit" });
    expect(r!.netCents).toBe(15_000 - 2500);
  });

  it("counts a payee's payments of one batch one after the other against the limit", () => {
    const status = card(10, 30, 100_000, 95_000);
    const [first, second] = computeWithholding({
      payments: [money("a", 5000, status), money("a", 5000, status)],
    });
    expect(first).toMatchObject({ withholdingCents: 500, reason: "tax_card" });
    expect(second).toMatchObject({ withholdingCents: 1500, reason: "tax_card_over_limit" });
  });

  it("withholds 60 % without a tax card", () => {
    const [r] = computeWithholding({ payments: [money("a", 15_001, { kind: "none" })] });
    expect(r).toMatchObject({ withholdingCents: 9001, netCents: 6000, reason: "no_tax_card" });
  });

  it("withholds nothing from a payee in the prepayment register", () => {
    const [r] = computeWithholding({
      payments: [money("a", 50_000, { kind: "prepayment_register" })],
    });
    expect(r).toMatchObject({
      withholdingCents: 0,
      netCents: 50_000,
      reason: "prepayment_register",
    });
  });

  it("withholds nothing under 20 € per occasion, from 20 € on it does", () => {
    const results = computeWithholding({
      payments: [money("a", 1999, { kind: "none" }), money("b", 2000, { kind: "none" })],
    });
    expect(results[0]).toMatchObject({ withholdingCents: 0, reason: "under_small_payment_limit" });
    expect(results[1]).toMatchObject({ withholdingCents: 1200, reason: "no_tax_card" });
  });

  it("adds up one payee's payments of the occasion for the 20 € rule; 0 turns it off", () => {
    const twice = [money("a", 1500, { kind: "none" }), money("a", 1500, { kind: "none" })];
    expect(computeWithholding({ payments: twice }).map((r) => r.withholdingCents)).toEqual([
      900, 900,
    ]);
    const once = [money("a", 500, { kind: "none" })];
    expect(computeWithholding({ payments: once, smallPaymentLimitCents: 0 })[0]).toMatchObject({
      withholdingCents: 300,
    });
  });

  it("records a gift card at its face value, with no transfer and nothing withheld", () => {
    const [r] = computeWithholding({
      payments: [
        { payeeId: "a", grossCents: 5000, form: "gift_card", taxStatus: { kind: "none" } },
      ],
    });
    expect(r).toEqual({
      payeeId: "a",
      form: "gift_card",
      grossCents: 5000,
      withholdingCents: 0,
      netCents: 5000,
      bankTransfer: false,
      reason: "gift_card",
    });
  });

  it("rejects amounts that are not whole cents and rates with more than two decimals", () => {
    expect(() => computeWithholding({ payments: [money("a", 12.5, { kind: "none" })] })).toThrow(
      /payments\[0\]\.grossCents/,
    );
    expect(() =>
      computeWithholding({ payments: [money("a", 5000, card(12.555, 40, 100))] }),
    ).toThrow(/ratePercent/);
  });

  it("always has gross = withholding + net, with integers (many random cases)", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      const status: TaxStatus =
        i % 3 === 0
          ? { kind: "none" }
          : card((next() % 600) / 10, (next() % 600) / 10, next() % 200_000, next() % 200_000);
      const [r] = computeWithholding({ payments: [money("x", next() % 100_000, status)] });
      expect(r!.withholdingCents + r!.netCents).toBe(r!.grossCents);
      expect(Number.isInteger(r!.withholdingCents)).toBe(true);
      expect(r!.withholdingCents).toBeLessThanOrEqual(r!.grossCents);
    }
  });
});

describe("money", () => {
  it("rounds half up to whole cents with integer arithmetic", () => {
    expect(percentOf(1, 5000)).toBe(1); // 0.5 cents → 1
    expect(percentOf(3333, 1250)).toBe(417); // 416.625
    expect(percentOf(9_007_199_254_740_991, 6000)).toBe(5_404_319_552_844_595);
    expect(basisPoints(12.5, "x")).toBe(1250);
    expect(basisPoints(0.1, "x")).toBe(10);
  });
});
