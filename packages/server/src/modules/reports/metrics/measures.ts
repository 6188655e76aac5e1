import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { participants } from "../../conversations/index.js";
import { poolComposition } from "../../pool/index.js";
import { surveyResponses } from "../../surveys/index.js";
import { readActionStatus } from "../action-status.js";
import { type ActivitySummary, activitiesInPeriod } from "../period/activities.js";
import { type FeedbackFigure, feedbackInPeriod } from "../period/feedback.js";
import type { BriefLanguage } from "../texts.js";

export interface QuarterParticipation {
  /** "2026-Q3" (quarters of the UTC calendar). */
  quarter: string;
  participants: number;
  channels: Record<string, number>;
}

export interface PoolSnapshot {
  /** The quarter's last day, YYYY-MM-DD. */
  at: string;
  members: number;
  /** Dissimilarity index per dimension (0 = as the population). */
  age: number | null;
  sex: number | null;
  municipality: number | null;
}

export interface DaysSummary {
  n: number;
  median: number;
  p25: number;
  p75: number;
}

/** The pilots' own measures over a range of days. */
export interface Metrics {
  from: string;
  to: string;
  activities: ActivitySummary[];
  quarters: QuarterParticipation[];
  /** Null when the pool has no population table. */
  pool: PoolSnapshot[] | null;
  feedback: { surveyId: string; title: string; responses: number; figures: FeedbackFigure[] }[];
  recommendations: {
    total: number;
    byStatus: { status: string; label: string; count: number }[];
    /** Recommendations with a recorded decision on any of their measures. */
    reachedDecision: number;
    /** Recommendations with a measure tagged with a budget year (budget preparation). */
    inBudget: number;
    /** Days from the recommendation's entry in its table to its first decision. */
    daysToDecision: DaysSummary | null;
  };
}

/** Every quarter from `from` to the day before `until`, in order. */
export function quartersBetween(from: Date, until: Date): { key: string; end: Date }[] {
  const out: { key: string; end: Date }[] = [];
  let y = from.getUTCFullYear();
  let q = Math.floor(from.getUTCMonth() / 3);
  for (;;) {
    const start = new Date(Date.UTC(y, q * 3, 1));
    if (start >= until) break;
    out.push({ key: `${y}-Q${q + 1}`, end: new Date(Date.UTC(y, q * 3 + 3, 0)) });
    q++;
    if (q === 4) {
      q = 0;
      y++;
    }
  }
  return out;
}

/** The median and quartiles of whole days (nearest rank). */
export function daysSummary(days: number[]): DaysSummary | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, median: at(0.5), p25: at(0.25), p75: at(0.75) };
}

async function quarterly(
  db: Db,
  organizationId: string,
  range: { from: Date; until: Date },
): Promise<QuarterParticipation[]> {
  const rows = [
    ...(await db
      .select({
        y: sql<number>`extract(year from ${participants.createdAt})::int`,
        q: sql<number>`extract(quarter from ${participants.createdAt})::int`,
        channel: participants.channel,
        n: sql<number>`count(*)::int`,
      })
      .from(participants)
      .where(
        and(
          eq(participants.organizationId, organizationId),
          gte(participants.createdAt, range.from),
          lt(participants.createdAt, range.until),
        ),
      )
      .groupBy(sql`1`, sql`2`, participants.channel)),
    ...(await db
      .select({
        y: sql<number>`extract(year from ${surveyResponses.submittedAt})::int`,
        q: sql<number>`extract(quarter from ${surveyResponses.submittedAt})::int`,
        channel: surveyResponses.channel,
        n: sql<number>`count(*)::int`,
      })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.organizationId, organizationId),
          eq(surveyResponses.status, "complete"),
          gte(surveyResponses.submittedAt, range.from),
          lt(surveyResponses.submittedAt, range.until),
        ),
      )
      .groupBy(sql`1`, sql`2`, surveyResponses.channel)),
  ];
  return quartersBetween(range.from, range.until).map(({ key }) => {
    const channels: Record<string, number> = {};
    for (const r of rows)
      if (`${r.y}-Q${r.q}` === key) channels[r.channel] = (channels[r.channel] ?? 0) + Number(r.n);
    return {
      quarter: key,
      participants: Object.values(channels).reduce((a, b) => a + b, 0),
      channels,
    };
  });
}

async function poolHistory(
  db: Db,
  organizationId: string,
  range: { from: Date; until: Date },
  now: Date,
): Promise<PoolSnapshot[] | null> {
  const snapshots: PoolSnapshot[] = [];
  for (const { end } of quartersBetween(range.from, range.until)) {
    const at = new Date(Math.min(end.getTime() + 86_399_999, now.getTime()));
    try {
      const c = await poolComposition(db, { organizationId, at });
      const d = (name: string) => c.dimensions.find((x) => x.dimension === name)?.D ?? null;
      snapshots.push({
        at: at.toISOString().slice(0, 10),
        members: c.people,
        age: c.people ? d("age") : null,
        sex: c.people ? d("sex") : null,
        municipality: c.people ? d("municipality") : null,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    }
  }
  return snapshots;
}

async function recommendationMeasures(
  db: Db,
  options: { organizationId: string; language: BriefLanguage; until: Date },
): Promise<Metrics["recommendations"]> {
  const status = await readActionStatus(db, {
    organizationId: options.organizationId,
    language: options.language,
    createdBefore: options.until,
  });
  const tableById = new Map(status.tables.map((t) => [t.id, t]));
  const recs = status.recommendations;
  const measures = status.measures;
  const counts = new Map<string, number>();
  for (const m of measures) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const days: number[] = [];
  let reachedDecision = 0;
  let inBudget = 0;
  for (const r of recs) {
    const own = measures.filter((m) => m.recommendationId === r.id);
    const dates = own.flatMap((m) => m.decisions.map((d) => d.date)).sort();
    if (own.some((m) => m.budgetYear !== null)) inBudget++;
    if (dates.length === 0) continue;
    reachedDecision++;
    const entered = tableById.get(r.tableId)!.createdAt;
    const first = new Date(`${dates[0]}T00:00:00Z`);
    const elapsed = Math.floor((first.getTime() - entered.getTime()) / 86_400_000);
    // A decision older than the table (imported history) says nothing about the time taken.
    if (elapsed >= 0) days.push(elapsed);
  }
  return {
    total: recs.length,
    byStatus: [...counts].map(([key, count]) => ({ status: key, label: status.label(key), count })),
    reachedDecision,
    inBudget,
    daysToDecision: daysSummary(days),
  };
}

/** The metrics of an organization over a range (`until` exclusive). */
export async function measureMetrics(
  db: Db,
  options: {
    organizationId: string;
    from: Date;
    until: Date;
    language: BriefLanguage;
    now?: Date;
  },
): Promise<Metrics> {
  const now = options.now ?? new Date();
  const range = { from: options.from, until: options.until };
  const activities = await activitiesInPeriod(db, { ...options });
  const feedback: Metrics["feedback"] = [];
  for (const a of activities.filter((x) => x.kind === "survey")) {
    const result = await feedbackInPeriod(db, {
      organizationId: options.organizationId,
      surveyIds: [a.id],
    });
    if (result.surveys === 1)
      feedback.push({
        surveyId: a.id,
        title: a.title,
        responses: result.responses,
        figures: result.figures,
      });
  }
  return {
    from: options.from.toISOString().slice(0, 10),
    to: new Date(options.until.getTime() - 86_400_000).toISOString().slice(0, 10),
    activities,
    quarters: await quarterly(db, options.organizationId, range),
    pool: await poolHistory(db, options.organizationId, range, now),
    feedback,
    recommendations: await recommendationMeasures(db, options),
  };
}
