import { useId, useMemo } from "react";
import { useCt } from "../i18n/index.js";
import { fitScales, formatPercent, groupLabel, groupStyle, placeLabel, shapePath } from "../lib.js";
import { ScrollTable } from "../ScrollTable.js";
import type { Group, OpinionMapData } from "../types.js";
import { GroupMarker } from "./GroupMarker.js";

interface Props {
  map: OpinionMapData;
  groups: Group[];
  /** The resident's own place ("you are here"), when they are on the map. */
  me?: { x: number; y: number; group: number } | null | undefined;
  /** Heading level of the section's title. */
  headingLevel?: 2 | 3;
}

const WIDTH = 400;
const HEIGHT = 300;

/**
 * The opinion map: participants as points, coloured and shaped by group, each group's letter
 * at its centre, and "you are here". The SVG has a text summary (role="img"); the legend and a
 * table say the same in words and numbers.
 */
export function OpinionMap({ map, groups, me, headingLevel = 2 }: Props) {
  const { ct, language } = useCt();
  const titleId = useId();
  const H = headingLevel === 2 ? "h2" : "h3";
  const total = groups.reduce((sum, g) => sum + g.size, 0);
  const scales = useMemo(() => {
    const points = [
      ...map.participants,
      ...groups.map((g) => ({ x: g.center[0] ?? 0, y: g.center[1] ?? 0 })),
    ];
    if (me) points.push(me);
    return fitScales(points, { width: WIDTH, height: HEIGHT, padding: 24 });
  }, [map.participants, groups, me]);

  const summary = [
    ct("map.summary", {
      participants: ct("count.participants", { count: map.participants.length }),
      groups: ct("count.groups", { count: groups.length }),
    }),
    ...groups.map((g) => ct("map.summaryGroup", { group: groupLabel(g.id), count: g.size })),
    me ? ct("map.summaryMe", { group: groupLabel(me.group) }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  const meX = me ? scales.x(me.x) : 0;
  const meY = me ? scales.y(me.y) : 0;
  // "You are here" goes where it covers no group's letter and stays inside the map.
  const meLabel = placeLabel({
    at: { x: meX, y: meY },
    text: ct("map.youAreHere"),
    fontSize: 17,
    gap: 16,
    avoid: groups.map((g) => ({
      x: scales.x(g.center[0] ?? 0),
      y: scales.y(g.center[1] ?? 0),
      r: 18,
    })),
    bounds: { width: WIDTH, height: HEIGHT },
  });

  return (
    <section className="conv-map" aria-labelledby={titleId}>
      <H id={titleId}>{ct("map.title")}</H>
      <p className="muted">{ct("map.explain")}</p>
      <svg
        className="conv-map__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect x={0.5} y={0.5} width={WIDTH - 1} height={HEIGHT - 1} fill="#fff" stroke="#8a8a8a" />
        {map.participants.map((p) => {
          const style = groupStyle(p.group);
          return (
            <path
              key={p.pid}
              d={shapePath(style.shape, 3.2)}
              transform={`translate(${scales.x(p.x).toFixed(1)},${scales.y(p.y).toFixed(1)})`}
              fill={style.color}
              fillOpacity={0.55}
            />
          );
        })}
        {groups.map((g) => {
          const cx = scales.x(g.center[0] ?? 0);
          const cy = scales.y(g.center[1] ?? 0);
          return (
            <g key={g.id} transform={`translate(${cx.toFixed(1)},${cy.toFixed(1)})`}>
              <circle r={15} fill="#fff" stroke={groupStyle(g.id).color} strokeWidth={3} />
              <text
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={18}
                fontWeight={700}
                fill="#111"
              >
                {groupLabel(g.id)}
              </text>
            </g>
          );
        })}
        {me ? (
          <g className="conv-map__me">
            <circle cx={meX} cy={meY} r={9} fill="none" stroke="#000" strokeWidth={3} />
            <circle cx={meX} cy={meY} r={12} fill="none" stroke="#fff" strokeWidth={2} />
            <circle cx={meX} cy={meY} r={3} fill="#000" />
            <text
              x={meLabel.x}
              y={meLabel.y}
              textAnchor={meLabel.anchor}
              fontSize={17}
              fontWeight={700}
              fill="#000"
              stroke="#fff"
              strokeWidth={4}
              paintOrder="stroke"
            >
              {ct("map.youAreHere")}
            </text>
          </g>
        ) : null}
      </svg>
      <ul className="conv-legend">
        {groups.map((g) => (
          <li key={g.id}>
            <GroupMarker group={g.id} />{" "}
            {ct("map.legendGroup", { group: groupLabel(g.id), count: g.size })}
            {me && me.group === g.id ? <strong> {ct("map.yourGroup")}</strong> : null}
          </li>
        ))}
        {me ? (
          <li>
            <svg
              className="conv-marker"
              width={16}
              height={16}
              viewBox="-10 -10 20 20"
              aria-hidden="true"
            >
              <circle r={6} fill="none" stroke="#000" strokeWidth={3} />
            </svg>{" "}
            {ct("map.youAreHere")}
          </li>
        ) : null}
      </ul>
      <details className="conv-alt">
        <summary>{ct("map.tableToggle")}</summary>
        <ScrollTable caption={ct("map.tableCaption")}>
          <thead>
            <tr>
              <th scope="col">{ct("map.group")}</th>
              <th scope="col">{ct("map.participants")}</th>
              <th scope="col">{ct("map.share")}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  {ct("groups.name", { group: groupLabel(g.id) })}
                  {me && me.group === g.id ? ` (${ct("map.yourGroup")})` : ""}
                </th>
                <td>{g.size}</td>
                <td>{total > 0 ? formatPercent(g.size / total, language) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
    </section>
  );
}
