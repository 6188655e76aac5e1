import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { WhatCameOfThis } from "../actions/WhatCameOfThis.js";
import { Status } from "../components/form.js";
import { type Access, residentEndpoints } from "./api.js";
import { useCt } from "./i18n/index.js";
import { groupLabel, textsByTid } from "./lib.js";
import { CommonGroundSection, DivisiveSection, GroupsSection } from "./results/Findings.js";
import { OpinionMap } from "./results/OpinionMap.js";
import { residentKeys } from "./useConversationEvents.js";

/** The math places a participant on the map after 7 votes (as Polis), or all when fewer. */
export function placedAfter(total: number): number {
  return Math.max(1, Math.min(7, total));
}

interface Props {
  publicId: string;
  access: Access;
  /** Beside the voting: the map and the resident's group only. */
  compact?: boolean;
}

/** The opinion map with "you are here", the groups, and what everyone agrees on. */
export function ResidentResults({ publicId, access, compact = false }: Props) {
  const { ct, t, language } = useCt();
  const { slug } = useParams();
  const results = useQuery({
    queryKey: residentKeys.results(publicId, access.t),
    queryFn: () => residentEndpoints.results(publicId, access),
    staleTime: 5_000,
    // Until the math has placed the resident on the map, look again every few seconds.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      if (!data.available) return data.reason === "not_computed" ? 4000 : false;
      return data.me === null && data.progress.voted >= placedAfter(data.progress.total)
        ? 4000
        : false;
    },
  });
  if (results.isPending) return <Status>{t("common.loading")}</Status>;
  if (results.error) return <p className="notice notice--error">{ct("results.error")}</p>;
  const data = results.data;
  if (!data.available) {
    return (
      <section aria-labelledby="conv-results-title">
        <h2 id="conv-results-title">{ct("results.title")}</h2>
        <p>{data.reason === "not_public" ? ct("results.notPublic") : ct("results.notComputed")}</p>
      </section>
    );
  }
  const texts = textsByTid(data.statements, language);
  const myGroup = data.me?.group ?? null;
  const myGroupInfo = data.groups.find((g) => g.id === myGroup);
  return (
    <div className="conv-results">
      {compact ? null : (
        <p>
          {ct("results.summary", {
            participants: ct("count.participants", { count: data.participants }),
            groups: ct("count.opinionGroups", { count: data.groups.length }),
          })}
        </p>
      )}
      {compact || data.groups.length === 0 ? null : (
        <p className="muted">
          {ct("results.onMap", {
            clustered: data.clustered,
            participants: data.participants,
            count: placedAfter(data.progress.total),
          })}
        </p>
      )}
      <OpinionMap map={data.map} groups={data.groups} me={data.me} />
      {data.me ? (
        <p className="conv-you">
          {ct("results.youInGroup", {
            group: groupLabel(data.me.group),
            count: myGroupInfo?.size ?? 0,
          })}
        </p>
      ) : (
        <p className="conv-you muted">
          {data.progress.voted === 0
            ? ct("results.voteToBePlaced")
            : data.progress.voted < placedAfter(data.progress.total)
              ? ct("results.moreVotes", {
                  count: placedAfter(data.progress.total) - data.progress.voted,
                })
              : ct("results.notYetPlaced")}
        </p>
      )}
      {compact ? (
        myGroupInfo ? (
          <GroupsSection groups={[myGroupInfo]} texts={texts} myGroup={myGroup} />
        ) : null
      ) : (
        <>
          <GroupsSection groups={data.groups} texts={texts} myGroup={myGroup} />
          <CommonGroundSection commonGround={data.commonGround} texts={texts} />
          <DivisiveSection divisive={data.divisive} texts={texts} />
        </>
      )}
      {compact ? <CommonGroundSection commonGround={data.commonGround} texts={texts} /> : null}
      {compact || !slug ? null : <WhatCameOfThis slug={slug} conversation={publicId} />}
    </div>
  );
}
