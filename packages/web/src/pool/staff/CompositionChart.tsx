import type { Composition } from "../api.js";
import { usePt } from "../i18n/index.js";

type Dimension = Composition["dimensions"][number];

const POPULATION_COLOUR = "#5a5a5a";
const POOL_COLOUR = "#1f5fa8";
const ROW = 34;
const LABEL = 110;
const WIDTH = 400;

const percent = (share: number, locale: string) =>
  share.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });

/**
 * One dimension: population share and group share side by side as bars, with the same figures
 * in a table (the chart is an image with a summary; the table is what screen readers read).
 */
export function CompositionDimension({
  dimension,
  groupLabel,
  title,
}: {
  dimension: Dimension;
  groupLabel: (group: string) => string;
  title: string;
}) {
  const { pt, language } = usePt();
  const locale = language === "sv" ? "sv-FI" : language === "en" ? "en-GB" : "fi-FI";
  const max = Math.max(0.01, ...dimension.groups.flatMap((g) => [g.populationShare, g.groupShare]));
  const scale = (share: number) => (share / max) * (WIDTH - LABEL - 50);
  const headingId = `composition-${dimension.dimension}`;
  const summary = pt("composition.chartSummary", {
    title,
    D: percent(dimension.D, locale),
  });
  return (
    <section aria-labelledby={headingId} className="pool-composition">
      <h3 id={headingId}>{title}</h3>
      <p>
        {pt("composition.measures", {
          D: percent(dimension.D, locale),
          p:
            dimension.p === null
              ? "–"
              : dimension.p.toLocaleString(locale, { maximumFractionDigits: 3 }),
        })}
      </p>
      <svg
        className="pool-chart"
        viewBox={`0 0 ${WIDTH} ${dimension.groups.length * ROW + 20}`}
        role="img"
        aria-label={summary}
      >
        <rect x={LABEL} y={2} width={10} height={10} fill={POPULATION_COLOUR} />
        <text x={LABEL + 14} y={11} fontSize={10}>
          {pt("composition.population")}
        </text>
        <rect x={LABEL + 110} y={2} width={10} height={10} fill={POOL_COLOUR} />
        <text x={LABEL + 124} y={11} fontSize={10}>
          {pt("composition.group")}
        </text>
        {dimension.groups.map((g, i) => {
          const y = 20 + i * ROW;
          return (
            <g key={g.group}>
              <text x={LABEL - 6} y={y + 14} fontSize={11} textAnchor="end">
                {groupLabel(g.group)}
              </text>
              <rect
                x={LABEL}
                y={y}
                width={scale(g.populationShare)}
                height={12}
                fill={POPULATION_COLOUR}
              />
              <rect
                x={LABEL}
                y={y + 14}
                width={scale(g.groupShare)}
                height={12}
                fill={POOL_COLOUR}
              />
              <text x={LABEL + scale(g.groupShare) + 4} y={y + 24} fontSize={10}>
                {percent(g.groupShare, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="pool-table-wrap">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("composition.category")}</th>
              <th scope="col">{pt("composition.populationShare")}</th>
              <th scope="col">{pt("composition.groupShare")}</th>
              <th scope="col">{pt("composition.people")}</th>
              <th scope="col">{pt("composition.ratio")}</th>
            </tr>
          </thead>
          <tbody>
            {dimension.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{groupLabel(g.group)}</th>
                <td>{percent(g.populationShare, locale)}</td>
                <td>{percent(g.groupShare, locale)}</td>
                <td>{g.people}</td>
                <td>
                  {g.ratio === null
                    ? "–"
                    : g.ratio.toLocaleString(locale, { maximumFractionDigits: 2 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dimension.excluded.map((e) => (
        <p key={e.reason}>
          {dimension.dimension === "sex"
            ? pt("composition.excludedSex", { count: e.count })
            : pt("composition.excluded", { count: e.count })}
        </p>
      ))}
    </section>
  );
}
