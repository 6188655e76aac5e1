import { useQuery } from "@tanstack/react-query";
import { Status } from "../../components/form.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import { textsByTid } from "../lib.js";
import { CommonGroundSection, DivisiveSection, GroupsSection } from "../results/Findings.js";
import { OpinionMap } from "../results/OpinionMap.js";
import { ParticipationSection } from "../results/ParticipationChart.js";
import { SegmentComparisonSection } from "../results/SegmentComparison.js";
import { staffEndpoints } from "./api.js";
import { ConversationNav, staffKeys, useStaffConversation } from "./shared.js";

export function StaffResultsPage() {
  const { ct, t, language } = useCt();
  const { org, id, query: conversation } = useStaffConversation();
  useDocumentTitle(ct("staff.results.title"));
  const results = useQuery({
    queryKey: staffKeys.results(org.slug, id),
    queryFn: () => staffEndpoints.results(org.slug, id),
  });
  const data = results.data;
  const r = data?.results;
  const texts = textsByTid(data?.statements ?? [], language);
  /** "web", "embed" or "event:<kiosk session id>" in the county's words. */
  const channelName = (key: string) => {
    if (key === "web" || key === "embed") return ct(`channels.${key}`);
    const event = data?.events.find((e) => e.key === key);
    return ct("channels.event", { name: event?.eventName ?? key });
  };
  return (
    <div className="conv-results">
      <ConversationNav id={id} current="results" />
      <h1 tabIndex={-1}>{ct("staff.results.title")}</h1>
      {conversation.data ? (
        <p className="lead">{localized(conversation.data.title, language)}</p>
      ) : null}
      {results.isPending ? <Status>{t("common.loading")}</Status> : null}
      {results.error ? (
        <p className="notice notice--error">{errorMessage(results.error, t)}</p>
      ) : null}
      {data && !r ? <p>{ct("results.notComputed")}</p> : null}
      {data && r ? (
        <>
          <p>
            {ct("staff.results.summary", {
              participants: ct("count.participants", { count: r.participants }),
              clustered: r.clustered,
              groups: ct("count.opinionGroups", { count: r.groups.length }),
              time: formatDateTime(data.computedAt, language),
            })}
          </p>
          <nav aria-label={ct("staff.results.contents")} className="conv-toc">
            <ul>
              <li>
                <a href="#conv-map-section">{ct("map.title")}</a>
              </li>
              <li>
                <a href="#conv-groups-title">{ct("groups.title")}</a>
              </li>
              <li>
                <a href="#conv-consensus-title">{ct("consensus.title")}</a>
              </li>
              <li>
                <a href="#conv-divisive-title">{ct("divisive.title")}</a>
              </li>
              {r.segments ? (
                <li>
                  <a href="#conv-segments-title">{ct("segments.title")}</a>
                </li>
              ) : null}
              {r.channels ? (
                <li>
                  <a href="#conv-channels-title">{ct("channels.title")}</a>
                </li>
              ) : null}
              <li>
                <a href="#conv-participation-title">{ct("participation.title")}</a>
              </li>
            </ul>
          </nav>
          <div id="conv-map-section">
            <OpinionMap map={r.map} groups={r.groups} />
          </div>
          <GroupsSection groups={r.groups} texts={texts} />
          {data.commonGround ? (
            <CommonGroundSection commonGround={data.commonGround} texts={texts} />
          ) : null}
          <DivisiveSection divisive={r.divisive} texts={texts} statements={r.statements} />
          {r.segments ? (
            <SegmentComparisonSection comparison={r.segments} names={data.segments} texts={texts} />
          ) : (
            <p>{ct("segments.none")}</p>
          )}
          {r.channels ? (
            <SegmentComparisonSection
              kind="channels"
              comparison={r.channels}
              names={[]}
              label={channelName}
              texts={texts}
            />
          ) : (
            <p>{ct("channels.none")}</p>
          )}
        </>
      ) : null}
      {data ? <ParticipationSection days={data.participation} /> : null}
    </div>
  );
}
