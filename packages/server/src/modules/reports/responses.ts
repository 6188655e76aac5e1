import { z } from "zod";
import { ACTIVITY_KINDS, type Brief } from "./brief.js";
import { BRIEF_LANGUAGES } from "./texts.js";

const cell = z.union([z.string(), z.number(), z.null()]);

const block = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), text: z.string() }),
  z.object({
    type: z.literal("table"),
    table: z.object({
      caption: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(cell)),
      shares: z.array(z.number()).optional(),
      bar: z.number().optional(),
    }),
  }),
  z.object({ type: z.literal("quotes"), heading: z.string(), quotes: z.array(z.string()) }),
]);

/** A decision-maker brief: sections of paragraphs, tables (shares 0..1) and approved quotes. */
export const briefResponse = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  id: z.string(),
  title: z.string(),
  language: z.enum(BRIEF_LANGUAGES),
  generatedAt: z.string(),
  resultsPublic: z.boolean(),
  sections: z.array(
    z.object({
      key: z.enum(["figures", "participation", "findings", "since"]),
      heading: z.string(),
      blocks: z.array(block),
    }),
  ),
});

export type BriefResponse = z.infer<typeof briefResponse>;

/** The brief as answered (the service's object already has the answer's shape). */
export const toBrief = (brief: Brief): BriefResponse => brief;
