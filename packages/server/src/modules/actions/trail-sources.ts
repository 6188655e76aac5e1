import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { conversations, statements, storedResults } from "../conversations/index.js";
import { surveyAnalyses, surveyPublications, surveys } from "../surveys/index.js";
import type { SourceSnapshot, TrailSourceKind } from "./schema.js";

/**
 * The trail's sources as the other modules hold them: a conversation's statement with its
 * consensus figures from the stored math, a survey's signed-off theme. Every read is scoped
 * to the organization: a source of another organization is "not found".
 */

export interface SourceRef {
  kind: TrailSourceKind;
  sourceId: string;
  questionId: string;
  itemId: string;
}

const notFound = (path: string, what: string) =>
  new AppError("not_found", `No such ${what} in this organization.`, {
    errors: [{ path, message: `no such ${what} in this organization`, code: "invalid_value" }],
  });

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first language's text of a localized title. */
const firstText = (t: Partial<Record<"fi" | "sv" | "en", string>>) => t.fi || t.sv || t.en || "";

/** A conversation statement's text and figures, as the stored math has them now. */
async function statementSnapshot(db: Db, organizationId: string, ref: SourceRef) {
  if (!uuidPattern.test(ref.sourceId)) throw notFound("body.sourceId", "conversation");
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(
      and(eq(conversations.organizationId, organizationId), eq(conversations.id, ref.sourceId)),
    );
  if (!conversation) throw notFound("body.sourceId", "conversation");
  // The statement by its number in the conversation (tid), as staff and residents see it.
  const [statement] = /^\d{1,9}$/.test(ref.itemId)
    ? await db
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.conversationId, conversation.id),
            eq(statements.tid, Number(ref.itemId)),
            eq(statements.status, "approved"),
          ),
        )
    : [];
  if (!statement) throw notFound("body.itemId", "approved statement of the conversation");
  const snapshot: SourceSnapshot = {
    text: statement.text,
    title: firstText(conversation.title),
  };
  const stored = await storedResults(db, conversation.id);
  const figures = stored?.results.statements.find((s) => s.tid === statement.tid);
  if (figures) {
    const voters = figures.agree + figures.disagree + figures.pass;
    snapshot.voters = voters;
    snapshot.agreeShare = voters ? Number((figures.agree / voters).toFixed(3)) : 0;
    snapshot.disagreeShare = voters ? Number((figures.disagree / voters).toFixed(3)) : 0;
  }
  return snapshot;
}

interface ThemeLike {
  id: string;
  label: string;
  count: number;
}

/** A theme of a survey question's signed-off analysis. */
async function themeSnapshot(db: Db, organizationId: string, ref: SourceRef) {
  if (!uuidPattern.test(ref.sourceId)) throw notFound("body.sourceId", "survey");
  const [survey] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, ref.sourceId)));
  if (!survey) throw notFound("body.sourceId", "survey");
  const [analysis] = await db
    .select()
    .from(surveyAnalyses)
    .where(
      and(
        eq(surveyAnalyses.organizationId, organizationId),
        eq(surveyAnalyses.surveyId, survey.id),
        eq(surveyAnalyses.questionId, ref.questionId),
      ),
    )
    .orderBy(desc(surveyAnalyses.createdAt))
    .limit(1);
  if (!analysis?.signedOffAt) throw notFound("body.questionId", "signed-off theme analysis");
  const themes = ((analysis.report?.themes as ThemeLike[] | undefined) ?? []).filter(Boolean);
  const theme = themes.find((t) => t.id === ref.itemId);
  if (!theme) throw notFound("body.itemId", "theme of the analysis");
  return { text: theme.label, title: survey.title, themeSize: theme.count } as SourceSnapshot;
}

/** The snapshot of a conversation statement or a survey theme; other kinds bring their own. */
export async function sourceSnapshot(
  db: Db,
  options: { organizationId: string; ref: SourceRef },
): Promise<SourceSnapshot | undefined> {
  if (options.ref.kind === "conversation_statement")
    return statementSnapshot(db, options.organizationId, options.ref);
  if (options.ref.kind === "survey_theme")
    return themeSnapshot(db, options.organizationId, options.ref);
  return undefined;
}

/** The public page of each source that has one now (by source id), as a path on the site. */
export async function publicSourcePages(
  db: Db,
  options: { organizationId: string; organizationSlug: string; refs: SourceRef[] },
): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const ids = (kind: TrailSourceKind) => [
    ...new Set(
      options.refs
        .filter((r) => r.kind === kind && uuidPattern.test(r.sourceId))
        .map((r) => r.sourceId),
    ),
  ];
  const conversationIds = ids("conversation_statement");
  if (conversationIds.length > 0) {
    const rows = await db
      .select()
      .from(conversations)
      .where(
        and(
          eq(conversations.organizationId, options.organizationId),
          inArray(conversations.id, conversationIds),
        ),
      );
    for (const c of rows)
      if (c.visibility === "public" && c.resultsPublic)
        pages.set(c.id, `/${options.organizationSlug}/c/${c.publicId}`);
  }
  const surveyIds = ids("survey_theme");
  if (surveyIds.length > 0) {
    const rows = await db
      .select({ id: surveys.id, slug: surveys.slug })
      .from(surveys)
      .innerJoin(surveyPublications, eq(surveyPublications.surveyId, surveys.id))
      .where(
        and(
          eq(surveys.organizationId, options.organizationId),
          inArray(surveys.id, surveyIds),
          eq(surveyPublications.visibility, "public"),
        ),
      );
    for (const s of rows) pages.set(s.id, `/${options.organizationSlug}/surveys/${s.slug}/results`);
  }
  return pages;
}

/** A conversation's id by its public id, or a survey's by its slug, in the organization. */
export async function sourceIdOf(
  db: Db,
  options: { organizationId: string; conversation?: string; survey?: string },
): Promise<{ kind: TrailSourceKind; sourceId: string }> {
  if (options.conversation) {
    const [c] = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.organizationId, options.organizationId),
          eq(conversations.publicId, options.conversation),
        ),
      );
    if (!c) throw notFound("query.conversation", "conversation");
    return { kind: "conversation_statement", sourceId: c.id };
  }
  const [s] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(
      and(
        eq(surveys.organizationId, options.organizationId),
        eq(surveys.slug, options.survey ?? ""),
      ),
    );
  if (!s) throw notFound("query.survey", "survey");
  return { kind: "survey_theme", sourceId: s.id };
}
