import { DEFAULT_AGE_BANDS } from "@kuulo/representativeness";
import { z } from "zod";
import { DRAW_METHODS, GENDERS, PURPOSES, QUOTA_FEATURES } from "../schema.js";

const AGE_BAND_LABELS = DEFAULT_AGE_BANDS.split(",") as [string, ...string[]];

const filtersSchema = z
  .strictObject({
    municipality: z
      .string()
      .max(3)
      .regex(/^\d{3}$/)
      .optional(),
    ageBand: z.enum(AGE_BAND_LABELS).optional(),
    gender: z.enum(GENDERS).optional(),
    interest: z.string().min(1).max(40).optional(),
  })
  .default({});

const stratifyBySchema = z
  .array(z.enum(["municipality", "ageBand"]))
  .min(1)
  .max(2);

/** Which strata a stratified draw would have, and how many can be drawn from each. */
export const strataPreviewSchema = z.strictObject({
  purpose: z.enum(PURPOSES),
  filters: filtersSchema,
  stratifyBy: stratifyBySchema,
});
export type StrataPreviewInput = z.infer<typeof strataPreviewSchema>;

export const drawSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    purpose: z.enum(PURPOSES),
    method: z.enum(DRAW_METHODS),
    size: z.number().int().min(1).max(10000).optional(),
    /** Staff may enter the seed; without one a random seed is generated and shown. */
    seed: z.string().trim().min(1).max(100).optional(),
    filters: filtersSchema,
    stratifyBy: stratifyBySchema.optional(),
    /** Per-stratum counts ("179|30-44" → 3) instead of a proportional allocation. */
    counts: z.record(z.string().max(60), z.number().int().min(0).max(10000)).optional(),
    /** For `quota`: LEXIMIN selection (as `kuulo select`) within these bounds. */
    quotas: z
      .array(
        z.strictObject({
          feature: z.enum(QUOTA_FEATURES),
          value: z.string().min(1).max(40),
          min: z.number().int().min(0).max(10000),
          max: z.number().int().min(0).max(10000),
        }),
      )
      .min(1)
      .max(100)
      .optional(),
  })
  .superRefine((d, ctx) => {
    if (d.method === "stratified" && !d.stratifyBy) {
      ctx.addIssue({ code: "custom", path: ["stratifyBy"], message: "name what to stratify by" });
    }
    if (d.method !== "stratified" && (d.stratifyBy || d.counts)) {
      ctx.addIssue({ code: "custom", path: ["method"], message: "strata need method stratified" });
    }
    if (d.method === "quota" && (!d.quotas || d.size === undefined)) {
      ctx.addIssue({ code: "custom", path: ["quotas"], message: "give the quotas and the size" });
    }
    if (d.method !== "quota" && d.quotas) {
      ctx.addIssue({ code: "custom", path: ["method"], message: "quotas need method quota" });
    }
    if (d.size === undefined && !d.counts) {
      ctx.addIssue({ code: "custom", path: ["size"], message: "give the group size" });
    }
  });
export type DrawInput = z.infer<typeof drawSchema>;
