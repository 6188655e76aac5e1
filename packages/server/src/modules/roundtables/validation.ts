import { z } from "zod";
import { DISTRIBUTION_CHANNELS, MEETING_ROLES, ROUND_TABLE_STATUSES } from "./schema.js";

const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date().max(10);
const localized = z
  .object({ fi: text(300), sv: text(300), en: text(300) })
  .partial()
  .strict();

const count = z.number().int().min(0).max(100_000);
export const roleCounts = z
  .object(
    Object.fromEntries(MEETING_ROLES.map((r) => [r, count])) as Record<
      (typeof MEETING_ROLES)[number],
      typeof count
    >,
  )
  .partial()
  .strict();

export const roundTableSchema = z
  .object({
    title: localized,
    theme: text(2000).optional(),
    organizerUnit: text(200).optional(),
  })
  .strict();

export const roundTableUpdateSchema = z
  .object({
    title: localized.optional(),
    theme: text(2000).optional(),
    organizerUnit: text(200).optional(),
    status: z.enum(ROUND_TABLE_STATUSES).optional(),
  })
  .strict();

export const meetingSchema = z
  .object({
    heldOn: day,
    place: text(300).optional(),
    online: z.boolean().optional(),
    participants: roleCounts.optional(),
    notes: text(20_000).optional(),
  })
  .strict();

export const meetingUpdateSchema = meetingSchema.partial().strict();

export const snapshotSchema = z.object({ conversationId: z.uuid() }).strict();

export const proposalSchema = z
  .object({ madeBy: text(200).optional(), text: text(5000).min(1) })
  .strict();

export const statementSchema = z.object({ title: text(300).optional() }).strict();

export const distributionSchema = z
  .object({
    recipient: text(300).min(1),
    sentOn: day,
    channel: z.enum(DISTRIBUTION_CHANNELS),
    note: text(2000).optional(),
  })
  .strict();

export const responseSchema = z
  .object({
    body: text(300).min(1),
    receivedOn: day,
    text: text(20_000).min(1),
    link: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(2000)]).optional(),
  })
  .strict();

/** A correction names at least one field; the ones it leaves out stay as they are. */
const someField = (o: object) => Object.keys(o).length > 0;
const someFieldError = { message: "Give at least one field to change." };

export const distributionUpdateSchema = distributionSchema
  .partial()
  .strict()
  .refine(someField, someFieldError);

export const responseUpdateSchema = responseSchema
  .partial()
  .strict()
  .refine(someField, someFieldError);

export type RoundTableInput = z.infer<typeof roundTableSchema>;
export type RoundTableUpdate = z.infer<typeof roundTableUpdateSchema>;
export type MeetingInput = z.infer<typeof meetingSchema>;
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;
export type DistributionInput = z.infer<typeof distributionSchema>;
export type ResponseInput = z.infer<typeof responseSchema>;
export type DistributionUpdate = z.infer<typeof distributionUpdateSchema>;
export type ResponseUpdate = z.infer<typeof responseUpdateSchema>;
