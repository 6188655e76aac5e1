import { type CsvRecord, CsvTable, parseCsv } from "./csv.js";
import { OpinionError } from "./errors.js";
import type { ModerationChange, Vote } from "./types.js";

export interface PolisExportFiles {
  /** Contents of comments.csv (optional: without it nothing is moderated out). */
  comments?: string;
  /** Contents of votes.csv (every vote event, agree = +1). */
  votes: string;
  /** Contents of participants-votes.csv (optional; carries Polis's group-id). */
  participantsVotes?: string;
  /** Names used in error messages (default: the export's own file names). */
  fileNames?: { comments?: string; votes?: string; participantsVotes?: string };
}

export interface PolisExport {
  /** Votes sorted by time (stable), so the latest per (participant, statement) wins. */
  votes: Vote[];
  moderation: ModerationChange[];
  /** Polis's group-id per clustered participant, when participants-votes.csv was given. */
  groups: Map<number, number> | null;
}

/** Epoch milliseconds; older exports write milliseconds, newer ones seconds. */
export function toMillis(value: number): number {
  return Math.abs(value) < 1e11 ? value * 1000 : value;
}

/** The latest time an export may carry: the end of year 9999. */
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A timestamp cell (seconds or milliseconds since 1970) as epoch milliseconds. */
export function timestampCell(
  table: CsvTable,
  row: CsvRecord,
  column: string,
  options: { blank?: boolean } = {},
): number | null {
  const raw = table.int(row, column, options);
  if (raw === null) return null;
  const millis = toMillis(raw);
  if (millis < 0 || millis > MAX_MILLIS) {
    throw new OpinionError(
      "CSV_BAD_VALUE",
      `${raw} is not a time between 1970 and 9999 (seconds or milliseconds since 1970)`,
      { file: table.file, line: row.line, column },
    );
  }
  return millis;
}

function truthy(raw: string, table: CsvTable, line: number, column: string): boolean {
  const v = raw.toLowerCase();
  if (v === "true" || v === "1" || v === "t") return true;
  if (v === "false" || v === "0" || v === "f" || v === "") return false;
  throw new OpinionError("CSV_BAD_VALUE", `expected true or false, got ${JSON.stringify(raw)}`, {
    file: table.file,
    line,
    column,
  });
}

/** Reads a Polis CSV export (any of its layouts). Pure: takes the files' text. */
export function parsePolisExport(files: PolisExportFiles): PolisExport {
  const votesTable = new CsvTable(files.votes, files.fileNames?.votes ?? "votes.csv");
  votesTable.require("comment-id", "voter-id", "vote");
  const hasTime = votesTable.has("timestamp");
  const votes: Vote[] = [];
  for (const row of votesTable.rows()) {
    const vote = votesTable.int(row, "vote")!;
    if (vote < -1 || vote > 1) {
      throw new OpinionError("CSV_BAD_VALUE", `a vote must be -1, 0 or 1, got ${vote}`, {
        file: votesTable.file,
        line: row.line,
        column: "vote",
      });
    }
    const out: Vote = {
      participant: votesTable.id(row, "voter-id")!,
      statement: votesTable.id(row, "comment-id")!,
      vote,
    };
    if (hasTime) out.time = timestampCell(votesTable, row, "timestamp")!;
    votes.push(out);
  }
  // Array sort is stable: votes at the same time keep the file's order. (No spread of the
  // array into arguments: a million votes would overflow the call stack.)
  if (hasTime) votes.sort((a, b) => a.time! - b.time!);

  const moderation: ModerationChange[] = [];
  if (files.comments !== undefined) {
    const table = new CsvTable(files.comments, files.fileNames?.comments ?? "comments.csv");
    table.require("comment-id", "moderated");
    for (const row of table.rows()) {
      const tid = table.id(row, "comment-id")!;
      const mod = table.int(row, "moderated")!;
      if (mod < -1 || mod > 1) {
        throw new OpinionError("CSV_BAD_VALUE", `moderated must be -1, 0 or 1, got ${mod}`, {
          file: table.file,
          line: row.line,
          column: "moderated",
        });
      }
      const meta = table.has("is-meta")
        ? truthy(table.get(row, "is-meta"), table, row.line, "is-meta")
        : false;
      moderation.push({
        statement: tid,
        status: mod === -1 ? "rejected" : mod === 1 ? "accepted" : "unmoderated",
        meta,
      });
    }
  }

  let groups: Map<number, number> | null = null;
  if (files.participantsVotes !== undefined) {
    const table = new CsvTable(
      files.participantsVotes,
      files.fileNames?.participantsVotes ?? "participants-votes.csv",
    );
    table.require("participant", "group-id");
    groups = new Map();
    for (const row of table.rows()) {
      const gid = table.id(row, "group-id", { blank: true });
      if (gid !== null) groups.set(table.id(row, "participant")!, gid);
    }
  }
  return { votes, moderation, groups };
}

/**
 * Reads a segments CSV: `participant,segment` per line, with or without that header row.
 * Returns participant id → segment label.
 */
export function parseSegments(text: string, file = "segments.csv"): Map<number, string> {
  const records = parseCsv(text, file);
  const out = new Map<number, string>();
  records.forEach((record, i) => {
    const [id = "", label = ""] = record.fields.map((f) => f.trim());
    if (i === 0 && !/^\d+$/.test(id)) return;
    if (record.fields.length < 2 || label === "") {
      throw new OpinionError("SEGMENTS_INVALID", "expected two fields: participant,segment", {
        file,
        line: record.line,
      });
    }
    const pid = Number(id);
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(pid)) {
      throw new OpinionError(
        "SEGMENTS_INVALID",
        `participant must be a non-negative integer, got ${JSON.stringify(id)}`,
        {
          file,
          line: record.line,
          column: "participant",
        },
      );
    }
    if (out.has(pid) && out.get(pid) !== label) {
      throw new OpinionError("SEGMENTS_INVALID", `participant ${pid} is given two segments`, {
        file,
        line: record.line,
      });
    }
    out.set(pid, label);
  });
  return out;
}
