import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { Status } from "../components/form.js";
import { localized, pickText } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { type Access, residentEndpoints } from "./api.js";
import "./conversations.css";
import { useCt } from "./i18n/index.js";
import { BrokenLinkNotice, ConversationNotFound } from "./LinkNotices.js";
import { MyVotes } from "./MyVotes.js";
import { ResidentResults } from "./ResidentResults.js";
import { StatementForm } from "./StatementForm.js";
import { residentKeys, useConversationEvents } from "./useConversationEvents.js";
import { VoteCard } from "./VoteCard.js";

/** Votes after which the opinion map is shown beside the voting. */
export const MAP_AFTER_VOTES = 5;

interface Props {
  slug: string;
  publicId: string;
  access: Access;
  embed: boolean;
}

type View = "vote" | "results" | "mine";

export function VotingPage({ slug, publicId, access, embed }: Props) {
  const { ct, t, language } = useCt();
  const info = useQuery({
    queryKey: residentKeys.conversation(publicId, access.t),
    queryFn: () => residentEndpoints.conversation(publicId, access),
  });
  const [view, setView] = useState<View>(() =>
    new URLSearchParams(window.location.search).get("view") === "results" ? "results" : "vote",
  );
  useConversationEvents(publicId, access);
  const original = info.data?.organization.defaultLanguage;
  const title = info.data ? pickText(info.data.title, language, original) : null;
  useDocumentTitle(title?.text || ct("vote.pageTitle"));
  const [voted, setVoted] = useState<number | null>(null);
  useEffect(() => {
    if (info.data) setVoted((v) => Math.max(v ?? 0, info.data.progress.voted));
  }, [info.data]);

  if (info.isPending) return <Status>{t("common.loading")}</Status>;
  if (info.error) return <ConversationNotFound slug={slug} error={info.error} />;
  const conversation = info.data;
  const description = pickText(conversation.description, language, original);
  const closed = conversation.state === "closed";
  const upcoming = conversation.state === "upcoming";
  const votedNow = voted ?? conversation.progress.voted;

  return (
    <div className={embed ? "conv conv--embed" : "conv"}>
      <h1 tabIndex={-1} lang={title?.lang}>
        {title?.text}
      </h1>
      {conversation.image ? (
        <img
          className="conv-image"
          src={`${conversation.image.url}${access.t ? `?t=${encodeURIComponent(access.t)}` : ""}`}
          alt={localized(conversation.image.alt, language)}
        />
      ) : null}
      {description.text
        ? description.text.split(/\n{2,}/).map((para, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
            <p key={i} className="lead" lang={description.lang}>
              {para}
            </p>
          ))
        : null}
      {conversation.invitation === "invalid" ? <BrokenLinkNotice /> : null}
      {closed ? (
        <div className="notice conv-notice" role="status">
          <p>{ct("vote.closedNotice")}</p>
        </div>
      ) : null}
      {upcoming ? (
        <div className="notice conv-notice" role="status">
          <p>{ct("vote.upcomingNotice")}</p>
        </div>
      ) : null}
      <Tabs
        className="conv-tabs"
        selectedKey={view}
        onSelectionChange={(key) => setView(key as View)}
      >
        <TabList className="conv-tabs__list" aria-label={ct("vote.tabsLabel")}>
          <Tab id="vote" className="conv-tabs__tab">
            {closed ? ct("vote.tabStatements") : ct("vote.tabVote")}
          </Tab>
          <Tab id="results" className="conv-tabs__tab">
            {ct("vote.tabResults")}
          </Tab>
          <Tab id="mine" className="conv-tabs__tab">
            {ct("vote.tabMine")}
          </Tab>
        </TabList>
        <TabPanel id="vote" className="conv-tabs__panel">
          {closed || upcoming ? (
            <p>{closed ? ct("vote.closedHelp") : ct("vote.upcomingHelp")}</p>
          ) : (
            <VoteCard
              publicId={publicId}
              access={access}
              onVoted={(n) => setVoted(n)}
              onShowResults={() => setView("results")}
            />
          )}
          {votedNow >= MAP_AFTER_VOTES && conversation.resultsPublic ? (
            <ResidentResults publicId={publicId} access={access} compact />
          ) : null}
          {conversation.allowStatements && conversation.state === "open" ? (
            <StatementForm
              publicId={publicId}
              access={access}
              maxLength={conversation.statementMaxLength}
              moderationMode={conversation.moderationMode}
            />
          ) : null}
        </TabPanel>
        <TabPanel id="results" className="conv-tabs__panel">
          <ResidentResults publicId={publicId} access={access} />
        </TabPanel>
        <TabPanel id="mine" className="conv-tabs__panel">
          <MyVotes publicId={publicId} access={access} readOnly={closed || upcoming} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
