import { validatePain001 } from "@kuulo/payments/validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { panelWithCandidates } from "../testing.js";
import { batchPayments } from "./batches.js";
import { seedDemoFees } from "./demo.js";
import { batchPaymentFile, incomesRegisterTracker } from "./exports.js";
import { THREE_SESSIONS } from "./fees-testing.js";

describe("the demo's fee hook", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("records attendance, details and a paid batch whose payment file validates", async () => {
    const db = t.database.db;
    const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
    const org = await t.createOrg("demopalkkio");
    const { panel } = await panelWithCandidates(db, sealer, {
      organizationId: org.id,
      count: 40,
      k: 10,
      draw: "demo",
      setup: {
        sessions: THREE_SESSIONS,
        fees: { amountPerSessionCents: 5000, travel: false, giftCard: true },
      },
    });
    const batch = await seedDemoFees(db, sealer, {
      organizationId: org.id,
      panelId: panel.id,
      paymentDate: "2027-03-10",
    });
    expect(batch.status).toBe("paid");
    const payments = await batchPayments(db, batch);
    expect(payments).toHaveLength(10);
    // Every seventh (i = 3) missed the second session: 2 × 50 € instead of 3 × 50 €.
    expect(payments.map((p) => p.sessionsAttended).sort()).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(payments.filter((p) => p.form === "gift_card")).toHaveLength(1);
    const file = await batchPaymentFile(db, sealer, {
      organizationId: org.id,
      panelId: panel.id,
      batchId: batch.id,
      actor: { label: "test" },
    });
    expect((await validatePain001(file.xml)).valid).toBe(true);
    expect(file.transactions).toBe(9);
    const [tracked] = await incomesRegisterTracker(db, {
      organizationId: org.id,
      today: "2027-03-14",
    });
    // 2027-03-10 + 5 = Monday 2027-03-15; on the 14th one day is left.
    expect(tracked).toMatchObject({ deadline: "2027-03-15", state: "due_soon", unreported: 10 });
    const [late] = await incomesRegisterTracker(db, {
      organizationId: org.id,
      today: "2027-03-16",
    });
    expect(late!.state).toBe("overdue");
  });
});
