import type { Person } from "@kuulo/representativeness";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { statementDetail } from "../deliberation/index.js";
import { findJury, juryHearings, juryPosts, juryStatement, membersOf } from "../juries/index.js";
import { panelCandidates } from "../panels/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { personOf, seatedComposition } from "./seated.js";
import { sinceSection } from "./since.js";
import { labels } from "./texts.js";

/** Age bands of jurors (upper bound exclusive); a band under 3 jurors shows no count. */
const AGE_BANDS: [string, number, number][] = [
  ["13–17", 0, 18],
  ["18–29", 18, 30],
  ["30–44", 30, 45],
  ["45–64", 45, 65],
  ["65+", 65, 200],
];
const FEWEST_SHOWN = 3;

/**
 * A jury's brief: jurors (by age band where known, small bands hidden), posts and expert
 * hearings (counts only), the statement's recommendations with their support, the
 * decision-makers' response and the action tables made from it.
 */
export async function juryBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const jury = await findJury(db, { organizationId, juryId: options.id });
  const scope = { organizationId, juryId: jury.id };
  const members = await membersOf(db, scope);
  const jurors = members.filter((m) => m.kind === "juror" && m.active);
  const hearings = await db
    .select({ id: juryHearings.id })
    .from(juryHearings)
    .where(and(eq(juryHearings.organizationId, organizationId), eq(juryHearings.juryId, jury.id)));
  const [posts] = await db
    .select({ n: count() })
    .from(juryPosts)
    .where(
      and(
        eq(juryPosts.organizationId, organizationId),
        eq(juryPosts.juryId, jury.id),
        inArray(juryPosts.status, ["visible"]),
      ),
    );
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
            [t("jurors"), jurors.length],
            [t("experts"), members.filter((m) => m.kind === "expert").length],
            [t("hearings"), hearings.length],
            [t("posts"), posts?.n ?? 0],
          ],
        },
      },
    ],
  };
  const bands = AGE_BANDS.map(([label, low, high]) => ({
    label,
    n: jurors.filter((m) => m.age !== null && m.age >= low && m.age < high).length,
  }));
  const unknown = jurors.filter((m) => m.age === null).length;
  if (unknown > 0) bands.push({ label: t("ageUnknown"), n: unknown });
  const participation: BriefSection = {
    key: "participation",
    heading: t("participation"),
    blocks: [
      {
        type: "table",
        table: {
          caption: t("byAge"),
          columns: [t("ageBand"), t("count"), t("share")],
          rows: bands
            .filter((b) => b.n > 0)
            .map((b) =>
              b.n < FEWEST_SHOWN
                ? [b.label, t("fewer"), null]
                : [b.label, b.n, jurors.length ? b.n / jurors.length : 0],
            ),
          shares: [2],
          bar: 2,
        },
      },
      ...(await seatedComposition(db, {
        organizationId,
        people: await jurorsAsPeople(db, organizationId, jurors),
        language,
        intro: "compositionJury",
        countColumn: "jurors",
        shareColumn: "jurorsShare",
      })),
    ],
  };
  const findings: BriefBlock[] = [];
  const statement = await juryStatement(db, scope);
  if (statement) {
    const detail = await statementDetail(db, { organizationId, statementId: statement.id });
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
  } else findings.push({ type: "paragraph", text: t("noPublicStatement") });
  const response = jury.decisionResponse;
  const said = response
    ? response.text[language] || response.text.fi || response.text.sv || response.text.en || ""
    : "";
  findings.push({
    type: "paragraph",
    text: response
      ? `${t("decisionResponse")} (${response.body}, ${response.date}): ${said}`
      : t("noDecisionResponse"),
  });
  return {
    kind: "jury",
    id: jury.id,
    title: jury.title,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic: statement?.published ?? false,
    sections: [
      figures,
      participation,
      { key: "findings", heading: t("findings"), blocks: findings },
      await sinceSection(db, { organizationId, kind: "jury", id: jury.id, language }),
    ],
  };
}

/**
 * Jurors as the population comparison sees them: their recorded age, and for a juror seated
 * from a panel ("panel:<candidate id>") the candidate's gender and municipality (and age band
 * when no age is recorded).
 */
async function jurorsAsPeople(
  db: Db,
  organizationId: string,
  jurors: { id: string; age: number | null; sourceRef: string | null }[],
): Promise<Person[]> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const candidateIds = jurors
    .map((j) => (j.sourceRef?.startsWith("panel:") ? j.sourceRef.slice("panel:".length) : ""))
    .filter((id) => UUID.test(id));
  const candidates = new Map(
    candidateIds.length === 0
      ? []
      : (
          await db
            .select({ id: panelCandidates.id, attributes: panelCandidates.attributes })
            .from(panelCandidates)
            .where(
              and(
                eq(panelCandidates.organizationId, organizationId),
                inArray(panelCandidates.id, candidateIds),
              ),
            )
        ).map((c) => [c.id, c.attributes]),
  );
  return jurors.map((j) => {
    const attributes = candidates.get(j.sourceRef?.slice("panel:".length) ?? "") ?? {};
    const person = personOf(j.id, attributes);
    return { ...person, age: j.age ?? person.age };
  });
}
