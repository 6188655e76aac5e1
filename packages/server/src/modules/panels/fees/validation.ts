import { z } from "zod";

const cents = z.number().int().min(0).max(100_000_000);
const percent = z.number().min(0).max(100);

/** What the payee has told about their taxation: a tax card, the prepayment register, or none. */
export const taxStatusSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("tax_card"),
    ratePercent: percent,
    additionalRatePercent: percent,
    /** The card's income limit for the year, in cents. */
    incomeLimitCents: cents,
  }),
  z.strictObject({ kind: z.literal("prepayment_register") }),
  z.strictObject({ kind: z.literal("none") }),
]);
export type TaxStatusInput = z.infer<typeof taxStatusSchema>;

/** The panelist's payment details form (checked further in the service: IBAN, BIC, hetu). */
export const paymentDetailsSchema = z.strictObject({
  name: z.string().trim().min(1).max(140),
  streetAddress: z.string().trim().min(1).max(200),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  iban: z.string().trim().min(1).max(42),
  bic: z.string().trim().max(11).optional(),
  personalIdentityCode: z.string().trim().min(1).max(11),
  taxStatus: taxStatusSchema,
  giftCard: z.boolean().default(false),
});
export type PaymentDetailsInput = z.infer<typeof paymentDetailsSchema>;

/** The paying organization, as the bank file names it. */
export const payerSchema = z.strictObject({
  name: z.string().trim().min(1).max(70),
  iban: z.string().trim().min(1).max(42),
  bic: z.string().trim().min(8).max(11),
  businessId: z.string().trim().min(1).max(9),
});

const isoDate = z.iso.date().max(10);

/** A new batch: the payer and the requested payment date (travel comes from the sessions). */
export const batchSchema = z.strictObject({
  payer: payerSchema,
  paymentDate: isoDate,
});

/** A panelist's travel costs for one session, in euros as people write them ("12,50"). */
export const travelSchema = z.strictObject({ amount: z.string().trim().min(1).max(20) });
export type BatchInput = z.infer<typeof batchSchema>;

export const paidSchema = z.strictObject({ paymentDate: isoDate });

/** The Incomes Register XML: whom the register contacts about it, and which service it is for. */
export const incomesRegisterXmlSchema = z.strictObject({
  contact: z.strictObject({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^\+?[0-9 ()-]*$/, "Write a phone number (digits, spaces, + - ( ))"),
    email: z.email().max(70).optional(),
  }),
  /** "test" for the Incomes Register's test service. */
  environment: z.enum(["production", "test"]).default("production"),
});

export const attendanceSchema = z.strictObject({
  candidateId: z.uuid(),
  present: z.boolean(),
});
