import { randomBytes } from "node:crypto";
import { CsvTable, OpinionError, parsePolisExport } from "@kuulo/opinion";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/service.js";
import { hashToken } from "../identity/tokens.js";
import { conversations, participants, statements, voteEvents, votes } from "./schema.js";
import { fingerprint } from "./screening.js";
import { type Conversation, createConversation } from "./service.js";

/**
 * Imports a Polis export folder as a closed, read-only conversation that keeps Polis's groups
 * (from participants-votes.csv) instead of clustering anew. Everything is written in one
 * transaction: a bad file leaves nothing behind.
 */
export interface PolisImportFiles {
  comments: string;
  votes: string;
  participantsVotes?: string | undefined;
  summary?: string | undefined;
}

function toAppError(error: unknown): never {
  if (error instanceof OpinionError) {
    const where = error.where;
    const file = where?.file ?? "files";
    const key = file.startsWith("participants") ? "participantsVotes" : file.replace(/\.csv$/, "");
    throw new AppError("validation.failed", error.message, {
      errors: [{ path: `body.files.${key}`, message: error.message }],
    });
  }
  throw error;
}

function summaryValue(summary: string | undefined, key: string): string | undefined {
  if (!summary) return undefined;
  try {
    const table = new CsvTable(`key,value\n${summary}`, "summary.csv");
    for (const row of table.rows) if (table.get(row, "key") === key) return table.get(row, "value");
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
    actor: Actor;
  },
): Promise<Conversation> {
  let parsed: ReturnType<typeof parsePolisExport>;
  const texts = new Map<number, { text: string; author: number | null; time: number | null }>();
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
    for (const row of table.rows) {
      const tid = table.int(row, "comment-id", { min: 0 })!;
      const author = table.has("author-id") ? table.int(row, "author-id", { blank: true }) : null;
      const time = table.has("timestamp") ? table.int(row, "timestamp", { blank: true }) : null;
      texts.set(tid, { text: table.get(row, "comment-body"), author, time });
    }
  } catch (error) {
    toAppError(error);
  }
  const title = options.title ?? summaryValue(options.files.summary, "topic") ?? "Polis-keskustelu";
  const description = summaryValue(options.files.summary, "conversation-description") ?? "";
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
        status:
          mod?.status === "rejected"
            ? ("rejected" as const)
            : mod?.status === "accepted"
              ? ("approved" as const)
              : ("pending" as const),
        isMeta: mod?.meta ?? false,
        createdAt: t.time !== null ? new Date(t.time < 1e11 ? t.time * 1000 : t.time) : new Date(),
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
    const eventRows = parsed.votes.map((v, i) => ({
      organizationId: options.organizationId,
      conversationId: created.id,
      pid: v.participant,
      tid: v.statement,
      vote: v.vote,
      requestId: `import-${i}`,
      createdAt: v.time !== undefined ? new Date(v.time) : new Date(),
    }));
    for (let i = 0; i < eventRows.length; i += 1000)
      await tx.insert(voteEvents).values(eventRows.slice(i, i + 1000));
    const latest = new Map<string, (typeof eventRows)[number]>();
    for (const e of eventRows) latest.set(`${e.pid}:${e.tid}`, e);
    const voteRows = [...latest.values()].map((e) => ({
      organizationId: e.organizationId,
      conversationId: e.conversationId,
      pid: e.pid,
      tid: e.tid,
      vote: e.vote,
      updatedAt: e.createdAt,
    }));
    for (let i = 0; i < voteRows.length; i += 1000)
      await tx.insert(votes).values(voteRows.slice(i, i + 1000));
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
        votes: eventRows.length,
        keptGroups: parsed.groups?.size ?? 0,
      },
    });
    return updated!;
  });
}
