import { parentPort } from "node:worker_threads";
import {
  createState,
  type ModerationChange,
  type OpinionStateJSON,
  stateFromJSON,
  stateToJSON,
  update,
} from "@kuulo/opinion";
import { buildResults, type ConversationResults } from "./results.js";

/**
 * The opinion math of one conversation tick, run off the request path. Used inside a worker
 * thread (see math-runner.ts) and, for tests, directly.
 */
export interface MathJob {
  state: OpinionStateJSON | null;
  votes: { participant: number[]; statement: number[]; vote: number[] };
  moderation: ModerationChange[];
  /** [pid, segment key] for participants who came through a segment link. */
  segments: [number, string][];
  /** [pid, channel] of every participant: "web", "embed" or "event:<kiosk session id>". */
  channels?: [number, string][];
  /** Groups to keep instead of clustering (an imported Polis conversation). */
  keptGroups?: [number, number][] | null;
}

export interface MathOutput {
  state: OpinionStateJSON;
  results: ConversationResults;
}

export function runMathJob(job: MathJob): MathOutput {
  const previous = job.state ? stateFromJSON(job.state) : createState({ seed: 1 });
  const next = update({
    state: previous,
    votes: job.votes,
    moderation: job.moderation,
    ...(job.keptGroups ? { fixedGroups: new Map(job.keptGroups) } : {}),
  });
  return {
    state: stateToJSON(next),
    results: buildResults(next, new Map(job.segments), new Map(job.channels ?? [])),
  };
}

parentPort?.on("message", (message: { id: number; job: MathJob }) => {
  try {
    parentPort!.postMessage({ id: message.id, output: runMathJob(message.job) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
