import { z } from "zod";
import {
  DELIBERATION_STATUSES,
  OWNER_KINDS,
  PARTICIPANT_ROLES,
  STATEMENT_KINDS,
  SUPPORT_SCALES,
} from "./schema.js";

const text = (max: number) => z.string().max(max);
const localized = z
  .object({ fi: text(10_000), sv: text(10_000), en: text(10_000) })
  .partial()
  .strict();

export const createStatementSchema = z
  .object({
    ownerKind: z.enum(OWNER_KINDS),
    ownerId: z.string().min(1).max(200),
    kind: z.enum(STATEMENT_KINDS),
    title: text(300),
    preamble: localized.optional(),
    supportScale: z.enum(SUPPORT_SCALES),
  })
  .strict();

export const updateStatementSchema = z
  .object({
    title: text(300).optional(),
    preamble: localized.optional(),
    supportScale: z.enum(SUPPORT_SCALES).optional(),
  })
  .strict();

export const statusSchema = z.object({ status: z.enum(DELIBERATION_STATUSES) }).strict();

export const participantsSchema = z
  .object({
    participants: z
      .array(
        z
          .object({
            ref: z.string().min(1).max(200),
            label: text(200),
            role: z.enum(PARTICIPANT_ROLES),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict();

export const proposalSchema = z.object({ sourceLabel: text(200), text: text(5000) }).strict();

export const mergeSchema = z
  .object({
    proposalIds: z.array(z.uuid()).max(200),
    recommendationId: z.uuid().optional(),
    title: text(300).optional(),
    text: text(5000).optional(),
    rationale: text(5000).optional(),
  })
  .strict();

export const recommendationSchema = z
  .object({
    title: text(300).optional(),
    text: text(5000).optional(),
    rationale: text(5000).optional(),
    status: z.enum(["draft", "withdrawn"]).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

export const decisionSchema = z
  .object({ decision: z.enum(["accepted", "rejected"]), reason: text(2000).optional() })
  .strict();

export const minoritySchema = z
  .object({
    recommendationId: z.uuid().optional(),
    text: text(5000),
    supporters: z.number().int().min(1).max(10_000),
  })
  .strict();

export const adoptionSchema = z
  .object({ how: text(500), adoptedAt: z.iso.datetime({ offset: true }).max(40).optional() })
  .strict();

export const handoverSchema = z
  .object({
    on: z
      .string()
      .max(10)
      .regex(/^\d{4}-\d{2}-\d{2}$/),
    to: text(300),
    note: text(2000).optional(),
  })
  .strict();

export const publicationSchema = z.object({ published: z.boolean() }).strict();

export const actionTableSchema = z.object({ title: text(300).optional() }).strict();
