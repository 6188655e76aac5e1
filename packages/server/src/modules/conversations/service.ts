import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import type { Language, LocalizedText } from "../organizations/index.js";
import { conversationPath, GENERAL_INVITE, invitationToken } from "./links.js";
import { fingerprint, screenStatement } from "./moderation/screening.js";
import { conversations, segments, statements } from "./schema.js";
import type { ConversationInput, ConversationPatch } from "./validation.js";

export type Conversation = typeof conversations.$inferSelect;
export type Segment = typeof segments.$inferSelect;

export const LINK_SECRET = "conversation-links";

/** Open: not closed and past its opening time. */
export function conversationState(
  c: Conversation,
  now = new Date(),
): "upcoming" | "open" | "closed" {
  if (c.imported) return "closed";
  if (c.closesAt && c.closesAt <= now) return "closed";
  if (c.opensAt && c.opensAt > now) return "upcoming";
  return "open";
}

function newPublicId(): string {
  // 10 characters of an unambiguous alphabet: short enough to type from a printed letter.
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("");
}

function fillLanguages<T extends { fi: string; sv: string; en: string }>(text: T): LocalizedText {
  return { fi: text.fi, sv: text.sv || text.fi, en: text.en || text.fi };
}

/**
 * A title or description as staff entered it: an empty language stays empty (residents then see
 * another language's text, marked with its language) and shows in the translation queue.
 */
function asEntered<T extends { fi: string; sv: string; en: string }>(text: T): LocalizedText {
  return { fi: text.fi, sv: text.sv, en: text.en };
}

export async function findConversation(
  db: Db,
  options: { organizationId: string; id: string },
): Promise<Conversation> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, options.organizationId),
        eq(conversations.id, options.id),
      ),
    );
  if (!row) throw new AppError("not_found", "No such conversation in this organization.");
  return row;
}

export async function findConversationByPublicId(db: Db, publicId: string): Promise<Conversation> {
  const [row] = await db.select().from(conversations).where(eq(conversations.publicId, publicId));
  if (!row) throw new AppError("not_found", "No such conversation.");
  return row;
}

export async function listConversations(db: Db, options: { organizationId: string }) {
  return db
    .select()
    .from(conversations)
    .where(eq(conversations.organizationId, options.organizationId))
    .orderBy(desc(conversations.createdAt));
}

export async function segmentsOf(db: Db, conversationId: string): Promise<Segment[]> {
  return db
    .select()
    .from(segments)
    .where(eq(segments.conversationId, conversationId))
    .orderBy(asc(segments.position), asc(segments.key));
}

export interface InvitationLink {
  segmentKey: string | null;
  name: LocalizedText | null;
  /** Path with the signed token, e.g. /keski-suomi/c/abc?t=asukkaat.sig */
  path: string;
}

/** The links staff hand out: one per segment, and a general one for invitation-only use. */
export async function invitationLinks(
  db: Db,
  options: { conversation: Conversation; orgSlug: string },
): Promise<InvitationLink[]> {
  const secret = await instanceSecret(db, LINK_SECRET);
  const base = conversationPath(options.orgSlug, options.conversation.publicId);
  const list = await segmentsOf(db, options.conversation.id);
  const links: InvitationLink[] = list.map((s) => ({
    segmentKey: s.key,
    name: s.name,
    path: `${base}?t=${encodeURIComponent(invitationToken({ secret, conversationId: options.conversation.id, key: s.key }))}`,
  }));
  links.push({
    segmentKey: null,
    name: null,
    path:
      options.conversation.visibility === "public"
        ? base
        : `${base}?t=${encodeURIComponent(invitationToken({ secret, conversationId: options.conversation.id, key: GENERAL_INVITE }))}`,
  });
  return links;
}

function checkDates(opensAt: Date | null, closesAt: Date | null): void {
  if (opensAt && closesAt && closesAt <= opensAt) {
    throw new AppError("validation.failed", "The conversation must close after it opens.", {
      errors: [{ path: "body.closesAt", message: "must be after opensAt" }],
    });
  }
}

/** Next statement number in a conversation; call inside the transaction that inserts. */
export async function nextTid(db: Db, conversationId: string): Promise<number> {
  // Lock the conversation row so concurrent submissions get distinct numbers.
  await db.execute(sql`select 1 from conversations where id = ${conversationId} for update`);
  const [row] = await db
    .select({ max: sql<number | null>`max(${statements.tid})` })
    .from(statements)
    .where(eq(statements.conversationId, conversationId));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function createConversation(
  db: Db,
  options: {
    organizationId: string;
    input: ConversationInput;
    actor: Actor;
    /** The seed statements' language when the input names none: the organization's default. */
    defaultLanguage?: Language | undefined;
  },
): Promise<Conversation> {
  const { input } = options;
  const opensAt = input.opensAt ? new Date(input.opensAt) : null;
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  checkDates(opensAt, closesAt);
  return db.transaction(async (tx) => {
    const [conversation] = await tx
      .insert(conversations)
      .values({
        organizationId: options.organizationId,
        publicId: newPublicId(),
        title: asEntered(input.title),
        description: asEntered(input.description),
        allowStatements: input.allowStatements,
        moderationMode: input.moderationMode,
        statementMaxLength: input.statementMaxLength,
        opensAt,
        closesAt,
        visibility: input.visibility,
        resultsPublic: input.resultsPublic,
      })
      .returning();
    const c = conversation!;
    for (const [position, s] of input.segments.entries()) {
      await tx.insert(segments).values({
        organizationId: options.organizationId,
        conversationId: c.id,
        key: s.key,
        name: fillLanguages(s.name),
        position,
      });
    }
    await insertSeedStatements(tx, {
      conversation: c,
      texts: input.seedStatements,
      language: input.seedLanguage ?? options.defaultLanguage ?? "fi",
    });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "conversation.created",
      targetType: "conversation",
      targetId: c.id,
      detail: { title: c.title.fi, seedStatements: input.seedStatements.length },
    });
    return c;
  });
}

/**
 * Inserts seed statements written by staff: approved at once, numbered in order (inside the
 * caller's transaction, not audit-logged; see addSeedStatementsAudited).
 */
export async function insertSeedStatements(
  db: Db,
  options: { conversation: Conversation; texts: string[]; language: Language },
): Promise<number[]> {
  const tids: number[] = [];
  let tid = await nextTid(db, options.conversation.id);
  const seen = new Set<string>();
  for (const raw of options.texts) {
    const screened = screenStatement(raw.trim());
    const print = fingerprint(screened.text);
    if (seen.has(print)) continue;
    seen.add(print);
    await db.insert(statements).values({
      organizationId: options.conversation.organizationId,
      conversationId: options.conversation.id,
      tid,
      text: screened.text,
      fingerprint: print,
      isSeed: true,
      language: options.language,
      status: "approved",
      flags: screened.flags,
    });
    tids.push(tid++);
  }
  return tids;
}

/** Staff add seed statements to a running conversation, audit-logged, in one transaction. */
export async function addSeedStatementsAudited(
  db: Db,
  options: { conversation: Conversation; texts: string[]; language: Language; actor: Actor },
): Promise<number[]> {
  return db.transaction(async (tx) => {
    const tids = await insertSeedStatements(tx, {
      conversation: options.conversation,
      texts: options.texts,
      language: options.language,
    });
    await recordAudit(tx, {
      organizationId: options.conversation.organizationId,
      actor: options.actor,
      action: "statement.seeded",
      targetType: "conversation",
      targetId: options.conversation.id,
      detail: { tids, language: options.language },
    });
    return tids;
  });
}

export async function updateConversation(
  db: Db,
  options: { organizationId: string; id: string; patch: ConversationPatch; actor: Actor },
): Promise<Conversation> {
  return db.transaction(async (tx) => {
    const current = await findConversation(tx, {
      organizationId: options.organizationId,
      id: options.id,
    });
    if (current.imported)
      throw new AppError("conflict", "An imported conversation cannot be changed.");
    const { patch } = options;
    const opensAt =
      patch.opensAt !== undefined
        ? patch.opensAt
          ? new Date(patch.opensAt)
          : null
        : current.opensAt;
    const closesAt =
      patch.closesAt !== undefined
        ? patch.closesAt
          ? new Date(patch.closesAt)
          : null
        : current.closesAt;
    checkDates(opensAt, closesAt);
    const [updated] = await tx
      .update(conversations)
      .set({
        title: patch.title ? asEntered(patch.title) : current.title,
        description: patch.description ? asEntered(patch.description) : current.description,
        allowStatements: patch.allowStatements ?? current.allowStatements,
        moderationMode: patch.moderationMode ?? current.moderationMode,
        statementMaxLength: patch.statementMaxLength ?? current.statementMaxLength,
        opensAt,
        closesAt,
        visibility: patch.visibility ?? current.visibility,
        resultsPublic: patch.resultsPublic ?? current.resultsPublic,
        updatedAt: new Date(),
      })
      .where(eq(conversations.id, current.id))
      .returning();
    if (patch.segments) {
      // Segments are added, renamed and put in the order given; a segment that participants
      // already belong to is kept (after the ones given, in its old order).
      const existing = await segmentsOf(tx, current.id);
      for (const [position, s] of patch.segments.entries()) {
        const match = existing.find((e) => e.key === s.key);
        if (match) {
          await tx
            .update(segments)
            .set({ name: fillLanguages(s.name), position })
            .where(eq(segments.id, match.id));
        } else {
          await tx.insert(segments).values({
            organizationId: current.organizationId,
            conversationId: current.id,
            key: s.key,
            name: fillLanguages(s.name),
            position,
          });
        }
      }
      const given = new Set(patch.segments.map((s) => s.key));
      const kept = existing.filter((e) => !given.has(e.key));
      for (const [i, e] of kept.entries()) {
        await tx
          .update(segments)
          .set({ position: patch.segments.length + i })
          .where(eq(segments.id, e.id));
      }
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "conversation.changed",
      targetType: "conversation",
      targetId: current.id,
      detail: {
        changed: Object.keys(patch).filter(
          (k) => patch[k as keyof ConversationPatch] !== undefined,
        ),
      },
    });
    return updated!;
  });
}
