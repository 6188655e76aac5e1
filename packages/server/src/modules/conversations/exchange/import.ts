import { randomBytes } from "node:crypto";
import { CsvTable, MAX_ID, OpinionError, parsePolisExport, timestampCell } from "@kuulo/opinion";
import { redactIdentityCodes } from "@kuulo/text";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { hashToken } from "../../identity/index.js";
import { LANGUAGES, type Language } from "../../organizations/index.js";
import { fingerprint, screenStatement } from "../moderation/screening.js";
import {
  conversations,
  participants,
  type StatementFlag,
  type StatementTranslations,
  statements,
} from "../schema.js";
import { type Conversation, createConversation } from "../service.js";
import { arrayLiteral } from "../voting/vote-writer.js";

/**
 * Imports a Polis export folder as a closed, read-only conversation that keeps Polis's groups
 * (from participants-votes.csv) instead of clustering anew. Everything is written in one
 * transaction: a bad file leaves nothing behind. Every value is checked first (ids fit the
 * database, times lie between 1970 and 9999), a bad one answered with 400 naming the file,
 * line and column; statements go through the same screening as residents' statements
 * (identity codes removed, personal data and profanity flagged). Votes are read row by row
 * and written in chunks, so a million votes fit.
 */
export interface PolisImportFiles {
  comments: string;
  votes: string;
  participantsVotes?: string | undefined;
  summary?: string | undefined;
}

/** Rethrows a parse error of an import file (OpinionError) as a problem naming the file and line. */
function rethrowAsFileProblem(error: unknown): never {
  if (error instanceof OpinionError) {
    const where = error.where;
    const file = where?.file ?? "files";
    const key = file.startsWith("participants") ? "participantsVotes" : file.replace(/\.csv$/, "");
    throw new AppError("validation.failed", error.message, {
      errors: [
        {
          path: `body.files.${key}`,
          message: error.message,
          code: "invalid_file",
          params: {
            file: where?.file ?? key,
            ...(where?.line === undefined ? {} : { line: where.line }),
            ...(where?.column === undefined ? {} : { column: where.column }),
            reason: error.code,
          },
        },
      ],
    });
  }
  throw error;
}

function summaryValue(summary: string | undefined, key: string): string | undefined {
  if (!summary) return undefined;
  try {
    const table = new CsvTable(`key,value\n${summary}`, "summary.csv");
    for (const row of table.rows())
      if (table.get(row, "key") === key) return table.get(row, "value");
  } catch {
    return undefined;
  }
  return undefined;
}

export async function importPolisExport(
  db: Db,
  options: {
    organizationId: string;
    files: PolisImportFiles;
    title?: string | undefined;
    /** The statements' language: the organization's default (a Polis export does not say). */
    language?: Language | undefined;
    actor: Actor;
  },
): Promise<Conversation> {
  let parsed: ReturnType<typeof parsePolisExport>;
  const texts = new Map<
    number,
    {
      text: string;
      flags: StatementFlag[];
      author: number | null;
      time: number | null;
      /** From Kuulo's own export (comment-language, translation-*); Polis has neither. */
      language: Language | null;
      translations: StatementTranslations;
    }
  >();
  try {
    parsed = parsePolisExport({
      comments: options.files.comments,
      votes: options.files.votes,
      ...(options.files.participantsVotes
        ? { participantsVotes: options.files.participantsVotes }
        : {}),
    });
    const table = new CsvTable(options.files.comments, "comments.csv");
    table.require("comment-id", "comment-body");
    for (const row of table.rows()) {
      const tid = table.id(row, "comment-id")!;
      const author = table.has("author-id")
        ? table.int(row, "author-id", { blank: true, max: MAX_ID })
        : null;
      const time = table.has("timestamp")
        ? timestampCell(table, row, "timestamp", { blank: true })
        : null;
      const screened = screenStatement(table.get(row, "comment-body"));
      const written = table.has("comment-language") ? table.get(row, "comment-language") : "";
      const language = LANGUAGES.find((l) => l === written) ?? null;
      const translations: StatementTranslations = {};
      for (const l of LANGUAGES) {
        const text = table.has(`translation-${l}`) ? table.get(row, `translation-${l}`).trim() : "";
        if (text && l !== language) translations[l] = screenStatement(text).text;
      }
      texts.set(tid, {
        text: screened.text,
        flags: screened.flags,
        author,
        time,
        language,
        translations,
      });
    }
  } catch (error) {
    rethrowAsFileProblem(error);
  }
  // Free text from another system: identity codes go, as from statements.
  const title = redactIdentityCodes(
    options.title ?? summaryValue(options.files.summary, "topic") ?? "Polis-keskustelu",
  ).text;
  const description = redactIdentityCodes(
    summaryValue(options.files.summary, "conversation-description") ?? "",
  ).text;
  return db.transaction(async (tx) => {
    const created = await createConversation(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      input: {
        title: { fi: title.slice(0, 200), sv: "", en: "" },
        description: { fi: description.slice(0, 5000), sv: "", en: "" },
        allowStatements: false,
        moderationMode: "pre",
        statementMaxLength: 1000,
        opensAt: null,
        closesAt: null,
        visibility: "public",
        resultsPublic: false,
        segments: [],
        seedStatements: [],
      },
    });
    const status = new Map(parsed.moderation.map((m) => [m.statement, m]));
    const statementRows = [...texts.entries()].map(([tid, t]) => {
      const mod = status.get(tid);
      return {
        organizationId: options.organizationId,
        conversationId: created.id,
        tid,
        text: t.text,
        fingerprint: fingerprint(t.text),
        authorPid: t.author !== null && t.author >= 0 ? t.author : null,
        language: t.language ?? options.language ?? ("fi" as const),
        translations: t.translations,
        flags: t.flags,
        status:
          mod?.status === "rejected"
            ? ("rejected" as const)
            : mod?.status === "accepted"
              ? ("approved" as const)
              : ("pending" as const),
        isMeta: mod?.meta ?? false,
        createdAt: t.time !== null ? new Date(t.time) : new Date(),
      };
    });
    for (let i = 0; i < statementRows.length; i += 500)
      await tx.insert(statements).values(statementRows.slice(i, i + 500));
    const pids = [...new Set(parsed.votes.map((v) => v.participant))].sort((a, b) => a - b);
    const participantRows = pids.map((pid) => ({
      organizationId: options.organizationId,
      conversationId: created.id,
      pid,
      // Imported participants have no browser key; a random one that no one holds.
      residentKeyHash: hashToken(randomBytes(16).toString("base64url")),
    }));
    for (let i = 0; i < participantRows.length; i += 1000)
      await tx.insert(participants).values(participantRows.slice(i, i + 1000));
    const votesWritten = await insertVotes(tx, {
      organizationId: options.organizationId,
      conversationId: created.id,
      votes: parsed.votes,
    });
    const [updated] = await tx
      .update(conversations)
      .set({
        imported: true,
        closesAt: new Date(),
        keptGroups: parsed.groups ? [...parsed.groups.entries()] : null,
        mathDirtyAt: new Date(),
      })
      .where(eq(conversations.id, created.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "conversation.imported",
      targetType: "conversation",
      targetId: created.id,
      detail: {
        statements: statementRows.length,
        participants: pids.length,
        votes: votesWritten,
        keptGroups: parsed.groups?.size ?? 0,
      },
    });
    return updated!;
  });
}

const VOTE_CHUNK = 20_000;

/**
 * Writes the vote events in chunks (one `unnest` statement each, in time order), then the
 * latest vote per participant and statement in one statement, from the events.
 */
async function insertVotes(
  tx: Db,
  options: {
    organizationId: string;
    conversationId: string;
    votes: readonly { participant: number; statement: number; vote: number; time?: number }[];
  },
): Promise<number> {
  const { organizationId, conversationId, votes: list } = options;
  for (let start = 0; start < list.length; start += VOTE_CHUNK) {
    const chunk = list.slice(start, start + VOTE_CHUNK);
    await tx.execute(sql`
      insert into vote_events (organization_id, conversation_id, pid, tid, vote, request_id, created_at)
      select ${organizationId}, ${conversationId}, i.pid, i.tid, i.vote,
        'import-' || (${start}::bigint + i.ord - 1),
        case when i.ms < 0 then now() else timestamptz 'epoch' + i.ms * interval '1 millisecond' end
      from unnest(
        ${arrayLiteral(chunk.map((v) => v.participant))}::int[],
        ${arrayLiteral(chunk.map((v) => v.statement))}::int[],
        ${arrayLiteral(chunk.map((v) => v.vote))}::smallint[],
        ${arrayLiteral(chunk.map((v) => v.time ?? -1))}::bigint[]
      ) with ordinality as i(pid, tid, vote, ms, ord)
      order by i.ord`);
  }
  await tx.execute(sql`
    insert into votes (organization_id, conversation_id, pid, tid, vote, event_id, updated_at)
    select distinct on (pid, tid) organization_id, conversation_id, pid, tid, vote, id, created_at
    from vote_events where conversation_id = ${conversationId}
    order by pid, tid, id desc`);
  return list.length;
}
