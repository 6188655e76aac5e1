import { useEffect } from "react";
import { useParams, useSearchParams } from "react-router";
import { useOrg } from "../api/hooks.js";
import { LanguageSwitcher } from "../components/LanguageSwitcher.js";
import { lazyNamed, PageSuspense } from "../components/lazy.js";
import { LegalLinks, Shell } from "../components/Shell.js";

const AnswerPage = lazyNamed(() => import("./AnswerPage.js"), "AnswerPage");

/** Sends the page's height to the embedding page, which may resize its iframe to fit. */
function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const send = () =>
      window.parent.postMessage(
        {
          type: "kuulo:height",
          height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        },
        "*",
      );
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [enabled]);
}

/**
 * `/:slug/surveys/:surveySlug`: the answering page in the organization's site, or with
 * `?embed=1` inside another site's iframe: only the survey, the language choice and small links
 * to the legal pages (opening in a new window), no site header (the server lets any site frame
 * these pages, as conversations').
 */
export function AnswerRoute() {
  const { slug = "" } = useParams();
  const [search] = useSearchParams();
  const embed = search.get("embed") === "1";
  const org = useOrg(slug);
  useReportHeight(embed);
  const page = (
    <PageSuspense>
      <AnswerPage />
    </PageSuspense>
  );
  if (!embed) return <Shell org={org.data}>{page}</Shell>;
  return (
    <div className="survey-embed">
      <div className="survey-embed__tools">
        <LanguageSwitcher languages={org.data?.languages as ("fi" | "sv" | "en")[] | undefined} />
      </div>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer className="survey-embed__footer">
        <LegalLinks slug={slug} newWindow />
      </footer>
    </div>
  );
}
