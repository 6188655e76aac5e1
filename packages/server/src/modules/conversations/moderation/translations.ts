import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError, type FieldErrorCode } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import type { Language } from "../../organizations/index.js";
import { conversations, type StatementTranslations, statements } from "../schema.js";
import type { Conversation } from "../service.js";

/**
 * Translations entered by staff: a statement's text in the organization's other languages, and
 * a conversation's title and description. The original text, its language and the votes never
 * change; an empty translation removes it (the resident then sees the original, marked with its
 * language).
 */

/** What a translation is of: the title, the description, or one statement. */
export type TranslationTarget =
  | { kind: "title" }
  | { kind: "description" }
  | { kind: "statement"; tid: number };

/** How long a translation may be: as long as the original may be. */
export const TRANSLATION_MAX = { title: 200, description: 5000, statement: 1000 } as const;

export interface TranslationItem {
  kind: "title" | "description" | "statement";
  tid: number | null;
  /** The language of the original (for the title and description: the first language filled). */
  language: Language;
  texts: Partial<Record<Language, string>>;
  /** The organization's languages without a text. */
  missing: Language[];
}

function fieldError(
  path: string,
  message: string,
  code: FieldErrorCode,
  params?: Record<string, number>,
) {
  return new AppError("validation.failed", `${path} ${message}.`, {
    errors: [{ path, message, code, ...(params ? { params } : {}) }],
  });
}

/**
 * What still needs translating in a conversation: its title and description when one of the
 * organization's languages is empty, and each approved statement without a text in one of them.
 */
export async function translationQueue(
  db: Db,
  options: { conversation: Conversation; languages: Language[]; defaultLanguage: Language },
): Promise<TranslationItem[]> {
  const { conversation, languages } = options;
  const items: TranslationItem[] = [];
  for (const kind of ["title", "description"] as const) {
    const texts = conversation[kind];
    const filled = languages.filter((l) => texts[l]?.trim());
    // An empty description in every language is no text to translate.
    if (filled.length === 0) continue;
    const missing = languages.filter((l) => !filled.includes(l));
    if (missing.length === 0) continue;
    const language = filled.includes(options.defaultLanguage)
      ? options.defaultLanguage
      : filled[0]!;
    items.push({ kind, tid: null, language, texts: { ...texts }, missing });
  }
  const rows = await db
    .select({
      tid: statements.tid,
      text: statements.text,
      language: statements.language,
      translations: statements.translations,
    })
    .from(statements)
    .where(
      and(
        eq(statements.conversationId, conversation.id),
        eq(statements.organizationId, conversation.organizationId),
        eq(statements.status, "approved"),
      ),
    )
    .orderBy(asc(statements.tid));
  for (const s of rows) {
    const language = s.language ?? options.defaultLanguage;
    const texts: Partial<Record<Language, string>> = { ...s.translations, [language]: s.text };
    const missing = languages.filter((l) => !texts[l]?.trim());
    if (missing.length > 0) items.push({ kind: "statement", tid: s.tid, language, texts, missing });
  }
  return items;
}

/** How many texts are missing in the organization's languages (each language counted once). */
export function missingCount(items: readonly TranslationItem[]): number {
  return items.reduce((sum, item) => sum + item.missing.length, 0);
}

export interface SaveTranslationOptions {
  conversation: Conversation;
  /** The organization's languages: a translation into any other is refused. */
  languages: Language[];
  defaultLanguage: Language;
  target: TranslationTarget;
  language: Language;
  /** Empty removes the translation. */
  text: string;
  actor: Actor;
}

/** Saves one translation, audit-logged, in one transaction. */
export async function saveTranslation(db: Db, options: SaveTranslationOptions): Promise<void> {
  const { conversation, target, language } = options;
  if (!options.languages.includes(language))
    throw fieldError(
      "body.language",
      "is not one of the organization's languages",
      "invalid_value",
    );
  const text = options.text.trim().replace(/[ \t]+/g, " ");
  const max = TRANSLATION_MAX[target.kind];
  if (text.length > max)
    throw fieldError("body.text", `must be at most ${max} characters`, "too_long", { max });
  if (conversation.imported)
    throw new AppError("conflict", "An imported conversation cannot be changed.");
  await db.transaction(async (tx) => {
    let before: string | null;
    if (target.kind === "statement") {
      const [current] = await tx
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.conversationId, conversation.id),
            eq(statements.organizationId, conversation.organizationId),
            eq(statements.tid, target.tid),
          ),
        )
        .for("update");
      if (!current)
        throw new AppError("not_found", `No statement ${target.tid} in this conversation.`);
      if ((current.language ?? options.defaultLanguage) === language)
        throw fieldError("body.language", "is the statement's own language", "invalid_value");
      before = current.translations[language] ?? null;
      const translations: StatementTranslations = { ...current.translations };
      if (text) translations[language] = text;
      else delete translations[language];
      await tx.update(statements).set({ translations }).where(eq(statements.id, current.id));
    } else {
      if (target.kind === "title" && language === "fi" && !text)
        throw fieldError("body.text", "must not be empty", "required");
      const [current] = await tx
        .select()
        .from(conversations)
        .where(
          and(
            eq(conversations.id, conversation.id),
            eq(conversations.organizationId, conversation.organizationId),
          ),
        )
        .for("update");
      if (!current) throw new AppError("not_found", "No such conversation in this organization.");
      before = current[target.kind][language] || null;
      await tx
        .update(conversations)
        .set({
          [target.kind]: { ...current[target.kind], [language]: text },
          updatedAt: new Date(),
        })
        .where(eq(conversations.id, current.id));
    }
    await recordAudit(tx, {
      organizationId: conversation.organizationId,
      actor: options.actor,
      action: target.kind === "statement" ? "statement.translated" : "conversation.translated",
      targetType: target.kind === "statement" ? "statement" : "conversation",
      targetId: target.kind === "statement" ? `${conversation.id}/${target.tid}` : conversation.id,
      detail: {
        language,
        ...(target.kind === "statement" ? {} : { field: target.kind }),
        before,
        after: text || null,
      },
    });
  });
}
