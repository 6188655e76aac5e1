import { z } from "zod";
import { DRAW_METHODS, GENDERS, PURPOSES } from "../schema.js";
import type { PoolDraw } from "./draw.js";

export const populationResponse = z.object({
  year: z.string().nullable(),
  label: z.string(),
  municipalities: z.record(z.string(), z.string()),
  people: z.number(),
  uploadedAt: z.string(),
});

const share = z.object({
  group: z.string(),
  population: z.number(),
  populationShare: z.number(),
  people: z.number(),
  groupShare: z.number(),
  ratio: z.number().nullable(),
});

export const compositionResponse = z.object({
  population: populationResponse,
  ageBands: z.array(z.string()),
  people: z.number(),
  dimensions: z.array(
    z.object({
      dimension: z.enum(["age", "sex", "municipality"]),
      groups: z.array(share),
      D: z.number(),
      chi2: z.number().nullable(),
      df: z.number().nullable(),
      p: z.number().nullable(),
      mergedForChi2: z.array(z.array(z.string())),
      excluded: z.array(z.object({ reason: z.string(), count: z.number() })),
    }),
  ),
});

const parameters = z.object({
  purpose: z.enum(PURPOSES),
  size: z.number(),
  filters: z.object({
    municipality: z.string().optional(),
    ageBand: z.string().optional(),
    gender: z.enum(GENDERS).optional(),
    interest: z.string().optional(),
  }),
  stratifyBy: z.array(z.enum(["municipality", "ageBand"])).optional(),
  counts: z.record(z.string(), z.number()).optional(),
  quotas: z
    .array(
      z.object({
        feature: z.enum(["municipality", "ageBand", "gender"]),
        value: z.string(),
        min: z.number(),
        max: z.number(),
      }),
    )
    .optional(),
});

const drawSummary = z.object({
  id: z.string(),
  title: z.string(),
  method: z.enum(DRAW_METHODS),
  seed: z.string(),
  parameters,
  eligible: z.number(),
  drawn: z.number(),
  /** The partner organization that drew from a shared pool; null when the pool's own did. */
  drawnByOrganizationId: z.string().nullable(),
  createdAt: z.string(),
});

export const drawListResponse = z.object({ draws: z.array(drawSummary) });

/** A draw with the pseudonymous ids of the drawn members and the strata they came from. */
export const drawResponse = drawSummary.extend({
  drawnIds: z.array(z.string()),
  strata: z.array(z.object({ stratum: z.string(), eligible: z.number(), drawn: z.number() })),
});

export const drawCheckResponse = z.object({
  identical: z.boolean(),
  recorded: z.array(z.string()),
  redrawn: z.array(z.string()),
});

export function toDrawSummary(draw: PoolDraw): z.infer<typeof drawSummary> {
  return {
    id: draw.id,
    title: draw.title,
    method: draw.method,
    seed: draw.seed,
    parameters: draw.parameters,
    eligible: draw.eligible.length,
    drawn: draw.drawn.length,
    drawnByOrganizationId: draw.drawnByOrganizationId,
    createdAt: draw.createdAt.toISOString(),
  };
}

export function toDraw(draw: PoolDraw): z.infer<typeof drawResponse> {
  const drawn = new Set(draw.drawn);
  const strata = new Map<string, { stratum: string; eligible: number; drawn: number }>();
  for (const m of draw.eligible) {
    const s = strata.get(m.stratum) ?? { stratum: m.stratum, eligible: 0, drawn: 0 };
    s.eligible++;
    if (drawn.has(m.id)) s.drawn++;
    strata.set(m.stratum, s);
  }
  return {
    ...toDrawSummary(draw),
    drawnIds: draw.drawn,
    strata: [...strata.values()].sort((a, b) => a.stratum.localeCompare(b.stratum)),
  };
}

/** Eligible members per stratum for a stratified draw being prepared. */
export const strataPreviewResponse = z.object({
  strata: z.array(z.object({ stratum: z.string(), eligible: z.number() })),
});
