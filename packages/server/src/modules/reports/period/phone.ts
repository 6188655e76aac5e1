import { and, count, eq, inArray, lt, max, min, ne } from "drizzle-orm";
import { phoneCalls, phoneCampaigns } from "../../phone/index.js";
import type { ActivitySummary, PeriodSource } from "./activities.js";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Phone campaigns that called in the period (a call started in it); their participants are
 * the completed and partial calls (over the whole campaign), channel "phone".
 */
export const phoneCampaignsInPeriod: PeriodSource = async (db, options) => {
  const campaigns = await db
    .select({ id: phoneCampaigns.id, name: phoneCampaigns.name, status: phoneCampaigns.status })
    .from(phoneCampaigns)
    .where(
      and(
        eq(phoneCampaigns.organizationId, options.organizationId),
        ne(phoneCampaigns.status, "draft"),
        lt(phoneCampaigns.createdAt, options.until),
      ),
    );
  if (campaigns.length === 0) return [];
  const calls = await db
    .select({
      id: phoneCalls.campaignId,
      first: min(phoneCalls.startedAt),
      last: max(phoneCalls.startedAt),
      n: count(),
    })
    .from(phoneCalls)
    .where(
      and(
        eq(phoneCalls.organizationId, options.organizationId),
        inArray(
          phoneCalls.campaignId,
          campaigns.map((c) => c.id),
        ),
      ),
    )
    .groupBy(phoneCalls.campaignId);
  const answered = new Map(
    (
      await db
        .select({ id: phoneCalls.campaignId, n: count() })
        .from(phoneCalls)
        .where(
          and(
            eq(phoneCalls.organizationId, options.organizationId),
            inArray(
              phoneCalls.campaignId,
              campaigns.map((c) => c.id),
            ),
            inArray(phoneCalls.outcome, ["completed", "partial"]),
          ),
        )
        .groupBy(phoneCalls.campaignId)
    ).map((r) => [r.id, r.n]),
  );
  return campaigns.flatMap((c): ActivitySummary[] => {
    const span = calls.find((r) => r.id === c.id);
    if (!span?.first || !span.last) return [];
    const first = new Date(span.first);
    const last = new Date(span.last);
    if (first >= options.until || last < options.from) return [];
    const n = answered.get(c.id) ?? 0;
    return [
      {
        kind: "phone" as const,
        id: c.id,
        title: c.name,
        startedOn: day(first),
        endedOn: c.status === "finished" ? day(last) : null,
        participants: n,
        channels: n ? { phone: n } : ({} as Record<string, number>),
      },
    ];
  });
};
