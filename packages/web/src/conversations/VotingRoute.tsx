import { type CSSProperties, type ReactNode, useEffect } from "react";
import { useParams, useSearchParams } from "react-router";
import { useOrg } from "../api/hooks.js";
import { LanguageSwitcher } from "../components/LanguageSwitcher.js";
import { lazyNamed, PageSuspense } from "../components/lazy.js";
import { LegalLinks, Shell } from "../components/Shell.js";
import i18n, { languageFor } from "../i18n/index.js";
import { themeFor } from "../lib/contrast.js";
import { isLanguage } from "../lib/language.js";

// The voting page's code (and the conversations module's texts and styles) arrive when a
// conversation is opened; this route itself is small and shared.
const VotingPage = lazyNamed(() => import("./VotingPage.js"), "VotingPage");

/** Sends the page's height to the embedding page, which resizes its iframe (embed.js). */
function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "kuulo:height", height }, "*");
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    send();
    return () => observer.disconnect();
  }, [enabled]);
}

/** In an embed: only the conversation and small links to the legal pages, no site header. */
function EmbedFrame({
  slug,
  languages,
  defaultLanguage,
  themeColor,
  children,
}: {
  slug: string;
  languages?: string[] | undefined;
  defaultLanguage?: string | undefined;
  themeColor?: string | null | undefined;
  children: ReactNode;
}) {
  useReportHeight(true);
  const [search] = useSearchParams();
  const asked = search.get("lang");
  const allowed = languages?.join(",");
  useEffect(() => {
    const list = allowed ? allowed.split(",") : undefined;
    const wanted =
      isLanguage(asked) && (!list || list.includes(asked))
        ? asked
        : languageFor(list, defaultLanguage);
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
  }, [asked, allowed, defaultLanguage]);
  return (
    <div className="conv-embed" style={themeStyle(themeColor)}>
      <div className="conv-embed__tools">
        <LanguageSwitcher languages={languages as ("fi" | "sv" | "en")[] | undefined} />
      </div>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="conv-embed__footer">
        <LegalLinks slug={slug} newWindow />
      </footer>
    </div>
  );
}

function themeStyle(color: string | null | undefined): CSSProperties {
  const theme = themeFor(color);
  return { "--brand": theme.background, "--on-brand": theme.text } as CSSProperties;
}

/** `/:slug/c/:publicId`: the residents' voting page, also inside an embedding iframe (?embed=1). */
export function VotingRoute() {
  const { slug = "", publicId = "" } = useParams();
  const [search] = useSearchParams();
  const embed = search.get("embed") === "1";
  const access = {
    t: search.get("t") ?? undefined,
    xid: search.get("xid") ?? undefined,
    embed: embed || undefined,
  };
  const org = useOrg(slug);
  const page = (
    <PageSuspense>
      <VotingPage slug={slug} publicId={publicId} access={access} embed={embed} />
    </PageSuspense>
  );
  if (embed)
    return (
      <EmbedFrame
        slug={slug}
        languages={org.data?.languages}
        defaultLanguage={org.data?.defaultLanguage}
        themeColor={org.data?.themeColor}
      >
        {page}
      </EmbedFrame>
    );
  return <Shell org={org.data}>{page}</Shell>;
}
