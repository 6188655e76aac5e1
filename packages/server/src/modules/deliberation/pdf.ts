import { briefPdf } from "../reports/index.js";
import type { PublicStatement } from "./view.js";

type Language = "fi" | "sv" | "en";

const TEXTS = {
  preamble: { fi: "Johdanto", sv: "Inledning", en: "Preamble" },
  recommendations: { fi: "Suositukset", sv: "Rekommendationer", en: "Recommendations" },
  rationale: { fi: "Perustelut", sv: "Motivering", en: "Rationale" },
  support: { fi: "Tuki", sv: "Stöd", en: "Support" },
  level: { fi: "Vastaus", sv: "Svar", en: "Answer" },
  answers: { fi: "Vastauksia", sv: "Svar", en: "Answers" },
  share: { fi: "Osuus", sv: "Andel", en: "Share" },
  acceptable: {
    fi: "voi elää sen kanssa tai paremmin",
    sv: "kan leva med det eller bättre",
    en: "can live with it or better",
  },
  minority: { fi: "Eriävät mielipiteet", sv: "Avvikande åsikter", en: "Minority opinions" },
  supporters: { fi: "kannattajaa", sv: "anhängare", en: "supporters" },
  adoption: {
    fi: "Hyväksyminen ja luovutus",
    sv: "Antagande och överlämnande",
    en: "Adoption and hand-over",
  },
  adopted: { fi: "Hyväksytty", sv: "Antaget", en: "Adopted" },
  handedOver: { fi: "Luovutettu", sv: "Överlämnat", en: "Handed over" },
} satisfies Record<string, Record<Language, string>>;

const percent = (share: number, language: Language) =>
  `${(share * 100).toLocaleString(language === "en" ? "en-GB" : `${language}-FI`, { maximumFractionDigits: 0 })} %`;

/**
 * A published statement as a tagged PDF (headings, paragraphs, support tables with bars), made
 * by the reports module's PDF writer with the letters' DejaVu fonts.
 */
export function statementPdf(statement: PublicStatement, language: Language): Promise<Buffer> {
  const t = (key: keyof typeof TEXTS) => TEXTS[key][language];
  const preamble =
    statement.preamble[language] ||
    statement.preamble.fi ||
    statement.preamble.sv ||
    statement.preamble.en;
  const sections = [];
  if (preamble)
    sections.push({
      heading: t("preamble"),
      blocks: [{ type: "paragraph" as const, text: preamble }],
    });
  for (const r of statement.recommendations) {
    const answered = r.support.answered;
    sections.push({
      heading: `${r.number}. ${r.title}`,
      blocks: [
        { type: "paragraph" as const, text: r.text },
        ...(r.rationale
          ? [{ type: "paragraph" as const, text: `${t("rationale")}: ${r.rationale}` }]
          : []),
        {
          type: "table" as const,
          table: {
            caption: `${t("support")}: ${r.support.acceptableShare === null ? "–" : percent(r.support.acceptableShare, language)} ${t("acceptable")} (${answered}/${r.support.eligible})`,
            columns: [t("level"), t("answers"), t("share")],
            rows: r.support.counts.map((c) => [
              `${c.level} ${statement.scale.find((s) => s.level === c.level)?.label[language] ?? ""}`,
              c.count,
              answered ? c.count / answered : 0,
            ]),
            shares: [2],
            bar: 2,
          },
        },
        ...statement.minorityOpinions
          .filter((m) => m.recommendationId === r.id)
          .map((m) => ({
            type: "paragraph" as const,
            text: `${t("minority")} (${m.supporters} ${t("supporters")}): ${m.text}`,
          })),
      ],
    });
  }
  const general = statement.minorityOpinions.filter((m) => !m.recommendationId);
  if (general.length > 0)
    sections.push({
      heading: t("minority"),
      blocks: general.map((m) => ({
        type: "paragraph" as const,
        text: `${m.text} (${m.supporters} ${t("supporters")})`,
      })),
    });
  const adoption = [
    statement.adoptedAt
      ? `${t("adopted")} ${statement.adoptedAt.slice(0, 10)}: ${statement.adoptedHow}`
      : "",
    statement.handedOverOn
      ? `${t("handedOver")} ${statement.handedOverOn}: ${statement.handedOverTo}. ${statement.handoverNote}`.trim()
      : "",
  ].filter(Boolean);
  if (adoption.length > 0)
    sections.push({
      heading: t("adoption"),
      blocks: adoption.map((text) => ({ type: "paragraph" as const, text })),
    });
  return briefPdf({
    title: statement.title,
    language,
    generatedAt: statement.publishedAt ?? new Date().toISOString(),
    sections,
  });
}
