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

/** Live updates (Server-Sent Events): new math, new statements and changes refresh the page's data. */
export function useConversationEvents(publicId: string, access: Access): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const qs = access.t ? `?t=${encodeURIComponent(access.t)}` : "";
    const source = new EventSource(`/api/p/c/${encodeURIComponent(publicId)}/events${qs}`);
    const refresh = (part: "results" | "statements" | "info") => () => {
      void queryClient.invalidateQueries({ queryKey: ["conv", publicId, part] });
    };
    source.addEventListener("math", refresh("results"));
    source.addEventListener("statement", refresh("statements"));
    // A resident who has voted on everything gets the new statement at once.
    source.addEventListener("statement", () => {
      void queryClient.invalidateQueries({
        queryKey: ["conv", publicId, "next"],
        predicate: (query) =>
          (query.state.data as { statement?: unknown } | undefined)?.statement === null,
      });
    });
    source.addEventListener("statement", refresh("info"));
    source.addEventListener("conversation", refresh("info"));
    // The server lost its database for a while and may have missed events: refetch it all.
    source.addEventListener("resync", () => {
      void queryClient.invalidateQueries({ queryKey: residentKeys.all(publicId) });
    });
    return () => source.close();
  }, [publicId, access.t, queryClient]);
}
