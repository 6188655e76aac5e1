import { scaleBand, scaleLinear } from "d3-scale";
import { formatDate, formatShortDate } from "../../lib/format.js";
import { localeFor } from "../../lib/language.js";
import { useCt } from "../i18n/index.js";
import { ScrollTable } from "../ScrollTable.js";
import type { ParticipationDay } from "../types.js";

const WIDTH = 400;
const HEIGHT = 180;
const PAD = { top: 24, right: 44, bottom: 28, left: 44 };
const VOTES_COLOUR = "#1f5fa8";
const PEOPLE_COLOUR = "#a94700";
/** At most this many dates under the bars; with more days every n-th is labelled. */
const MAX_DATE_LABELS = 8;

/**
 * Votes per day as bars (left scale) and the running number of participants as a line (right
 * scale), each scale labelled in its series' colour, dates in the user's language; with a table.
 */
export function ParticipationSection({ days }: { days: ParticipationDay[] }) {
  const { ct, language } = useCt();
  if (days.length === 0) {
    return (
      <section aria-labelledby="conv-participation-title">
        <h2 id="conv-participation-title">{ct("participation.title")}</h2>
        <p>{ct("participation.none")}</p>
      </section>
    );
  }
  const last = days[days.length - 1]!;
  const x = scaleBand<string>()
    .domain(days.map((d) => d.day))
    .range([PAD.left, WIDTH - PAD.right])
    .padding(0.2);
  const votesY = scaleLinear()
    .domain([0, Math.max(1, ...days.map((d) => d.votes))])
    .nice()
    .range([HEIGHT - PAD.bottom, PAD.top]);
  const peopleY = scaleLinear()
    .domain([0, Math.max(1, last.participants)])
    .nice()
    .range([HEIGHT - PAD.bottom, PAD.top]);
  const line = days
    .map(
      (d, i) =>
        `${i === 0 ? "M" : "L"}${(x(d.day)! + x.bandwidth() / 2).toFixed(1)},${peopleY(d.participants).toFixed(1)}`,
    )
    .join("");
  const summary = ct("participation.summary", {
    days: ct("count.days", { count: days.length }),
    participants: ct("count.participants", { count: last.participants }),
    votes: ct("count.votes", { count: last.totalVotes }),
    statements: ct("count.writtenStatements", { count: last.totalStatements }),
  });
  const ticks = votesY.ticks(4);
  const locale = localeFor(language);
  const labelEvery = Math.ceil(days.length / MAX_DATE_LABELS);
  return (
    <section aria-labelledby="conv-participation-title">
      <h2 id="conv-participation-title">{ct("participation.title")}</h2>
      <p>{summary}</p>
      <svg
        className="conv-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
      >
        <text x={PAD.left} y={10} textAnchor="end" fontSize={10} fill={VOTES_COLOUR}>
          {ct("participation.votesAxis")}
        </text>
        <text x={WIDTH - PAD.right} y={10} textAnchor="start" fontSize={10} fill={PEOPLE_COLOUR}>
          {ct("participation.participantsAxis")}
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={votesY(t)}
              y2={votesY(t)}
              stroke="#d0d0d0"
            />
            <text
              x={PAD.left - 4}
              y={votesY(t)}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={10}
              fill={VOTES_COLOUR}
            >
              {t.toLocaleString(locale)}
            </text>
          </g>
        ))}
        {peopleY.ticks(4).map((t) => (
          <text
            key={t}
            x={WIDTH - PAD.right + 4}
            y={peopleY(t)}
            textAnchor="start"
            dominantBaseline="central"
            fontSize={10}
            fill={PEOPLE_COLOUR}
          >
            {t.toLocaleString(locale)}
          </text>
        ))}
        {days.map((d) => (
          <rect
            key={d.day}
            x={x(d.day)}
            y={votesY(d.votes)}
            width={x.bandwidth()}
            height={HEIGHT - PAD.bottom - votesY(d.votes)}
            fill={VOTES_COLOUR}
          />
        ))}
        <path d={line} fill="none" stroke={PEOPLE_COLOUR} strokeWidth={2.5} strokeDasharray="6 3" />
        {days.map((d) => (
          <path
            key={d.day}
            d="M-4,-4H4V4H-4Z"
            transform={`translate(${(x(d.day)! + x.bandwidth() / 2).toFixed(1)},${peopleY(d.participants).toFixed(1)})`}
            fill={PEOPLE_COLOUR}
          />
        ))}
        {days.map((d, i) =>
          i % labelEvery === 0 ? (
            <text
              key={d.day}
              x={x(d.day)! + x.bandwidth() / 2}
              y={HEIGHT - 10}
              textAnchor="middle"
              fontSize={10}
              fill="#333"
            >
              {formatShortDate(d.day, language)}
            </text>
          ) : null,
        )}
      </svg>
      <ul className="conv-legend">
        <li>
          <span className="conv-swatch" style={{ background: VOTES_COLOUR }} aria-hidden="true" />{" "}
          {ct("participation.votesLegend")}
        </li>
        <li>
          <span className="conv-swatch conv-swatch--line" aria-hidden="true" />{" "}
          {ct("participation.participantsLegend")}
        </li>
      </ul>
      <details className="conv-alt">
        <summary>{ct("participation.tableToggle")}</summary>
        <ScrollTable caption={ct("participation.tableCaption")}>
          <thead>
            <tr>
              <th scope="col">{ct("participation.day")}</th>
              <th scope="col">{ct("participation.newParticipants")}</th>
              <th scope="col">{ct("participation.votes")}</th>
              <th scope="col">{ct("participation.statements")}</th>
              <th scope="col">{ct("participation.participantsTotal")}</th>
              <th scope="col">{ct("participation.votesTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDate(d.day, language)}</th>
                <td>{d.newParticipants}</td>
                <td>{d.votes}</td>
                <td>{d.statements}</td>
                <td>{d.participants}</td>
                <td>{d.totalVotes}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
    </section>
  );
}
