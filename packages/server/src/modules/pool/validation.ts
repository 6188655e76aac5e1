import { z } from "zod";
import { LANGUAGES } from "../organizations/index.js";
import {
  CONTACT_CHANNELS,
  GENDERS,
  MOTHER_TONGUES,
  PURPOSES,
  QUESTION_TYPES,
  SOURCES,
} from "./schema.js";

const localized = (max: number) =>
  z.strictObject({
    fi: z.string().trim().min(1).max(max),
    sv: z.string().trim().max(max),
    en: z.string().trim().max(max),
  });

const key = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, "may contain only a–z, digits and _, starting with a letter");

const unique = <T extends { key: string }>(items: T[]) =>
  new Set(items.map((i) => i.key)).size === items.length;

const question = z
  .strictObject({
    key,
    label: localized(200),
    why: localized(500),
    type: z.enum(QUESTION_TYPES),
    required: z.boolean(),
    options: z
      .array(z.strictObject({ key, label: localized(200) }))
      .max(30)
      .default([]),
  })
  .superRefine((q, ctx) => {
    if (q.type === "choice" && q.options.length < 2) {
      ctx.addIssue({
        code: "too_small",
        origin: "array",
        minimum: 2,
        path: ["options"],
        message: "a choice needs at least 2 options",
      });
    }
    if (!unique(q.options)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "option keys must differ" });
    }
  });

/** An organization's pool settings as staff save them (the consent texts' versions are kept by the server). */
export const settingsSchema = z.strictObject({
  municipalities: z
    .array(
      z
        .string()
        .max(3)
        .regex(/^\d{3}$/, "must be a 3-digit municipality code"),
    )
    .min(1)
    .max(100),
  questions: z.array(question).max(30).refine(unique, { message: "question keys must differ" }),
  themes: z
    .array(z.strictObject({ key, label: localized(200) }))
    .max(50)
    .refine(unique, { message: "theme keys must differ" }),
  consentTexts: z.strictObject(
    Object.fromEntries(PURPOSES.map((p) => [p, localized(4000)])) as Record<
      (typeof PURPOSES)[number],
      ReturnType<typeof localized>
    >,
  ),
  inactiveRetentionMonths: z.number().int().min(1).max(120),
  leftRetentionMonths: z.number().int().min(1).max(240),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

const email = z.union([z.literal(""), z.email().max(254)]).optional();
const phone = z.string().trim().max(30).optional();

const answers = z.record(z.string().max(40), z.string().max(500));
const interests = z.array(z.string().max(40)).max(50);
const channels = z.array(z.enum(CONTACT_CHANNELS)).max(4);

const memberFields = {
  email,
  phone,
  municipality: z.string().min(1).max(3),
  birthYear: z.number().int().min(1900).max(2100),
  gender: z.enum(GENDERS),
  motherTongue: z.enum(MOTHER_TONGUES),
  language: z.enum(LANGUAGES),
  answers,
  interests,
  channels,
};

/** What a resident gives when joining (checked against the organization's settings in rules.ts). */
export const memberSchema = z.strictObject({
  ...memberFields,
  answers: answers.default({}),
  interests: interests.default([]),
  channels: channels.default([]),
  consents: z.strictObject({
    purposes: z.array(z.enum(PURPOSES)).max(4),
    channels: z.array(z.enum(CONTACT_CHANNELS)).max(4),
  }),
  /** Partner organizations (ids, from the form) that may invite the member. */
  partners: z.array(z.uuid()).max(20).default([]),
});
export type MemberInput = z.infer<typeof memberSchema>;

/** A sign-up staff enter from a paper form, a phone call or an event. */
export const staffMemberSchema = memberSchema.extend({
  source: z.enum(SOURCES.filter((s) => s !== "web") as ["paper", "phone", "event"]),
});
export type StaffMemberInput = z.infer<typeof staffMemberSchema>;

/** A member's corrections in self-service: any of the fields, consents apart. */
export const correctionSchema = z.strictObject(memberFields).partial();
export type CorrectionInput = z.infer<typeof correctionSchema>;

export const tokenSchema = z.strictObject({ token: z.string().min(16).max(100) });

export const codeSchema = z.strictObject({
  phone: z.string().trim().min(1).max(30),
  code: z
    .string()
    .max(6)
    .regex(/^\d{6}$/, "must be 6 digits"),
});

export const linkRequestSchema = z.strictObject({
  email,
  phone,
  language: z.enum(LANGUAGES),
});

export const withdrawSchema = z
  .strictObject({
    purpose: z.enum(PURPOSES).optional(),
    channel: z.enum(CONTACT_CHANNELS).optional(),
  })
  .refine((w) => w.purpose !== undefined || w.channel !== undefined, {
    message: "name a purpose, a channel or both",
    path: ["purpose"],
  });

/** The partner organizations that may invite the member, as the member sets them. */
export const partnerConsentSchema = z.strictObject({
  partners: z.array(z.uuid()).max(20),
});

/** The host proposes sharing its pool with a partner organization. */
export const agreementSchema = z.strictObject({
  partner: z.string().trim().min(1).max(63),
  /** The agreement's reference, e.g. the decision number and date. */
  reference: z.string().trim().min(1).max(300),
});

/** A pool shared with the staff member's organization, named by its organization's address. */
const poolSlug = z.string().min(1).max(63).optional();
export const poolQuerySchema = z.strictObject({ pool: poolSlug });

export const AGE_BANDS = ["15-29", "30-44", "45-64", "65-79", "80-"] as const;

export const searchSchema = z.strictObject({
  municipality: z
    .string()
    .max(3)
    .regex(/^\d{3}$/)
    .optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  gender: z.enum(GENDERS).optional(),
  status: z.enum(["pending", "active", "left"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  pool: poolSlug,
});
export type SearchInput = z.infer<typeof searchSchema>;
