import { validatePain001, validateWageReports } from "@kuulo/payments/validate";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { panelCandidates, panelPaymentDetails, panelSessions } from "../schema.js";
import { asPanelist, type PanelsTestApp, panelsTestApp } from "../testing.js";
import { SAMPLE_PAYER, syntheticDetails, THREE_SESSIONS } from "./fees-testing.js";
import { deleteExpiredPaymentDetails } from "./retention.js";

/** Attendance → amounts → batch → bank file and Incomes Register, through the API. */
describe("panel fees", () => {
  let app: PanelsTestApp<"admin" | "fasi" | "rahat">;
  beforeAll(async () => {
    app = await panelsTestApp("palkkio", {
      admin: ["admin"],
      fasi: ["facilitator"],
      rahat: ["treasurer"],
    });
  });
  afterAll(() => app.t.close());

  it("pays from attendance with the withholding rules, exports valid files and keeps data sealed", async () => {
    const { t, orgId, staff } = app;
    const { admin, fasi: facilitator, rahat: treasurer } = staff;
    const db = t.database.db;
    const { panel } = await app.panel({
      count: 30,
      k: 6,
      draw: "palkkio-siemen",
      setup: {
        sessions: THREE_SESSIONS,
        fees: { amountPerSessionCents: 5000, travel: true, travelCapCents: 3000, giftCard: true },
      },
    });
    const base = `/api/orgs/palkkio/panels/${panel.id}`;
    const sessions = await db
      .select()
      .from(panelSessions)
      .where(eq(panelSessions.panelId, panel.id))
      .orderBy(panelSessions.position);
    expect(sessions).toHaveLength(3);

    // Check-in: the facilitator sees the seated with names; the treasurer may not check in.
    const listUrl = `${base}/sessions/${sessions[0]!.id}/attendance`;
    expect((await treasurer.request({ method: "GET", url: listUrl })).statusCode).toBe(403);
    const list = await facilitator.request({ method: "GET", url: listUrl });
    expect(list.statusCode, list.body).toBe(200);
    const seated = list.json().panelists as { candidateId: string; name: string }[];
    expect(seated).toHaveLength(6);
    expect(seated.every((p) => p.name !== "")).toBe(true);
    const [a, b, c, d, e, f] = seated.map((p) => p.candidateId) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const checkIn = (s: number, candidateId: string, present = true) =>
      facilitator.request({
        method: "PUT",
        url: `${base}/sessions/${sessions[s]!.id}/attendance`,
        payload: { candidateId, present },
      });
    // a: 3 sessions, b: 2, c: 1, d: 2, e: 1, f: none.
    for (const [s, id] of [
      [0, a],
      [1, a],
      [2, a],
      [0, b],
      [1, b],
      [0, c],
      [0, d],
      [1, d],
      [2, e],
    ] as [number, string][])
      expect((await checkIn(s, id)).statusCode).toBe(200);
    expect((await checkIn(2, f)).json().checkedInAt).not.toBeNull();
    expect((await checkIn(2, f, false)).json().checkedInAt).toBeNull();
    const again = await facilitator.request({ method: "GET", url: listUrl });
    expect(
      again.json().panelists.filter((p: { checkedInAt: string | null }) => p.checkedInAt),
    ).toHaveLength(4);
    const [notSeated] = await db
      .select()
      .from(panelCandidates)
      .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "reserve")));
    expect((await checkIn(0, notSeated!.id)).statusCode).toBe(409);

    // Payment details from the panelists' space: an invalid IBAN is named at its field.
    const panelist = (candidateId: string) => ({
      organizationId: orgId,
      panelId: panel.id,
      candidateId,
    });
    const give = async (candidateId: string, details: object) =>
      asPanelist(t, panelist(candidateId), {
        method: "PUT",
        url: "/api/orgs/palkkio/panelists/me/payment-details",
        payload: details,
      });
    const bad = await give(a, { ...syntheticDetails(1), iban: "FI00 1234 5600 0010 01" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((x: { path: string }) => x.path)).toEqual(["body.iban"]);
    const badHetu = await give(a, { ...syntheticDetails(1), personalIdentityCode: "010190-1234" });
    expect(badHetu.json().errors[0].path).toBe("body.personalIdentityCode");
    const card = {
      kind: "tax_card",
      ratePercent: 20,
      additionalRatePercent: 40,
      incomeLimitCents: 12_000,
    };
    const detailsA = syntheticDetails(1, { taxStatus: card as never });
    const okA = await give(a, detailsA);
    expect(okA.statusCode, okA.body).toBe(200);
    expect(okA.json().details.ibanEnd).toBe(detailsA.iban.slice(-4));
    expect((await give(b, syntheticDetails(2))).statusCode).toBe(200); // no tax card → 60 %
    await give(c, syntheticDetails(3, { taxStatus: { kind: "prepayment_register" } }));
    await give(d, syntheticDetails(4, { giftCard: true }));
    // e gives nothing: left out of the batch, listed as missing.

    // Sealed at rest: the IBAN and hetu are nowhere in the row.
    const [row] = await db
      .select()
      .from(panelPaymentDetails)
      .where(eq(panelPaymentDetails.candidateId, a));
    expect(row!.detailsSealed).not.toContain(detailsA.iban);
    expect(row!.detailsSealed).not.toContain(detailsA.personalIdentityCode);

    // Staff: the status list has no values; the details need payments.manage and are audited.
    const status = await treasurer.request({ method: "GET", url: `${base}/payment-details` });
    expect(
      status.json().panelists.filter((p: { givenAt: string | null }) => p.givenAt),
    ).toHaveLength(4);
    expect(status.body).not.toContain(detailsA.iban);
    expect(
      (await facilitator.request({ method: "GET", url: `${base}/payment-details` })).statusCode,
    ).toBe(403);
    expect(
      (await facilitator.request({ method: "GET", url: `${base}/payment-details/${a}` }))
        .statusCode,
    ).toBe(403);
    const read = await treasurer.request({ method: "GET", url: `${base}/payment-details/${a}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().iban).toBe(detailsA.iban);
    expect(read.json().bic).toBe("NDEAFIHH");
    expect(read.body).not.toContain(detailsA.personalIdentityCode);
    const audits = await app.audits("panels.payment_details_read");
    expect(audits.map((x) => x.targetId)).toEqual([a]);
    // The status list names the panelists: that read is audited too (the refused one is not).
    const listReads = await app.audits("panels.payment_status_read");
    expect(listReads).toHaveLength(1);

    // Travel per session attended: euros with a comma or a dot, ≥ 0, within the cap, audited.
    const travel = (s: number, candidateId: string, amount: string, as = treasurer) =>
      as.request({
        method: "PUT",
        url: `${base}/sessions/${sessions[s]!.id}/travel/${candidateId}`,
        payload: { amount },
      });
    expect((await travel(0, b, "7,50", facilitator)).statusCode).toBe(403);
    for (const [amount, code] of [
      ["-3", "invalid_format"],
      ["12,345", "invalid_format"],
      ["kaksi", "invalid_format"],
      ["30,01", "too_large"],
    ]) {
      const refused = await travel(0, b, amount!);
      expect(refused.statusCode, amount).toBe(400);
      expect(refused.json().errors).toMatchObject([{ path: "body.amount", code }]);
    }
    expect((await travel(2, b, "5")).statusCode).toBe(409); // b was not at session 3
    expect((await travel(0, b, "7,50")).json()).toEqual({ travelCents: 750 });
    expect((await travel(1, b, "4.50")).json()).toEqual({ travelCents: 450 });
    expect((await travel(2, e, "30")).statusCode).toBe(200); // e has no details: not paid yet
    const travelList = await treasurer.request({ method: "GET", url: `${base}/travel` });
    expect(
      travelList
        .json()
        .entries.filter((x: { candidateId: string }) => x.candidateId === b)
        .map((x: { travelCents: number }) => x.travelCents),
    ).toEqual([750, 450]);
    const travelAudits = await app.audits("panels.travel_set");
    expect(travelAudits).toHaveLength(3);
    expect(travelAudits.find((x) => x.targetId === b)?.detail).toMatchObject({ toCents: 750 });

    // The batch: amounts from attendance and the rules, withholding through @kuulo/payments.
    const created = await treasurer.request({
      method: "POST",
      url: `${base}/fee-batches`,
      payload: { payer: SAMPLE_PAYER, paymentDate: "2027-03-10" },
    });
    expect(created.statusCode, created.body).toBe(200);
    const batch = created.json();
    expect(batch.missing).toEqual([e]);
    const by = (id: string) =>
      batch.payments.find((p: { candidateId: string }) => p.candidateId === id);
    // a: 3 × 50 € = 150 €; tax card 20 % up to 120 €, 40 % above: 24 € + 12 € = 36 €.
    expect(by(a)).toMatchObject({
      sessionsAttended: 3,
      grossCents: 15_000,
      withholdingCents: 3_600,
      reason: "tax_card_over_limit",
    });
    // b: 2 × 50 € + 12 € travel, no tax card: 60 %.
    expect(by(b)).toMatchObject({
      travelCents: 1_200,
      grossCents: 11_200,
      withholdingCents: 6_720,
      netCents: 4_480,
      reason: "no_tax_card",
    });
    expect(by(c)).toMatchObject({
      grossCents: 5_000,
      withholdingCents: 0,
      reason: "prepayment_register",
    });
    expect(by(d)).toMatchObject({ grossCents: 10_000, withholdingCents: 0, form: "gift_card" });
    expect(batch.totals).toMatchObject({ payments: 4, grossCents: 41_200 });
    const batchUrl = `${base}/fee-batches/${batch.id}`;

    // Draft: no file; approval only by payments.approve; a second open batch is refused.
    expect(
      (await treasurer.request({ method: "GET", url: `${batchUrl}/pain001` })).statusCode,
    ).toBe(409);
    expect(
      (await facilitator.request({ method: "POST", url: `${batchUrl}/approve` })).statusCode,
    ).toBe(403);
    const second = await treasurer.request({
      method: "POST",
      url: `${base}/fee-batches`,
      payload: { payer: SAMPLE_PAYER, paymentDate: "2027-03-10" },
    });
    expect(second.statusCode).toBe(409);
    // Travel a batch has paid no longer changes, nor does its check-in go.
    expect((await travel(0, b, "1")).statusCode).toBe(409);
    expect((await checkIn(0, b, false)).statusCode).toBe(409);
    const unpaid = (await treasurer.request({ method: "GET", url: `${base}/travel` }))
      .json()
      .entries.filter(
        (x: { batchId: string | null; travelCents: number }) =>
          x.batchId === null && x.travelCents > 0,
      );
    expect(unpaid.map((x: { candidateId: string }) => x.candidateId)).toEqual([e]);
    expect(batch.preparedBy).toMatchObject({ name: "rahat@palkkio.fi" });
    expect(batch.approvedBy).toBeNull();
    // Separation of duties: the treasurer who prepared the batch may not approve it.
    const own = await treasurer.request({ method: "POST", url: `${batchUrl}/approve` });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: "payments.same_person" });
    expect((await treasurer.request({ method: "GET", url: batchUrl })).json().status).toBe("draft");
    const approved = await admin.request({ method: "POST", url: `${batchUrl}/approve` });
    expect(approved.json()).toMatchObject({
      status: "approved",
      preparedBy: { name: "rahat@palkkio.fi" },
      approvedBy: { name: "admin@palkkio.fi" },
    });
    expect(approved.json().approvedAt).not.toBeNull();

    const xml = await treasurer.request({ method: "GET", url: `${batchUrl}/pain001` });
    expect(xml.statusCode, xml.body).toBe(200);
    expect((await validatePain001(xml.body)).valid).toBe(true);
    expect(xml.body).toContain("<NbOfTxs>3</NbOfTxs>"); // the gift card is no transfer
    expect(xml.body).toContain("<CtrlSum>208.80</CtrlSum>"); // nets: 114 + 44.80 + 50
    expect(xml.body).toContain(detailsA.iban);

    // Incomes Register: after payment, with the hetu (the one place), and the tracker.
    expect(
      (await treasurer.request({ method: "GET", url: `${batchUrl}/incomes-register` })).statusCode,
    ).toBe(409);
    const today = new Date().toISOString().slice(0, 10);
    const paid = await treasurer.request({
      method: "POST",
      url: `${batchUrl}/paid`,
      payload: { paymentDate: today },
    });
    expect(paid.json().status).toBe("paid");
    const ir = await treasurer.request({ method: "GET", url: `${batchUrl}/incomes-register` });
    expect(ir.statusCode, ir.body).toBe(200);
    expect(ir.body).toContain(detailsA.personalIdentityCode);
    expect(ir.body).toContain(";336;");

    // The same reports as the Incomes Register's XML delivery, for its file upload.
    const xmlUrl = `${batchUrl}/incomes-register/xml`;
    const contact = { name: "Tiina Talous", phone: "+358 40 123 4567" };
    const noPhone = await treasurer.request({
      method: "POST",
      url: xmlUrl,
      payload: { contact: { name: "Tiina Talous" } },
    });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().errors).toEqual([
      expect.objectContaining({ path: "body.contact.phone", code: "required" }),
    ]);
    const badPhone = await treasurer.request({
      method: "POST",
      url: xmlUrl,
      payload: { contact: { name: "Tiina Talous", phone: "soita minulle" } },
    });
    expect(badPhone.json().errors).toEqual([
      expect.objectContaining({ path: "body.contact.phone", code: "invalid_format" }),
    ]);
    const delivery = await treasurer.request({
      method: "POST",
      url: xmlUrl,
      payload: { contact, environment: "test" },
    });
    expect(delivery.statusCode, delivery.body).toBe(200);
    expect(delivery.headers["content-type"]).toContain("application/xml");
    const count = (text: string) => delivery.body.split(text).length - 1;
    expect(count("<IncomeEarnerIds><Id><Type>2</Type>")).toBe(4);
    expect(delivery.body).toContain(`<Code>${detailsA.personalIdentityCode}</Code>`);
    expect(count("<TransactionCode>336</TransactionCode>")).toBe(4);
    expect(count("<TransactionCode>402</TransactionCode>")).toBe(2); // a and b had withholding
    expect(delivery.body).toContain("<Amount>67.20</Amount>"); // b's withholding
    expect(delivery.body).toContain("<ProductionEnvironment>false</ProductionEnvironment>");
    expect(delivery.body).toContain(`<PaymentDate>${today}</PaymentDate>`);
    expect(delivery.body).toContain(
      `<DeliveryId>KUULO-${batch.id.replaceAll("-", "")}</DeliveryId>`,
    );
    if (process.env.KUULO_INCOMES_REGISTER_XSD) {
      const valid = await validateWageReports(
        delivery.body,
        process.env.KUULO_INCOMES_REGISTER_XSD,
      );
      expect(valid.errors).toEqual([]);
    }
    const exports = (await app.audits("panels.incomes_register_exported")).filter(
      (e) => e.targetId === batch.id,
    );
    expect(exports.map((e) => e.detail)).toEqual([
      { panelId: panel.id, format: "csv" },
      { panelId: panel.id, format: "xml", environment: "test" },
    ]);
    expect(
      (await facilitator.request({ method: "POST", url: xmlUrl, payload: { contact } })).statusCode,
    ).toBe(403);
    const tracker = async () =>
      (
        await treasurer.request({
          method: "GET",
          url: "/api/orgs/palkkio/incomes-register-tracker",
        })
      ).json().batches[0];
    expect(await tracker()).toMatchObject({ unreported: 4, state: "open", reportedAt: null });
    await treasurer.request({ method: "POST", url: `${batchUrl}/reported` });
    expect(await tracker()).toMatchObject({ unreported: 0, state: "reported" });

    // The panelist sees their own fee status.
    const mine = await asPanelist(t, panelist(b), {
      method: "GET",
      url: "/api/orgs/palkkio/panelists/me/fees",
    });
    expect(mine.json()).toMatchObject({
      sessionsAttended: 2,
      payments: [{ status: "paid", netCents: 4_480, paymentDate: today }],
    });

    // Retention: kept to the end of the sixth year after the payment, then deleted.
    const year = Number(today.slice(0, 4));
    expect(await deleteExpiredPaymentDetails(db, new Date(Date.UTC(year + 6, 11, 31)))).toBe(0);
    expect(await deleteExpiredPaymentDetails(db, new Date(Date.UTC(year + 7, 0, 1)))).toBe(4);
    expect(
      await db.select().from(panelPaymentDetails).where(eq(panelPaymentDetails.panelId, panel.id)),
    ).toEqual([]);
  });
});
