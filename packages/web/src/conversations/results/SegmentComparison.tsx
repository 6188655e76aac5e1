import { localized, type ShownText } from "../../lib/language.js";
import { useCt } from "../i18n/index.js";
import { formatNumber, formatPercent } from "../lib.js";
import { ScrollTable } from "../ScrollTable.js";
import type { SegmentComparison, SegmentName, SegmentShares } from "../types.js";

/** Segments (invitation links) or channels (web, embed, events): compared the same way. */
export type ComparisonKind = "segments" | "channels";

interface Props {
  comparison: SegmentComparison;
  names: SegmentName[];
  texts: Map<number, ShownText>;
  kind?: ComparisonKind;
  /** The name of a key, when not in `names` (channels). */
  label?: (key: string) => string;
}

const COLORS = { agree: "#2b6e2f", pass: "#5c5c5c", disagree: "#a4262c" } as const;
const PARTS = ["agree", "pass", "disagree"] as const;

function share(s: SegmentShares, part: (typeof PARTS)[number]): number {
  return s.voters > 0 ? s[part] / s.voters : 0;
}

/** One segment's agree / pass / disagree as a stacked bar with its numbers written inside. */
function StackedBar({
  shares,
  label,
  kind,
}: {
  shares: SegmentShares;
  label: string;
  kind: ComparisonKind;
}) {
  const { ct, language } = useCt();
  let x = 0;
  const text = ct(`${kind}.barLabel`, {
    segment: label,
    agree: formatPercent(share(shares, "agree"), language),
    disagree: formatPercent(share(shares, "disagree"), language),
    pass: formatPercent(share(shares, "pass"), language),
    voters: shares.voters,
  });
  return (
    <div className="conv-bar">
      <p className="conv-bar__label" aria-hidden="true">
        {label} <span className="muted">(n = {shares.voters})</span>
      </p>
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={text}>
        {PARTS.map((part) => {
          const w = share(shares, part) * 100;
          const rect = (
            <rect
              key={part}
              x={x}
              y={0}
              width={w}
              height={8}
              fill={COLORS[part]}
              stroke="#fff"
              strokeWidth={0.3}
            />
          );
          x += w;
          return rect;
        })}
      </svg>
      <p className="conv-bar__numbers" aria-hidden="true">
        <span className="conv-key conv-key--agree">
          {ct(`${kind}.agreeShort`)} {formatPercent(share(shares, "agree"), language)}
        </span>{" "}
        <span className="conv-key conv-key--pass">
          {ct(`${kind}.passShort`)} {formatPercent(share(shares, "pass"), language)}
        </span>{" "}
        <span className="conv-key conv-key--disagree">
          {ct(`${kind}.disagreeShort`)} {formatPercent(share(shares, "disagree"), language)}
        </span>
      </p>
    </div>
  );
}

function interval(i: { estimate: number; low: number; high: number }, language: string): string {
  return `${formatPercent(i.estimate, language)} (${formatPercent(i.low, language)}–${formatPercent(i.high, language)})`;
}

/**
 * Segment comparison: the statements on which segments differ most (q-values), and per
 * statement each segment's agree / pass / disagree as stacked bars, with a table of the counts
 * and 95% Wilson intervals.
 */
export function SegmentComparisonSection({
  comparison,
  names,
  texts,
  kind = "segments",
  label,
}: Props) {
  const { ct, language } = useCt();
  const nameOf = (key: string) =>
    label?.(key) ?? (localized(names.find((n) => n.key === key)?.name, language) || key);
  const byTid = new Map(comparison.statements.map((s) => [s.statement, s]));
  const differing = comparison.mostDifferent
    .map((tid) => byTid.get(tid))
    .filter((s): s is NonNullable<typeof s> => s !== undefined);
  const ordered = [
    ...differing,
    ...comparison.statements.filter((s) => !comparison.mostDifferent.includes(s.statement)),
  ];
  return (
    <section aria-labelledby={`conv-${kind}-title`} className="conv-segments">
      <h2 id={`conv-${kind}-title`}>{ct(`${kind}.title`)}</h2>
      <p>
        {comparison.segments
          .map((s) => ct(`${kind}.size`, { segment: nameOf(s.segment), count: s.participants }))
          .join(" · ")}
      </p>
      <p className="muted">{ct(`${kind}.method`)}</p>

      <h3>{ct(`${kind}.differTitle`)}</h3>
      {differing.length === 0 ? (
        <p>{ct(`${kind}.differNone`)}</p>
      ) : (
        <ScrollTable caption={ct(`${kind}.differCaption`)}>
          <thead>
            <tr>
              <th scope="col">{ct(`${kind}.statement`)}</th>
              <th scope="col">{ct(`${kind}.qValue`)}</th>
              <th scope="col">{ct(`${kind}.effect`)}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((s) => (
              <tr key={s.statement}>
                <th scope="row" lang={texts.get(s.statement)?.lang}>
                  {texts.get(s.statement)?.text ?? `#${s.statement}`}
                </th>
                <td>{s.test ? formatNumber(s.test.qValue, language, 4) : "–"}</td>
                <td>
                  {s.test ? formatNumber(s.test.cramersV, language, 2) : "–"}
                  {s.test?.lowCounts ? ` (${ct(`${kind}.lowCounts`)})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h3>{ct(`${kind}.perStatement`)}</h3>
      <p className="conv-keyline" aria-hidden="true">
        <span className="conv-key conv-key--agree">
          {ct(`${kind}.agreeShort`)} = {ct("vote.agree")}
        </span>{" "}
        <span className="conv-key conv-key--pass">
          {ct(`${kind}.passShort`)} = {ct("vote.pass")}
        </span>{" "}
        <span className="conv-key conv-key--disagree">
          {ct(`${kind}.disagreeShort`)} = {ct("vote.disagree")}
        </span>
      </p>
      <ul className="conv-segment-list">
        {ordered.map((s) => (
          <li key={s.statement} className="conv-segment-item">
            <p className="conv-segment-item__text">
              <q className="conv-quote" lang={texts.get(s.statement)?.lang}>
                {texts.get(s.statement)?.text ?? `#${s.statement}`}
              </q>
              {s.test?.differs ? (
                <span className="conv-badge">{ct(`${kind}.differsBadge`)}</span>
              ) : null}
            </p>
            {s.segments.map((shares) => (
              <StackedBar
                key={shares.segment}
                shares={shares}
                label={nameOf(shares.segment)}
                kind={kind}
              />
            ))}
            {s.test ? (
              <p className="muted">
                {ct(`${kind}.test`, {
                  q: formatNumber(s.test.qValue, language, 3),
                  v: formatNumber(s.test.cramersV, language, 2),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>

      <details className="conv-alt">
        <summary>{ct(`${kind}.tableToggle`)}</summary>
        <ScrollTable caption={ct(`${kind}.tableCaption`)}>
          <thead>
            <tr>
              <th scope="col">{ct(`${kind}.statement`)}</th>
              <th scope="col">{ct(`${kind}.segment`)}</th>
              <th scope="col">{ct(`${kind}.voters`)}</th>
              <th scope="col">{ct("vote.agree")}</th>
              <th scope="col">{ct("vote.disagree")}</th>
              <th scope="col">{ct("vote.pass")}</th>
              <th scope="col">{ct(`${kind}.qValue`)}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.flatMap((s) =>
              s.segments.map((shares, i) => (
                <tr key={`${s.statement}-${shares.segment}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={s.segments.length}>
                      <span lang={texts.get(s.statement)?.lang}>
                        {texts.get(s.statement)?.text ?? `#${s.statement}`}
                      </span>
                    </th>
                  ) : null}
                  <td>{nameOf(shares.segment)}</td>
                  <td>{shares.voters}</td>
                  <td>{interval(shares.agreeShare, language)}</td>
                  <td>{interval(shares.disagreeShare, language)}</td>
                  <td>{interval(shares.passShare, language)}</td>
                  {i === 0 ? (
                    <td rowSpan={s.segments.length}>
                      {s.test ? formatNumber(s.test.qValue, language, 4) : "–"}
                    </td>
                  ) : null}
                </tr>
              )),
            )}
          </tbody>
        </ScrollTable>
      </details>
    </section>
  );
}
