import { scaleBand, scaleLinear } from "d3-scale";
import { formatDate } from "../../lib/format.js";
import { useCt } from "../i18n/index.js";
import { ScrollTable } from "../ScrollTable.js";
import type { ParticipationDay } from "../types.js";

const WIDTH = 400;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 28, left: 44 };

/** Votes per day as bars and the running number of participants as a line, with a table. */
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
    days: days.length,
    participants: last.participants,
    votes: last.totalVotes,
    statements: last.totalStatements,
  });
  const ticks = votesY.ticks(4);
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
              fill="#333"
            >
              {t}
            </text>
          </g>
        ))}
        {days.map((d) => (
          <rect
            key={d.day}
            x={x(d.day)}
            y={votesY(d.votes)}
            width={x.bandwidth()}
            height={HEIGHT - PAD.bottom - votesY(d.votes)}
            fill="#1f5fa8"
          />
        ))}
        <path d={line} fill="none" stroke="#a94700" strokeWidth={2.5} strokeDasharray="6 3" />
        {days.map((d) => (
          <path
            key={d.day}
            d="M-4,-4H4V4H-4Z"
            transform={`translate(${(x(d.day)! + x.bandwidth() / 2).toFixed(1)},${peopleY(d.participants).toFixed(1)})`}
            fill="#a94700"
          />
        ))}
        {days.length <= 8
          ? days.map((d) => (
              <text
                key={d.day}
                x={x(d.day)! + x.bandwidth() / 2}
                y={HEIGHT - 10}
                textAnchor="middle"
                fontSize={10}
                fill="#333"
              >
                {d.day.slice(5)}
              </text>
            ))
          : null}
      </svg>
      <ul className="conv-legend">
        <li>
          <span className="conv-swatch" style={{ background: "#1f5fa8" }} aria-hidden="true" />{" "}
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
