import { and, count, eq, inArray, ne } from "drizzle-orm";
import { juries, juryMembers } from "../../juries/index.js";
import type { ActivitySummary, PeriodSource } from "./activities.js";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Juries (not drafts) whose phases overlap the period (from the first phase's start to the
 * last phase's end; without dates, from when the jury was made and still running); their
 * participants are the active jurors, channel "web".
 */
export const juriesInPeriod: PeriodSource = async (db, options) => {
  const rows = await db
    .select({
      id: juries.id,
      title: juries.title,
      phases: juries.phases,
      status: juries.status,
      createdAt: juries.createdAt,
    })
    .from(juries)
    .where(and(eq(juries.organizationId, options.organizationId), ne(juries.status, "draft")));
  if (rows.length === 0) return [];
  const jurors = new Map(
    (
      await db
        .select({ id: juryMembers.juryId, n: count() })
        .from(juryMembers)
        .where(
          and(
            eq(juryMembers.organizationId, options.organizationId),
            inArray(
              juryMembers.juryId,
              rows.map((r) => r.id),
            ),
            eq(juryMembers.kind, "juror"),
            eq(juryMembers.active, true),
          ),
        )
        .groupBy(juryMembers.juryId)
    ).map((r) => [r.id, r.n]),
  );
  const from = day(options.from);
  const until = day(options.until);
  return rows.flatMap((r): ActivitySummary[] => {
    const plans = Object.values(r.phases);
    const starts = plans.flatMap((p) => (p?.startsOn ? [p.startsOn] : [])).sort();
    const ends = plans.flatMap((p) => (p?.endsOn ? [p.endsOn] : [])).sort();
    const startedOn = starts[0] ?? day(r.createdAt);
    const endedOn = ends.at(-1) ?? (r.status === "finished" ? startedOn : null);
    if (startedOn >= until || (endedOn !== null && endedOn < from)) return [];
    const n = jurors.get(r.id) ?? 0;
    return [
      {
        kind: "jury" as const,
        id: r.id,
        title: r.title,
        startedOn,
        endedOn,
        participants: n,
        channels: n ? { web: n } : ({} as Record<string, number>),
      },
    ];
  });
};
