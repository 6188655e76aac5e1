// A survey's definition (what one published version freezes) and its answers, as zod schemas:
// the server validates requests with them and the web renders from the same types.
import { z } from "zod";

export const LANGUAGES = ["fi", "sv", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text in the survey's languages; a missing language falls back visibly (see `pickText`). */
export const localTextSchema = z
  .strictObject({
    fi: z.string().trim().max(4000).optional(),
    sv: z.string().trim().max(4000).optional(),
    en: z.string().trim().max(4000).optional(),
  })
  .refine((t) => Boolean(t.fi || t.sv || t.en), {
    message: "give the text in at least one language",
  });
export type LocalText = z.infer<typeof localTextSchema>;

/** Question, page and option keys: stable, short, safe in CSV headers and form field names. */
export const keySchema = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "use lowercase letters, digits and _ (starting with a letter)");

/** The value "other" is kept for the "other, what?" answer of choice questions. */
export const OTHER = "other";
/** The "can't say" answer of scale and Likert questions. */
export const DONT_KNOW = "dont_know";

export const optionSchema = z.strictObject({
  value: z
    .string()
    .max(40)
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "use lowercase letters, digits, - and _"),
  label: localTextSchema,
});
export type Option = z.infer<typeof optionSchema>;

/** Pool attributes a question may stand for (prefill from a pool member, cross-tabs, weights). */
export const ATTRIBUTES = ["birthYear", "gender", "motherTongue", "municipality"] as const;
export const attributeSchema = z.union([
  z.enum(ATTRIBUTES),
  z
    .string()
    .max(45)
    .regex(/^pool\.[a-z][a-z0-9_]{0,39}$/, "pool.<question key>"),
]);
export type Attribute = z.infer<typeof attributeSchema>;

export const CONDITION_OPS = [
  "is",
  "is_not",
  "includes",
  "excludes",
  "answered",
  "not_answered",
  "at_least",
  "at_most",
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Show a page or question when an earlier answer matches. */
export type Condition =
  | {
      question: string;
      /** For a grid question: which row. */
      row?: string;
      op: ConditionOp;
      value?: string | number;
    }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      question: keySchema,
      row: z.string().max(40).optional(),
      op: z.enum(CONDITION_OPS),
      value: z.union([z.string().max(200), z.number()]).optional(),
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
  ]),
);

const base = {
  id: keySchema,
  text: localTextSchema,
  /** A plain-language (selkokieli) wording of the same question. */
  plain: localTextSchema.optional(),
  help: localTextSchema.optional(),
  required: z.boolean().default(false),
  showIf: conditionSchema.optional(),
  attribute: attributeSchema.optional(),
};
const options = z.array(optionSchema).min(2).max(60);

export const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    ...base,
    type: z.literal("single"),
    options,
    other: z.boolean().default(false),
  }),
  z.strictObject({
    ...base,
    type: z.literal("multiple"),
    options,
    other: z.boolean().default(false),
    minChoices: z.number().int().min(1).max(60).optional(),
    maxChoices: z.number().int().min(1).max(60).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal("scale"),
    min: z.union([z.literal(0), z.literal(1)]).default(1),
    max: z.number().int().min(2).max(10).default(5),
    minLabel: localTextSchema.optional(),
    maxLabel: localTextSchema.optional(),
    dontKnow: z.boolean().default(false),
  }),
  z.strictObject({
    ...base,
    type: z.literal("likert"),
    /** 5 or 7 points; labels default to the usual agree–disagree wording (`likertLabels`). */
    points: z.union([z.literal(5), z.literal(7)]).default(5),
    labels: z.array(localTextSchema).min(5).max(7).optional(),
    dontKnow: z.boolean().default(true),
  }),
  z.strictObject({
    ...base,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: localTextSchema.optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal("text"),
    long: z.boolean().default(false),
    maxLength: z.number().int().min(1).max(10000).default(2000),
  }),
  z.strictObject({
    ...base,
    type: z.literal("grid"),
    rows: z.array(optionSchema).min(1).max(30),
    columns: z.array(optionSchema).min(2).max(11),
  }),
  z.strictObject({
    ...base,
    type: z.literal("ranking"),
    options: z.array(optionSchema).min(2).max(20),
    /** Rank only the top N (all when absent). */
    rankCount: z.number().int().min(1).max(20).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal("municipality"),
    /** 3-digit municipality codes (the organization's municipalities when the survey is made). */
    municipalities: z
      .array(z.string().regex(/^\d{3}$/, "a 3-digit municipality code"))
      .min(1)
      .max(400),
    /** Offer "somewhere else". */
    other: z.boolean().default(true),
  }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionType = Question["type"];
export const QUESTION_TYPES: QuestionType[] = [
  "single",
  "multiple",
  "scale",
  "likert",
  "number",
  "text",
  "grid",
  "ranking",
  "municipality",
];

export const pageSchema = z.strictObject({
  id: keySchema,
  title: localTextSchema.optional(),
  intro: localTextSchema.optional(),
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1).max(60),
});
export type Page = z.infer<typeof pageSchema>;

export const definitionSchema = z.strictObject({
  /** The survey's languages, the default first. */
  languages: z.array(z.enum(LANGUAGES)).min(1).max(3),
  title: localTextSchema,
  intro: localTextSchema.optional(),
  thanks: localTextSchema.optional(),
  pages: z.array(pageSchema).min(1).max(60),
});
export type Definition = z.infer<typeof definitionSchema>;
export type DefinitionInput = z.input<typeof definitionSchema>;

/** One answer, by question type. */
export type Answer =
  | { choice: string; other?: string } // single
  | { choices: string[]; other?: string } // multiple
  | number // scale, likert, number
  | typeof DONT_KNOW // scale, likert
  | string // text, municipality
  | Record<string, string> // grid: row → column
  | string[]; // ranking, in order

export const answerSchema = z.union([
  z.strictObject({ choice: z.string().max(40), other: z.string().max(500).optional() }),
  z.strictObject({
    choices: z.array(z.string().max(40)).max(60),
    other: z.string().max(500).optional(),
  }),
  z.number(),
  z.string().max(10000),
  z.array(z.string().max(40)).max(20),
  z.record(z.string().max(40), z.string().max(40)),
]);

/** A response's answers by question id. */
export const answersSchema = z.record(keySchema, answerSchema);
export type Answers = Record<string, Answer>;
