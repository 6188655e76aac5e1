import { and, count, eq, gte, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { conversations, participants } from "../../conversations/index.js";
import { surveyResponses, surveys } from "../../surveys/index.js";
import type { ActivityKind } from "../brief.js";
import type { BriefLanguage } from "../texts.js";

/** One activity of the period with its participants by channel. */
export interface ActivitySummary {
  kind: ActivityKind;
  id: string;
  title: string;
  /** YYYY-MM-DD: when it opened (or was created) and closed (null while open). */
  startedOn: string;
  endedOn: string | null;
  participants: number;
  channels: Record<string, number>;
}

export interface PeriodOptions {
  organizationId: string;
  /** The first day of the period (00:00 UTC). */
  from: Date;
  /** The day after the last day of the period (exclusive). */
  until: Date;
  language: BriefLanguage;
}

/** The activities of one kind that were open at some time in the period. */
export type PeriodSource = (db: Db, options: PeriodOptions) => Promise<ActivitySummary[]>;

const day = (d: Date) => d.toISOString().slice(0, 10);

function byChannel(rows: { id: string; channel: string; n: number }[]) {
  const map = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const channels = map.get(r.id) ?? {};
    channels[r.channel] = (channels[r.channel] ?? 0) + r.n;
    map.set(r.id, channels);
  }
  return map;
}

const total = (channels: Record<string, number> | undefined) =>
  Object.values(channels ?? {}).reduce((a, b) => a + b, 0);

/** Conversations that were open in the period; participants counted over the whole conversation. */
export const conversationsInPeriod: PeriodSource = async (db, options) => {
  const started = sql`coalesce(${conversations.opensAt}, ${conversations.createdAt})`;
  const rows = await db
    .select({
      id: conversations.id,
      title: conversations.title,
      opensAt: conversations.opensAt,
      createdAt: conversations.createdAt,
      closesAt: conversations.closesAt,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, options.organizationId),
        lt(started, options.until),
        or(isNull(conversations.closesAt), gte(conversations.closesAt, options.from)),
      ),
    );
  if (rows.length === 0) return [];
  const counts = byChannel(
    await db
      .select({ id: participants.conversationId, channel: participants.channel, n: count() })
      .from(participants)
      .where(
        and(
          eq(participants.organizationId, options.organizationId),
          inArray(
            participants.conversationId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .groupBy(participants.conversationId, participants.channel),
  );
  return rows.map((r) => ({
    kind: "conversation" as const,
    id: r.id,
    title: r.title[options.language] || r.title.fi || "",
    startedOn: day(r.opensAt ?? r.createdAt),
    endedOn: r.closesAt ? day(r.closesAt) : null,
    participants: total(counts.get(r.id)),
    channels: counts.get(r.id) ?? {},
  }));
};

/** Surveys (not drafts) that were open in the period; complete responses by channel. */
export const surveysInPeriod: PeriodSource = async (db, options) => {
  const started = sql`coalesce(${surveys.opensAt}, ${surveys.createdAt})`;
  const rows = await db
    .select({
      id: surveys.id,
      title: surveys.title,
      opensAt: surveys.opensAt,
      createdAt: surveys.createdAt,
      closesAt: surveys.closesAt,
    })
    .from(surveys)
    .where(
      and(
        eq(surveys.organizationId, options.organizationId),
        ne(surveys.status, "draft"),
        lt(started, options.until),
        or(isNull(surveys.closesAt), gte(surveys.closesAt, options.from)),
      ),
    );
  if (rows.length === 0) return [];
  const counts = byChannel(
    await db
      .select({ id: surveyResponses.surveyId, channel: surveyResponses.channel, n: count() })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.organizationId, options.organizationId),
          eq(surveyResponses.status, "complete"),
          inArray(
            surveyResponses.surveyId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .groupBy(surveyResponses.surveyId, surveyResponses.channel),
  );
  return rows.map((r) => ({
    kind: "survey" as const,
    id: r.id,
    title: r.title,
    startedOn: day(r.opensAt ?? r.createdAt),
    endedOn: r.closesAt ? day(r.closesAt) : null,
    participants: total(counts.get(r.id)),
    channels: counts.get(r.id) ?? {},
  }));
};

/**
 * One PeriodSource per activity kind. Panels, juries and phone campaigns add theirs when
 * their modules come (as they add a BriefSource).
 */
export const PERIOD_SOURCES: Record<ActivityKind, PeriodSource> = {
  conversation: conversationsInPeriod,
  survey: surveysInPeriod,
};

/** Every activity of the period, oldest first. */
export async function activitiesInPeriod(
  db: Db,
  options: PeriodOptions,
): Promise<ActivitySummary[]> {
  const all = (
    await Promise.all(Object.values(PERIOD_SOURCES).map((source) => source(db, options)))
  ).flat();
  return all.sort(
    (a, b) => a.startedOn.localeCompare(b.startedOn) || a.title.localeCompare(b.title, "fi"),
  );
}
