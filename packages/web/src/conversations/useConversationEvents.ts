import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { Access } from "./api.js";

export const residentKeys = {
  all: (publicId: string) => ["conv", publicId] as const,
  conversation: (publicId: string, t?: string) => ["conv", publicId, "info", t ?? ""] as const,
  next: (publicId: string, t?: string) => ["conv", publicId, "next", t ?? ""] as const,
  statements: (publicId: string, t?: string) => ["conv", publicId, "statements", t ?? ""] as const,
  results: (publicId: string, t?: string) => ["conv", publicId, "results", t ?? ""] as const,
};

/** First wait before opening live updates again after the server closed them; doubles up to a minute. */
export const EVENTS_REOPEN_MS = 5000;
const EVENTS_REOPEN_MAX_MS = 60_000;

/**
 * Live updates (Server-Sent Events): new math, new statements and changes refresh the page's data.
 * The browser reconnects by itself after a dropped connection, but not after an error answer
 * (e.g. 503 while the server is busy, or 429 when an address has too many open): then the
 * stream is opened again after 5 s, 10 s, 20 s … (at most a minute), and the page's data is
 * refetched once it is open again, since events may have been missed meanwhile.
 */
export function useConversationEvents(publicId: string, access: Access): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const qs = access.t ? `?t=${encodeURIComponent(access.t)}` : "";
    const refresh = (part: "results" | "statements" | "info") => () => {
      void queryClient.invalidateQueries({ queryKey: ["conv", publicId, part] });
    };
    const refreshAll = () => {
      void queryClient.invalidateQueries({ queryKey: residentKeys.all(publicId) });
    };
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = EVENTS_REOPEN_MS;
    let reopened = false;
    const open = () => {
      const s = new EventSource(`/api/p/c/${encodeURIComponent(publicId)}/events${qs}`);
      source = s;
      s.addEventListener("open", () => {
        delay = EVENTS_REOPEN_MS;
        if (reopened) refreshAll();
      });
      s.addEventListener("error", () => {
        if (s.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself
        s.close();
        reopened = true;
        timer = setTimeout(open, delay);
        delay = Math.min(delay * 2, EVENTS_REOPEN_MAX_MS);
      });
      s.addEventListener("math", refresh("results"));
      s.addEventListener("statement", refresh("statements"));
      // A resident who has voted on everything gets the new statement at once.
      s.addEventListener("statement", () => {
        void queryClient.invalidateQueries({
          queryKey: ["conv", publicId, "next"],
          predicate: (query) =>
            (query.state.data as { statement?: unknown } | undefined)?.statement === null,
        });
      });
      s.addEventListener("statement", refresh("info"));
      s.addEventListener("conversation", refresh("info"));
      // The server lost its database for a while and may have missed events: refetch it all.
      s.addEventListener("resync", refreshAll);
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [publicId, access.t, queryClient]);
}
