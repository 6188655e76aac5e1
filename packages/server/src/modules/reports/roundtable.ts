import type { Db } from "../../db/client.js";
import { listStatements, statementDetail } from "../deliberation/index.js";
import { findRoundTable, MEETING_ROLES, roundTableContents } from "../roundtables/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { sinceSection } from "./since.js";
import { labels } from "./texts.js";

/**
 * A round table's brief: meetings and participants by role (counts only), the public
 * statement's recommendations with their support, where it was sent and the responses, and
 * the action tables made from it.
 */
export async function roundTableBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const table = await findRoundTable(db, { organizationId, roundTableId: options.id });
  const contents = await roundTableContents(db, table);
  const meetings = contents.meetings;
  const byRole = MEETING_ROLES.map((role) => ({
    role,
    n: meetings.reduce((sum, m) => sum + (m.participants[role] ?? 0), 0),
  }));
  const total = byRole.reduce((sum, r) => sum + r.n, 0);
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
            [t("meetings"), meetings.length],
            [t("meetingParticipants"), total],
            [t("opens"), meetings[0]?.heldOn ?? t("notSet")],
            [t("closes"), meetings.at(-1)?.heldOn ?? t("notSet")],
            [t("sentTo"), contents.distribution.map((d) => d.recipient).join(", ") || "–"],
            [t("responsesReceived"), contents.responses.length],
          ],
        },
      },
    ],
  };
  const participation: BriefSection = {
    key: "participation",
    heading: t("byRole"),
    blocks: [
      {
        type: "table",
        table: {
          caption: t("byRole"),
          columns: [t("role"), t("count"), t("share")],
          rows: byRole
            .filter((r) => r.n > 0)
            .map((r) => [t(`role_${r.role}`), r.n, total ? r.n / total : 0]),
          shares: [2],
          bar: 2,
        },
      },
      { type: "paragraph", text: t("roundTableNoPopulation") },
    ],
  };
  const findings: BriefBlock[] = [];
  let published = false;
  const statements = await listStatements(db, {
    organizationId,
    ownerKind: "round_table",
    ownerId: table.id,
  });
  for (const s of statements) {
    published ||= s.published;
    const detail = await statementDetail(db, { organizationId, statementId: s.id });
    findings.push({ type: "paragraph", text: `${detail.title} (${detail.status})` });
    findings.push({
      type: "table",
      table: {
        caption: `${detail.title}: ${t("recommendations")}`,
        columns: [t("recommendation"), t("supportAnswered"), t("acceptable")],
        rows: detail.recommendations
          .filter((r) => r.status === "draft")
          .map((r) => [
            `${r.number}. ${r.title}`,
            `${r.support.answered} / ${r.support.eligible}`,
            r.support.answered > 0 ? r.support.acceptableShare : null,
          ]),
        shares: [2],
        bar: 2,
      },
    });
  }
  if (statements.length === 0) findings.push({ type: "paragraph", text: t("noPublicStatement") });
  return {
    kind: "round_table",
    id: table.id,
    title: table.title[language] || table.title.fi || table.title.sv || table.title.en || "",
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic: published,
    sections: [
      figures,
      participation,
      { key: "findings", heading: t("findings"), blocks: findings },
      await sinceSection(db, { organizationId, kind: "round_table", id: table.id, language }),
    ],
  };
}
