import { type OpinionStateJSON, stateFromJSON, toPolisMath } from "@kuulo/opinion";
import { redact } from "@kuulo/text";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { LANGUAGES } from "../../organizations/index.js";
import { storedResults } from "../math/math.js";
import {
  conversationMath,
  kioskSessions,
  participants,
  segments,
  statements,
  voteEvents,
  votes,
} from "../schema.js";
import type { Conversation } from "../service.js";
import { csv } from "./csv.js";

/**
 * Exports in Polis's CSV format (comments, votes, participants-votes, summary) and Polis's math
 * JSON, so a conversation can be analysed with the tools that read Polis exports, or imported
 * into another Kuulo. Votes use agree = +1, disagree = −1, pass = 0, as Polis's exports do.
 * CSVs start with a byte order mark (Finnish Excel). A statement that residents never saw
 * (pending or rejected) is exported with identity codes, phone numbers and email addresses
 * masked (@kuulo/text `redact`): a rejected statement often carries exactly those.
 * comments.csv adds, after `comment-body`, the statement's language (`comment-language`) and
 * staff's translations (`translation-fi`, `translation-sv`, `translation-en`; empty when none).
 * participants-votes.csv adds a `segment` column (the key of the link the participant came
 * through), `channel` (web, embed or event) and `event` (the kiosk's event name) after Polis's
 * six summary columns.
 */

export const EXPORT_FILES = [
  "comments.csv",
  "votes.csv",
  "participants-votes.csv",
  "summary.csv",
  "math.json",
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

const MODERATED = { approved: 1, pending: 0, rejected: -1 } as const;

async function voteCounts(db: Db, conversationId: string) {
  const rows = await db.select().from(votes).where(eq(votes.conversationId, conversationId));
  const byTid = new Map<number, { agrees: number; disagrees: number }>();
  const byPid = new Map<number, { votes: Map<number, number>; agree: number; disagree: number }>();
  for (const v of rows) {
    const t = byTid.get(v.tid) ?? { agrees: 0, disagrees: 0 };
    if (v.vote > 0) t.agrees++;
    if (v.vote < 0) t.disagrees++;
    byTid.set(v.tid, t);
    const p = byPid.get(v.pid) ?? { votes: new Map(), agree: 0, disagree: 0 };
    p.votes.set(v.tid, v.vote);
    if (v.vote > 0) p.agree++;
    if (v.vote < 0) p.disagree++;
    byPid.set(v.pid, p);
  }
  return { byTid, byPid };
}

export async function exportFile(
  db: Db,
  options: {
    conversation: Conversation;
    file: ExportFile;
    publicUrl: string;
    orgSlug: string;
    /** Only approved statements in comments.csv: for staff who may not moderate. */
    approvedOnly?: boolean;
  },
): Promise<{ contentType: string; body: string }> {
  const { conversation } = options;
  const list = await db
    .select()
    .from(statements)
    .where(eq(statements.conversationId, conversation.id))
    .orderBy(asc(statements.tid));
  switch (options.file) {
    case "comments.csv": {
      const { byTid } = await voteCounts(db, conversation.id);
      const shown = options.approvedOnly ? list.filter((s) => s.status === "approved") : list;
      const shownText = (s: (typeof list)[number], text: string | undefined) =>
        text === undefined ? "" : { untrusted: s.status === "approved" ? text : redact(text).text };
      const rows = shown.map((s) => [
        s.createdAt.getTime(),
        s.createdAt.toISOString(),
        s.tid,
        s.authorPid ?? "",
        byTid.get(s.tid)?.agrees ?? 0,
        byTid.get(s.tid)?.disagrees ?? 0,
        MODERATED[s.status],
        shownText(s, s.text),
        s.language ?? "",
        ...LANGUAGES.map((l) => shownText(s, s.translations[l])),
        s.isMeta ? "true" : "false",
      ]);
      return {
        contentType: "text/csv; charset=utf-8",
        body: csv([
          [
            "timestamp",
            "datetime",
            "comment-id",
            "author-id",
            "agrees",
            "disagrees",
            "moderated",
            "comment-body",
            "comment-language",
            ...LANGUAGES.map((l) => `translation-${l}`),
            "is-meta",
          ],
          ...rows,
        ]),
      };
    }
    case "votes.csv": {
      const events = await db
        .select()
        .from(voteEvents)
        .where(eq(voteEvents.conversationId, conversation.id))
        .orderBy(asc(voteEvents.id));
      return {
        contentType: "text/csv; charset=utf-8",
        body: csv([
          ["timestamp", "datetime", "comment-id", "voter-id", "vote"],
          ...events.map((e) => [
            e.createdAt.getTime(),
            e.createdAt.toISOString(),
            e.tid,
            e.pid,
            e.vote,
          ]),
        ]),
      };
    }
    case "participants-votes.csv": {
      const { byPid } = await voteCounts(db, conversation.id);
      const stored = await storedResults(db, conversation.id);
      const groupOf = new Map(
        (stored?.results.map.participants ?? []).map((p) => [p.pid, p.group]),
      );
      const people = await db
        .select({
          pid: participants.pid,
          segment: segments.key,
          channel: participants.channel,
          eventName: kioskSessions.eventName,
        })
        .from(participants)
        .leftJoin(segments, eq(segments.id, participants.segmentId))
        .leftJoin(kioskSessions, eq(kioskSessions.id, participants.kioskSessionId))
        .where(eq(participants.conversationId, conversation.id))
        .orderBy(asc(participants.pid));
      const authored = new Map<number, number>();
      for (const s of list)
        if (s.authorPid !== null) authored.set(s.authorPid, (authored.get(s.authorPid) ?? 0) + 1);
      const tids = list.map((s) => s.tid);
      const rows = people.map(({ pid, segment, channel, eventName }) => {
        const p = byPid.get(pid);
        const group = groupOf.get(pid);
        return [
          pid,
          group === undefined || group < 0 ? "" : group,
          authored.get(pid) ?? 0,
          p?.votes.size ?? 0,
          p?.agree ?? 0,
          p?.disagree ?? 0,
          segment ?? "",
          channel,
          eventName ?? "",
          ...tids.map((tid) => p?.votes.get(tid) ?? ""),
        ];
      });
      return {
        contentType: "text/csv; charset=utf-8",
        body: csv([
          [
            "participant",
            "group-id",
            "n-comments",
            "n-votes",
            "n-agree",
            "n-disagree",
            // Kuulo's addition: the segment key of the link the participant came through.
            "segment",
            // And how they came: web, embed or event (a kiosk), with the event's name.
            "channel",
            "event",
            ...tids,
          ],
          ...rows,
        ]),
      };
    }
    case "summary.csv": {
      const people = await db
        .select({ pid: participants.pid })
        .from(participants)
        .where(eq(participants.conversationId, conversation.id));
      const stored = await storedResults(db, conversation.id);
      const commenters = new Set(list.filter((s) => s.authorPid !== null).map((s) => s.authorPid));
      return {
        contentType: "text/csv; charset=utf-8",
        body: csv([
          ["topic", { untrusted: conversation.title.fi }],
          ["url", `${options.publicUrl}/${options.orgSlug}/c/${conversation.publicId}`],
          ["views", people.length],
          ["voters", people.length],
          ["voters-in-conv", stored?.results.clustered ?? 0],
          ["commenters", commenters.size],
          ["comments", list.length],
          ["groups", stored?.results.groups.length ?? 0],
          ["conversation-description", { untrusted: conversation.description.fi }],
        ]),
      };
    }
    case "math.json": {
      const [row] = await db
        .select({ state: conversationMath.state, tick: conversationMath.mathTick })
        .from(conversationMath)
        .where(eq(conversationMath.conversationId, conversation.id));
      if (!row || row.tick < 0)
        throw new AppError("not_found", "The opinion math has not been computed yet.");
      return {
        contentType: "application/json; charset=utf-8",
        body: JSON.stringify(toPolisMath(stateFromJSON(row.state as OpinionStateJSON))),
      };
    }
  }
}
