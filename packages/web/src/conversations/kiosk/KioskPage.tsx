import { QueryClient, QueryClientProvider, useMutation, useQuery } from "@tanstack/react-query";
import { type CSSProperties, useCallback, useEffect, useId, useRef, useState } from "react";
import { queryClient } from "../../api/hooks.js";
import type { PublicOrg } from "../../api/types.js";
import { Status } from "../../components/form.js";
import { LanguageSwitcher } from "../../components/LanguageSwitcher.js";
import i18n from "../../i18n/index.js";
import { themeFor } from "../../lib/contrast.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { kioskEndpoints } from "../api.js";
import "../conversations.css";
import { useCt } from "../i18n/index.js";
import { VotingPage } from "../VotingPage.js";
import { useInactivity } from "./useInactivity.js";

interface Props {
  publicId: string;
  token: string;
  /** The general invitation token of an invitation-only conversation (`?t=`). */
  invitation?: string | undefined;
  org: PublicOrg | undefined;
  idleSeconds: number;
}

/** The person now at the kiosk: their key and their own cache, both gone when they leave. */
interface Person {
  resident: string;
  client: QueryClient;
}

/**
 * A conversation on a tablet at an event: a start screen, then the normal voting page for one
 * person at a time. Each person gets a fresh key from the server, kept only here in memory,
 * and their own query cache: when they press "Done – next person", or nobody touches the page
 * for `idleSeconds` (with a warning and a countdown first), both are dropped and the start
 * screen returns, so that nothing of them is visible to the next person.
 */
export function KioskPage({ publicId, token, invitation, org, idleSeconds }: Props) {
  const { ct, t } = useCt();
  useDocumentTitle(ct("kiosk.pageTitle"));
  const [person, setPerson] = useState<Person | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const startLanguage = org?.defaultLanguage;
  const event = useQuery({
    queryKey: ["kiosk", publicId, token],
    queryFn: () => kioskEndpoints.event(publicId, token),
    enabled: token.length > 0,
    staleTime: 60_000,
  });
  const begin = useMutation({
    mutationFn: () => kioskEndpoints.person(publicId, token),
    onSuccess: (answer) =>
      setPerson({
        resident: answer.residentToken,
        client: new QueryClient({ defaultOptions: queryClient.getDefaultOptions() }),
      }),
  });

  // Each person starts in the county's own language.
  useEffect(() => {
    if (startLanguage && !person) void i18n.changeLanguage(startLanguage);
  }, [startLanguage, person]);

  const next = useCallback(() => {
    setPerson((current) => {
      current?.client.clear();
      return null;
    });
    begin.reset();
    void event.refetch();
  }, [begin, event]);

  const { secondsLeft, keepGoing } = useInactivity({
    enabled: person !== null,
    idleSeconds,
    warnSeconds: Math.min(20, Math.floor(idleSeconds / 2)),
    onTimeout: next,
  });

  // The start screen's button has focus, ready for the next person (also by keyboard).
  const ready = !person && event.isSuccess;
  useEffect(() => {
    if (ready) startButton.current?.focus();
  }, [ready]);

  const theme = themeFor(org?.themeColor);
  const style = { "--brand": theme.background, "--on-brand": theme.text } as CSSProperties;
  const problem = !token
    ? ct("kiosk.missingToken")
    : event.error
      ? errorMessage(event.error, t)
      : begin.error
        ? errorMessage(begin.error, t)
        : null;

  return (
    <div className="conv-kiosk" style={style}>
      <header className="conv-kiosk__bar">
        <p className="conv-kiosk__event">
          {event.data ? ct("kiosk.event", { name: event.data.eventName }) : null}
        </p>
        <LanguageSwitcher languages={org?.languages} />
        {person ? (
          <button type="button" className="button conv-kiosk__done" onClick={next}>
            {ct("kiosk.done")}
          </button>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {person ? (
          <QueryClientProvider client={person.client}>
            <VotingPage
              slug={org?.slug ?? ""}
              publicId={publicId}
              access={{ t: invitation, kiosk: { token, resident: person.resident } }}
              embed={false}
            />
          </QueryClientProvider>
        ) : (
          <div className="conv-kiosk__start">
            <h1 tabIndex={-1}>{problem ? ct("kiosk.invalidTitle") : ct("kiosk.welcome")}</h1>
            {problem ? (
              <p className="notice notice--error">{problem}</p>
            ) : event.isPending ? (
              <Status>{t("common.loading")}</Status>
            ) : (
              <>
                <p className="lead">{ct("kiosk.intro")}</p>
                <button
                  ref={startButton}
                  type="button"
                  className="button conv-kiosk__tap"
                  disabled={begin.isPending}
                  onClick={() => begin.mutate()}
                >
                  {ct("kiosk.tapToStart")}
                </button>
              </>
            )}
          </div>
        )}
      </main>
      {secondsLeft !== null ? <IdleWarning seconds={secondsLeft} onContinue={keepGoing} /> : null}
    </div>
  );
}

/** "Are you still there?" with the seconds left and a button to go on. */
function IdleWarning({ seconds, onContinue }: { seconds: number; onContinue: () => void }) {
  const { ct } = useCt();
  const titleId = useId();
  const textId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    button.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div className="conv-kiosk__overlay">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="conv-kiosk__dialog"
      >
        <h2 id={titleId}>{ct("kiosk.idleTitle")}</h2>
        <p id={textId}>{ct("kiosk.idleText", { count: seconds })}</p>
        <button ref={button} type="button" className="button" onClick={onContinue}>
          {ct("kiosk.continue")}
        </button>
      </div>
    </div>
  );
}
