import type { SegmentComparison } from "@kuulo/opinion";
import { z } from "zod";
import type { CommonGround } from "./common-ground.js";
import type { ConversationResults } from "./results.js";

/**
 * The response schema of a conversation's stored math (results.ts `ConversationResults`), as
 * staff and residents receive it. `results-schema.test.ts` checks it against results built from
 * synthetic conversations; the assignments at the end keep it and the types in step.
 */

const id = z.number().int();
const count = z.number().int().min(0);

const interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });

export const segmentComparisonSchema = z.object({
  segments: z.array(z.object({ segment: z.string(), participants: count })),
  statements: z.array(
    z.object({
      statement: id,
      segments: z.array(
        z.object({
          segment: z.string(),
          voters: count,
          agree: count,
          disagree: count,
          pass: count,
          agreeShare: interval,
          disagreeShare: interval,
          passShare: interval,
        }),
      ),
      test: z
        .object({
          chiSquare: z.number(),
          df: count,
          pValue: z.number(),
          qValue: z.number(),
          cramersV: z.number(),
          lowCounts: z.boolean(),
          differs: z.boolean(),
        })
        .nullable(),
    }),
  ),
  mostDifferent: z.array(id),
  method: z.string(),
});

const consensusItem = z.object({ tid: id, share: z.number(), count, voters: count });

/** The results pages' headline agreement (common-ground.ts). */
export const commonGroundSchema = z.object({
  threshold: z.number(),
  basis: z.enum(["every_group", "all_voters"]),
  agree: z.array(
    z.object({ tid: id, share: z.number(), count, voters: count, lowestGroupShare: z.number() }),
  ),
  disagree: z.array(
    z.object({ tid: id, share: z.number(), count, voters: count, lowestGroupShare: z.number() }),
  ),
});

export const conversationResultsSchema = z.object({
  tick: count,
  participants: count,
  /** Participants placed on the map (Polis's "in-conv"). */
  clustered: count,
  map: z.object({
    participants: z.array(z.object({ pid: id, x: z.number(), y: z.number(), group: id })),
    statements: z.array(z.object({ tid: id, x: z.number(), y: z.number() })),
  }),
  groups: z.array(
    z.object({
      id,
      size: count,
      center: z.tuple([z.number(), z.number()]),
      representative: z.array(
        z.object({
          tid: id,
          direction: z.enum(["agree", "disagree"]),
          share: z.number(),
          count,
          voters: count,
        }),
      ),
    }),
  ),
  consensus: z.object({ agree: z.array(consensusItem), disagree: z.array(consensusItem) }),
  divisive: z.array(z.object({ tid: id, spread: z.number() })),
  statements: z.array(
    z.object({
      tid: id,
      agree: count,
      disagree: count,
      pass: count,
      groupAwareConsensus: z.number(),
      priority: z.number(),
      perGroup: z.array(z.object({ group: id, agree: count, disagree: count, voters: count })),
    }),
  ),
  segments: segmentComparisonSchema.nullable(),
  /** The same comparison by channel ("web", "embed", "event:<kiosk session id>"); results stored before channels have none. */
  channels: segmentComparisonSchema.nullable().optional(),
});

/** Compile-time: what the math stores is what the schema describes, both ways. */
export type CommonGroundMatchesSchema = Same<CommonGround, z.infer<typeof commonGroundSchema>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type ResultsMatchSchema = Same<
  ConversationResults,
  z.infer<typeof conversationResultsSchema>
>;
export type SegmentsMatchSchema = Same<SegmentComparison, z.infer<typeof segmentComparisonSchema>>;
const inStep: [ResultsMatchSchema, SegmentsMatchSchema, CommonGroundMatchesSchema] = [
  true,
  true,
  true,
];
void inStep;
