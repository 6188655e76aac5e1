import { QueryClient, useQuery } from "@tanstack/react-query";
import { endpoints } from "./endpoints.js";
import { ApiError } from "./problem.js";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) are answers, not glitches: do not retry them.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export const keys = {
  me: ["me"] as const,
  orgs: ["orgs"] as const,
  org: (slug: string) => ["org", slug] as const,
  settings: (slug: string) => ["settings", slug] as const,
  staff: (slug: string) => ["staff", slug] as const,
  audit: (slug: string, before: string, action: string) => ["audit", slug, before, action] as const,
  outbox: ["outbox"] as const,
};

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: endpoints.me });
}

export function useOrg(slug: string, enabled = true) {
  return useQuery({ queryKey: keys.org(slug), queryFn: () => endpoints.org(slug), enabled });
}
