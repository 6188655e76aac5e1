import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { staffPath } from "../../lib/paths.js";
import { useCt } from "../i18n/index.js";
import type { ConversationState } from "../types.js";
import { staffEndpoints } from "./api.js";

export const staffKeys = {
  list: (slug: string) => ["conversations", slug] as const,
  one: (slug: string, id: string) => ["conversations", slug, id] as const,
  statements: (slug: string, id: string, filter: string) =>
    ["conversations", slug, id, "statements", filter] as const,
  results: (slug: string, id: string) => ["conversations", slug, id, "results"] as const,
  translations: (slug: string, id: string) => ["conversations", slug, id, "translations"] as const,
  translationCounts: (slug: string) => ["conversations", slug, "translation-counts"] as const,
};

export function conversationsPath(slug: string): string {
  return `${staffPath(slug)}/conversations`;
}

/** The conversation named in the path, for the staff pages under /conversations/:id. */
export function useStaffConversation() {
  const { org } = useStaffContext();
  const id = useParams().id ?? "";
  const query = useQuery({
    queryKey: staffKeys.one(org.slug, id),
    queryFn: () => staffEndpoints.get(org.slug, id),
    enabled: id !== "",
  });
  return { org, id, query };
}

export function StateBadge({ state }: { state: ConversationState }) {
  const { ct } = useCt();
  return <span className={`conv-badge conv-badge--${state}`}>{ct(`staff.state.${state}`)}</span>;
}

/** Links between a conversation's staff pages. */
export function ConversationNav({ id, current }: { id: string; current: string }) {
  const { ct } = useCt();
  const { org, membership } = useStaffContext();
  const base = `${conversationsPath(org.slug)}/${id}`;
  const items = [
    { key: "detail", to: base, label: ct("staff.nav.detail") },
    ...(can(membership, "conversation.edit")
      ? [{ key: "edit", to: `${base}/edit`, label: ct("staff.nav.edit") }]
      : []),
    ...(can(membership, "conversation.moderate")
      ? [{ key: "moderation", to: `${base}/moderation`, label: ct("staff.nav.moderation") }]
      : []),
    ...(can(membership, "conversation.translate")
      ? [{ key: "translations", to: `${base}/translations`, label: ct("staff.nav.translations") }]
      : []),
    { key: "results", to: `${base}/results`, label: ct("staff.nav.results") },
  ];
  return (
    <nav className="conv-subnav" aria-label={ct("staff.nav.label")}>
      <ul>
        <li>
          <Link to={conversationsPath(org.slug)}>{ct("staff.nav.all")}</Link>
        </li>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.to} aria-current={item.key === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
