import { and, count, eq, gte, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { conversations, participants } from "../../conversations/index.js";
import { panelCandidates, panelSessions, panels } from "../../panels/index.js";
import { surveyResponses, surveys } from "../../surveys/index.js";
import type { ActivityKind } from "../brief.js";
import type { BriefLanguage } from "../texts.js";
import { juriesInPeriod } from "./juries.js";
import { phoneCampaignsInPeriod } from "./phone.js";
import { roundTablesInPeriod } from "./roundtables.js";

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
 * Panels that met in the period (a session within it; without sessions, made in it); their
 * participants are the panelists seated (selected or confirmed), channel "panel".
 */
export const panelsInPeriod: PeriodSource = async (db, options) => {
  const rows = await db
    .select({ id: panels.id, title: panels.title, createdAt: panels.createdAt })
    .from(panels)
    .where(eq(panels.organizationId, options.organizationId));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const sessions = await db
    .select({ panelId: panelSessions.panelId, date: panelSessions.date })
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.organizationId, options.organizationId),
        inArray(panelSessions.panelId, ids),
      ),
    );
  const seated = new Map(
    (
      await db
        .select({ id: panelCandidates.panelId, n: count() })
        .from(panelCandidates)
        .where(
          and(
            eq(panelCandidates.organizationId, options.organizationId),
            inArray(panelCandidates.panelId, ids),
            inArray(panelCandidates.status, ["selected", "confirmed"]),
          ),
        )
        .groupBy(panelCandidates.panelId)
    ).map((r) => [r.id, r.n]),
  );
  const from = day(options.from);
  const until = day(options.until);
  return rows.flatMap((r): ActivitySummary[] => {
    const dates = sessions
      .filter((s) => s.panelId === r.id)
      .map((s) => s.date)
      .sort();
    const started = dates[0] ?? day(r.createdAt);
    const ended = dates.at(-1) ?? null;
    const inPeriod = dates.length
      ? dates.some((d) => d >= from && d < until)
      : started >= from && started < until;
    if (!inPeriod) return [];
    const n = seated.get(r.id) ?? 0;
    return [
      {
        kind: "panel" as const,
        id: r.id,
        title: r.title,
        startedOn: started,
        endedOn: ended,
        participants: n,
        channels: n ? { panel: n } : ({} as Record<string, number>),
      },
    ];
  });
};

/**
 * One PeriodSource per activity kind (as each kind has a BriefSource).
 */
export const PERIOD_SOURCES: Record<ActivityKind, PeriodSource> = {
  conversation: conversationsInPeriod,
  survey: surveysInPeriod,
  panel: panelsInPeriod,
  round_table: roundTablesInPeriod,
  jury: juriesInPeriod,
  phone: phoneCampaignsInPeriod,
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
