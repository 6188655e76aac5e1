import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import { surveyResponses } from "../surveys/index.js";
import { numberCounts } from "./numbers.js";
import type { dashboardResponse } from "./responses.js";
import { type CallOutcomeKind, phoneCalls, phoneNumbers } from "./schema.js";

const FAILURES: CallOutcomeKind[] = [
  "busy",
  "no_answer",
  "failed",
  "machine",
  "timed_out",
  "provider_error",
  "abandoned",
];

/** A campaign's figures: attempts, answered, completed, partial, opted out, failed by reason. */
export async function campaignDashboard(
  db: Db,
  options: { organizationId: string; campaignId: string },
): Promise<z.infer<typeof dashboardResponse>> {
  const rows = await db
    .select({
      outcome: phoneCalls.outcome,
      answered: sql<number>`count(*) filter (where ${phoneCalls.answered})::int`,
      n: sql<number>`count(*)::int`,
    })
    .from(phoneCalls)
    .where(
      and(
        eq(phoneCalls.organizationId, options.organizationId),
        eq(phoneCalls.campaignId, options.campaignId),
      ),
    )
    .groupBy(phoneCalls.outcome);
  const outcomes: Partial<Record<CallOutcomeKind, number>> = {};
  let attempted = 0;
  let answered = 0;
  for (const r of rows) {
    attempted += r.n;
    answered += r.answered;
    if (r.outcome) outcomes[r.outcome] = r.n;
  }
  const numbers = await numberCounts(db, options);
  const failedByReason = Object.fromEntries(
    FAILURES.filter((f) => outcomes[f]).map((f) => [f, outcomes[f]!]),
  );
  return {
    numbers: Object.values(numbers).reduce((a, b) => a + b, 0),
    attempted,
    answered,
    completed: outcomes.completed ?? 0,
    partial: outcomes.partial ?? 0,
    optedOut: outcomes.opted_out ?? 0,
    inCall: numbers.in_call ?? 0,
    waiting: numbers.waiting ?? 0,
    exhausted: numbers.exhausted ?? 0,
    failedByReason,
    outcomes,
  };
}

/**
 * The answers the campaign's calls stored (one response per number, channel "phone"), complete
 * or partial (a hang-up keeps the answers given), for per-question figures.
 */
export async function campaignAnswers(
  db: Db,
  options: { organizationId: string; campaignId: string },
): Promise<{ answers: Record<string, unknown>; complete: boolean }[]> {
  const rows = await db
    .select({ answers: surveyResponses.answers, status: surveyResponses.status })
    .from(phoneNumbers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, phoneNumbers.responseId))
    .where(
      and(
        eq(phoneNumbers.organizationId, options.organizationId),
        eq(phoneNumbers.campaignId, options.campaignId),
        eq(surveyResponses.organizationId, options.organizationId),
        eq(surveyResponses.channel, "phone"),
      ),
    );
  return rows.map((r) => ({
    answers: (r.answers ?? {}) as Record<string, unknown>,
    complete: r.status === "complete",
  }));
}
