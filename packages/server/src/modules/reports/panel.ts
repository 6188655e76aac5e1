import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { listStatements, statementDetail } from "../deliberation/index.js";
import { panelCandidates, panelFeedback, panelSessions, panels } from "../panels/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { feedbackInPeriod } from "./period/feedback.js";
import { periodLabels } from "./period/texts.js";
import { personOf, seatedComposition } from "./seated.js";
import { sinceSection } from "./since.js";
import { type BriefLanguage, labels } from "./texts.js";

const SEATED = new Set(["selected", "confirmed"]);

/**
 * A panel's brief: sign-ups, seats, confirmations and sessions; the seated panel against its
 * quotas; its statements' recommendations with their support results (totals only); and the
 * action tables made from it.
 */
export async function panelBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const [panel] = await db
    .select()
    .from(panels)
    .where(and(eq(panels.organizationId, organizationId), eq(panels.id, options.id)));
  if (!panel) throw new AppError("not_found", "No such panel.");
  const byStatus = new Map(
    (
      await db
        .select({ status: panelCandidates.status, n: count() })
        .from(panelCandidates)
        .where(
          and(
            eq(panelCandidates.organizationId, organizationId),
            eq(panelCandidates.panelId, panel.id),
          ),
        )
        .groupBy(panelCandidates.status)
    ).map((r) => [r.status as string, r.n]),
  );
  const n = (...statuses: string[]) => statuses.reduce((s, x) => s + (byStatus.get(x) ?? 0), 0);
  const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const sessions = await db
    .select({ date: panelSessions.date })
    .from(panelSessions)
    .where(
      and(eq(panelSessions.organizationId, organizationId), eq(panelSessions.panelId, panel.id)),
    )
    .orderBy(asc(panelSessions.position));
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
            [t("candidates"), total],
            [t("seated"), n("selected", "confirmed")],
            [t("confirmed"), n("confirmed")],
            [t("declined"), n("declined", "withdrawn")],
            [t("reserveList"), n("reserve")],
            [t("sessions"), sessions.length],
            [t("opens"), sessions[0]?.date ?? t("notSet")],
            [t("closes"), sessions.at(-1)?.date ?? t("notSet")],
          ],
        },
      },
    ],
  };
  const participation: BriefSection = {
    key: "participation",
    heading: t("participation"),
    blocks: await quotaBlocks(db, {
      organizationId,
      panel,
      language,
      seated: n("selected", "confirmed"),
    }),
  };
  const statements = await listStatements(db, {
    organizationId,
    ownerKind: "panel",
    ownerId: panel.id,
  });
  const findings: BriefBlock[] = [];
  let published = false;
  for (const s of statements) {
    published ||= s.published;
    const detail = await statementDetail(db, { organizationId, statementId: s.id });
    findings.push({ type: "paragraph", text: `${detail.title} (${detail.status})` });
    findings.push({
      type: "table",
      table: {
        caption: `${detail.title}: ${t("recommendations")}`,
        columns: [t("recommendation"), t("supportAnswered"), t("acceptable")],
        rows: detail.recommendations.map((r) => [
          `${r.number}. ${r.title}`,
          `${r.support.answered} / ${r.support.eligible}`,
          r.support.answered > 0 ? r.support.acceptableShare : null,
        ]),
        shares: [2],
        bar: 2,
      },
    });
  }
  if (statements.length === 0) findings.push({ type: "paragraph", text: t("noStatement") });
  findings.push(...(await feedbackBlocks(db, { organizationId, panelId: panel.id, language })));
  return {
    kind: "panel",
    id: panel.id,
    title: panel.title,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic: published,
    sections: [
      figures,
      participation,
      { key: "findings", heading: t("findings"), blocks: findings },
      await sinceSection(db, { organizationId, kind: "panel", id: panel.id, language }),
    ],
  };
}

async function quotaBlocks(
  db: Db,
  options: {
    organizationId: string;
    panel: typeof panels.$inferSelect;
    language: BriefLanguage;
    seated: number;
  },
): Promise<BriefBlock[]> {
  const t = labels(options.language);
  if (options.seated === 0) return [{ type: "paragraph", text: t("notSelectedYet") }];
  const seated = (
    await db
      .select({
        id: panelCandidates.id,
        status: panelCandidates.status,
        attributes: panelCandidates.attributes,
      })
      .from(panelCandidates)
      .where(
        and(
          eq(panelCandidates.organizationId, options.organizationId),
          eq(panelCandidates.panelId, options.panel.id),
        ),
      )
  ).filter((c) => SEATED.has(c.status));
  const population = await seatedComposition(db, {
    organizationId: options.organizationId,
    people: seated.map((c) => personOf(c.id, c.attributes)),
    language: options.language,
    intro: "compositionPanel",
    countColumn: "seated",
    shareColumn: "panelistsShare",
  });
  if (options.panel.quotas.length === 0)
    return [{ type: "paragraph", text: t("noQuotas") }, ...population];
  return [
    {
      type: "table",
      table: {
        caption: t("quotasHeading"),
        columns: [t("quotaGroup"), t("quotaMin"), t("quotaMax"), t("seated"), t("share")],
        rows: options.panel.quotas.map((q) => {
          const k = seated.filter((c) => c.attributes[q.feature] === q.value).length;
          return [
            `${q.feature}: ${q.value}`,
            q.min,
            q.max,
            k,
            seated.length ? k / seated.length : 0,
          ];
        }),
        shares: [4],
        bar: 4,
      },
    },
    ...population,
  ];
}

const AUDIENCE: Record<"panelists" | "facilitators", Record<BriefLanguage, string>> = {
  panelists: { fi: "Panelistien palaute", sv: "Panelisternas respons", en: "Panelists' feedback" },
  facilitators: {
    fi: "Fasilitaattorien palaute",
    sv: "Facilitatorernas respons",
    en: "Facilitators' feedback",
  },
};

/**
 * The feedback after the panel: per audience (panelists, facilitators), the pilots' feedback
 * statements pooled as in the period report (share agreeing; small counts suppressed).
 */
async function feedbackBlocks(
  db: Db,
  options: { organizationId: string; panelId: string; language: BriefLanguage },
): Promise<BriefBlock[]> {
  const p = periodLabels(options.language);
  const t = labels(options.language);
  const rows = await db
    .select()
    .from(panelFeedback)
    .where(
      and(
        eq(panelFeedback.organizationId, options.organizationId),
        eq(panelFeedback.panelId, options.panelId),
      ),
    )
    .orderBy(desc(panelFeedback.audience));
  const blocks: BriefBlock[] = [];
  for (const row of rows) {
    const result = await feedbackInPeriod(db, {
      organizationId: options.organizationId,
      surveyIds: [row.surveyId],
    });
    blocks.push({
      type: "table",
      table: {
        caption: `${AUDIENCE[row.audience][options.language]} (n = ${result.responses})`,
        columns: [p("measure"), t("answered"), p("agreeShare")],
        rows: result.figures.map((f) => [p(`feedback_${f.measure}`), f.answered, f.agreeShare]),
        shares: [2],
        bar: 2,
      },
    });
  }
  return blocks;
}
