import type { ShownText } from "../../lib/language.js";
import { useCt } from "../i18n/index.js";
import { formatPercent, groupLabel } from "../lib.js";
import type { CommonGround, CommonGroundItem, Group, StatementTotals } from "../types.js";
import { GroupMarker } from "./GroupMarker.js";

interface GroupsProps {
  groups: Group[];
  texts: Map<number, ShownText>;
  myGroup?: number | null | undefined;
}

function StatementText({ tid, texts }: { tid: number; texts: Map<number, ShownText> }) {
  const { ct } = useCt();
  const shown = texts.get(tid);
  return (
    <q className="conv-quote" lang={shown?.lang}>
      {shown?.text ?? ct("results.unknownStatement", { tid })}
    </q>
  );
}

/** A group's representative statements in one direction, with the group's share (none: nothing). */
function RepresentativeList(props: {
  label: string;
  items: Group["representative"];
  texts: Map<number, ShownText>;
}) {
  const { ct, language } = useCt();
  if (props.items.length === 0) return null;
  return (
    <>
      <p>{props.label}</p>
      <ul>
        {props.items.map((r) => (
          <li key={r.tid}>
            <StatementText tid={r.tid} texts={props.texts} />{" "}
            <span className="muted">
              {ct("groups.shareOfGroup", { share: formatPercent(r.share, language) })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Each group in plain language: its size and what its members agree and disagree on. */
export function GroupsSection({ groups, texts, myGroup }: GroupsProps) {
  const { ct } = useCt();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="conv-groups-title">
      <h2 id="conv-groups-title">{ct("groups.title")}</h2>
      <p className="muted">{ct("groups.explain")}</p>
      <ul className="conv-groups">
        {groups.map((g) => {
          const agree = g.representative.filter((r) => r.direction === "agree");
          const disagree = g.representative.filter((r) => r.direction === "disagree");
          return (
            <li key={g.id} className="conv-group">
              <h3>
                <GroupMarker group={g.id} size={18} />{" "}
                {ct("groups.heading", { group: groupLabel(g.id), count: g.size })}
                {myGroup === g.id ? (
                  <span className="conv-badge conv-badge--me">{ct("map.yourGroup")}</span>
                ) : null}
              </h3>
              <RepresentativeList label={ct("groups.theyAgree")} items={agree} texts={texts} />
              <RepresentativeList
                label={ct("groups.theyDisagree")}
                items={disagree}
                texts={texts}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface CommonGroundProps {
  commonGround: CommonGround;
  texts: Map<number, ShownText>;
}

/**
 * Common ground: what at least the stated share of every opinion group agreed (or disagreed)
 * with; before there are groups, of all voters, and the text says which (server:
 * common-ground.ts).
 */
export function CommonGroundSection({ commonGround, texts }: CommonGroundProps) {
  const { ct, language } = useCt();
  const everyGroup = commonGround.basis === "every_group";
  const threshold = formatPercent(commonGround.threshold, language);
  const item = (c: CommonGroundItem) => (
    <li key={c.tid}>
      <StatementText tid={c.tid} texts={texts} />{" "}
      <span className="muted">
        {everyGroup
          ? ct("consensus.shareGroups", {
              share: formatPercent(c.share, language),
              lowest: formatPercent(c.lowestGroupShare, language),
              count: c.count,
              voters: c.voters,
            })
          : ct("consensus.share", {
              share: formatPercent(c.share, language),
              count: c.count,
              voters: c.voters,
            })}
      </span>
    </li>
  );
  const { agree, disagree } = commonGround;
  return (
    <section aria-labelledby="conv-consensus-title">
      <h2 id="conv-consensus-title">{ct("consensus.title")}</h2>
      <p className="muted">
        {everyGroup
          ? ct("consensus.explainGroups", { threshold })
          : ct("consensus.explainVoters", { threshold })}
      </p>
      {agree.length === 0 && disagree.length === 0 ? (
        <p>{ct("consensus.none", { threshold })}</p>
      ) : null}
      {agree.length > 0 ? (
        <>
          <h3>{ct(everyGroup ? "consensus.agreeGroups" : "consensus.agreeVoters")}</h3>
          <ul>{agree.map(item)}</ul>
        </>
      ) : null}
      {disagree.length > 0 ? (
        <>
          <h3>{ct(everyGroup ? "consensus.disagreeGroups" : "consensus.disagreeVoters")}</h3>
          <ul>{disagree.map(item)}</ul>
        </>
      ) : null}
    </section>
  );
}

interface DivisiveProps {
  divisive: { tid: number; spread: number }[];
  texts: Map<number, ShownText>;
  /** Per-group counts, when known (staff): shown in the table. */
  statements?: StatementTotals[] | undefined;
}

/** The statements the groups disagree on most. */
export function DivisiveSection({ divisive, texts, statements }: DivisiveProps) {
  const { ct, language } = useCt();
  if (divisive.length === 0) return null;
  const byTid = new Map((statements ?? []).map((s) => [s.tid, s]));
  return (
    <section aria-labelledby="conv-divisive-title">
      <h2 id="conv-divisive-title">{ct("divisive.title")}</h2>
      <p className="muted">{ct("divisive.explain")}</p>
      <ol>
        {divisive.map((d) => {
          const row = byTid.get(d.tid);
          return (
            <li key={d.tid}>
              <StatementText tid={d.tid} texts={texts} />{" "}
              <span className="muted">
                {ct("divisive.spread", { spread: formatPercent(d.spread, language) })}
              </span>
              {row && row.perGroup.length > 0 ? (
                <ul className="conv-inline-list">
                  {row.perGroup.map((g) => (
                    <li key={g.group}>
                      {ct("divisive.groupAgrees", {
                        group: groupLabel(g.group),
                        share: formatPercent(g.voters > 0 ? g.agree / g.voters : 0, language),
                        voters: g.voters,
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
