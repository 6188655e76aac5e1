import { and, eq, inArray } from "drizzle-orm";
import { MEETING_ROLES, roundTableMeetings, roundTables } from "../../roundtables/index.js";
import type { ActivitySummary, PeriodSource } from "./activities.js";

/**
 * Round tables with a meeting in the period: participants are the meetings' counts summed
 * (people may come to several meetings), by role as the channels ("round_table:<role>").
 */
export const roundTablesInPeriod: PeriodSource = async (db, options) => {
  const rows = await db
    .select({ id: roundTables.id, title: roundTables.title })
    .from(roundTables)
    .where(eq(roundTables.organizationId, options.organizationId));
  if (rows.length === 0) return [];
  const meetings = await db
    .select({
      roundTableId: roundTableMeetings.roundTableId,
      heldOn: roundTableMeetings.heldOn,
      participants: roundTableMeetings.participants,
    })
    .from(roundTableMeetings)
    .where(
      and(
        eq(roundTableMeetings.organizationId, options.organizationId),
        inArray(
          roundTableMeetings.roundTableId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const from = options.from.toISOString().slice(0, 10);
  const until = options.until.toISOString().slice(0, 10);
  return rows.flatMap((r): ActivitySummary[] => {
    const own = meetings
      .filter((m) => m.roundTableId === r.id)
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    if (!own.some((m) => m.heldOn >= from && m.heldOn < until)) return [];
    const channels: Record<string, number> = {};
    for (const m of own)
      for (const role of MEETING_ROLES) {
        const n = m.participants[role] ?? 0;
        if (n > 0) channels[`round_table:${role}`] = (channels[`round_table:${role}`] ?? 0) + n;
      }
    return [
      {
        kind: "round_table" as const,
        id: r.id,
        title: r.title[options.language] || r.title.fi || r.title.sv || r.title.en || "",
        startedOn: own[0]!.heldOn,
        endedOn: own.at(-1)!.heldOn,
        participants: Object.values(channels).reduce((a, b) => a + b, 0),
        channels,
      },
    ];
  });
};
