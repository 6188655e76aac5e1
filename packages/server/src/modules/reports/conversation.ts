import { and, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import {
  type ConversationResults,
  conversationMath,
  conversations,
  participants,
  statements,
  votes,
} from "../conversations/index.js";
import { loadPopulation } from "../pool/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { sinceSection } from "./since.js";
import { day, labels } from "./texts.js";

/** The figures, findings and what came of a conversation (the stored math result). */
export async function conversationBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.organizationId, organizationId), eq(conversations.id, options.id)));
  if (!conversation) throw new AppError("not_found", "No such conversation.");
  const scope = (table: typeof participants | typeof votes | typeof statements) =>
    and(eq(table.organizationId, organizationId), eq(table.conversationId, conversation.id));
  const channels = await db
    .select({ channel: participants.channel, n: count() })
    .from(participants)
    .where(scope(participants))
    .groupBy(participants.channel)
    .orderBy(participants.channel);
  const [voteRow] = await db
    .select({ n: count(), first: sql<string | null>`min(${votes.updatedAt})` })
    .from(votes)
    .where(scope(votes));
  const texts = new Map(
    (
      await db
        .select({ tid: statements.tid, text: statements.text, status: statements.status })
        .from(statements)
        .where(scope(statements))
    ).map((s) => [s.tid, s]),
  );
  const [math] = await db
    .select({ result: conversationMath.result })
    .from(conversationMath)
    .where(
      and(
        eq(conversationMath.organizationId, organizationId),
        eq(conversationMath.conversationId, conversation.id),
      ),
    );
  const total = channels.reduce((sum, c) => sum + c.n, 0);
  const approved = [...texts.values()].filter((s) => s.status === "approved").length;
  const figures: BriefSection = {
    key: "figures",
    heading: t("figures"),
    blocks: [
      {
        type: "table",
        table: {
          caption: t("figures"),
          columns: [t("figure"), t("value")],
          rows: [
            [t("participants"), total],
            [t("votes"), voteRow?.n ?? 0],
            [t("statementsCount"), approved],
            [t("opens"), day(conversation.opensAt ?? conversation.createdAt)],
            [t("closes"), day(conversation.closesAt) ?? t("notSet")],
          ],
        },
      },
      {
        type: "table",
        table: {
          caption: t("byChannel"),
          columns: [t("channel"), t("count"), t("share")],
          rows: channels.map((c) => [c.channel, c.n, total ? c.n / total : 0]),
          shares: [2],
          bar: 2,
        },
      },
    ],
  };
  const population = await loadPopulation(db, organizationId);
  const participation: BriefSection = {
    key: "participation",
    heading: t("participation"),
    blocks: [
      { type: "paragraph", text: population ? t("noBackgroundConversation") : t("noPopulation") },
    ],
  };
  const result = (math?.result ?? null) as ConversationResults | null;
  return {
    kind: "conversation",
    id: conversation.id,
    title: conversation.title[language] || conversation.title.fi,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic: conversation.resultsPublic,
    sections: [
      figures,
      participation,
      { key: "findings", heading: t("findings"), blocks: findings(result, texts, t) },
      await sinceSection(db, {
        organizationId,
        kind: "conversation",
        id: conversation.id,
        language,
      }),
    ],
  };
}

function findings(
  result: ConversationResults | null,
  texts: Map<number, { text: string }>,
  t: ReturnType<typeof labels>,
): BriefBlock[] {
  if (!result?.statements?.length) return [{ type: "paragraph", text: t("noMath") }];
  const byTid = new Map(result.statements.map((s) => [s.tid, s]));
  const shares = (tid: number) => {
    const s = byTid.get(tid);
    const voters = s ? s.agree + s.disagree + s.pass : 0;
    return voters && s ? [s.agree / voters, s.disagree / voters] : [null, null];
  };
  const statementTable = (caption: string, tids: number[], bar: number) => ({
    type: "table" as const,
    table: {
      caption,
      columns: [t("statement"), t("agree"), t("disagree")],
      rows: tids.map((tid) => [texts.get(tid)?.text ?? `#${tid}`, ...shares(tid)]),
      shares: [1, 2],
      bar,
    },
  });
  return [
    statementTable(
      t("consensusAgree"),
      result.consensus.agree.map((c) => c.tid),
      1,
    ),
    statementTable(
      t("consensusDisagree"),
      result.consensus.disagree.map((c) => c.tid),
      2,
    ),
    {
      type: "table",
      table: {
        caption: t("divisive"),
        columns: [t("statement"), t("spread"), t("agree"), t("disagree")],
        rows: result.divisive
          .slice(0, 5)
          .map((d) => [texts.get(d.tid)?.text ?? `#${d.tid}`, d.spread, ...shares(d.tid)]),
        shares: [1, 2, 3],
        bar: 1,
      },
    },
    {
      type: "table",
      table: {
        caption: t("groups"),
        columns: [t("group"), t("participants"), t("share")],
        rows: result.groups.map((g) => [
          String.fromCharCode(65 + g.id),
          g.size,
          result.clustered ? g.size / result.clustered : 0,
        ]),
        shares: [2],
        bar: 2,
      },
    },
  ];
}
