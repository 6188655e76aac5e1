import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { embedSnippet } from "../embedSnippet.js";
import { useCt } from "../i18n/index.js";
import { EXPORT_FILES } from "../types.js";
import { staffEndpoints } from "./api.js";
import { EmbedSecretSection } from "./EmbedSecretSection.js";
import { ImageSection } from "./ImageSection.js";
import { KioskSection } from "./KioskSection.js";
import {
  ConversationNav,
  conversationsPath,
  StateBadge,
  staffKeys,
  useStaffConversation,
} from "./shared.js";

/** A copy-to-clipboard button that says, in a live region, that it copied. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { ct } = useCt();
  const [done, setDone] = useState<"copied" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone("copied");
    } catch {
      setDone("failed");
    }
  };
  return (
    <span className="conv-copy">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className="conv-copy__status">
        {done === "copied"
          ? ct("staff.detail.copied")
          : done === "failed"
            ? ct("staff.detail.copyFailed")
            : ""}
      </span>
    </span>
  );
}

export function ConversationDetailPage() {
  const { ct, t, language } = useCt();
  const { org, membership } = useStaffContext();
  const { id, query } = useStaffConversation();
  const c = query.data;
  useDocumentTitle(c ? localized(c.title, language) : ct("staff.detail.title"));
  if (query.isPending) return <Status>{t("common.loading")}</Status>;
  if (query.error || !c)
    return <p className="notice notice--error">{errorMessage(query.error, t)}</p>;
  const canExport = can(membership, "conversation.export");
  const general = c.links.find((l) => l.segmentKey === null);
  const snippet = general ? embedSnippet({ url: general.url, origin: window.location.origin }) : "";

  return (
    <div>
      <ConversationNav id={id} current="detail" />
      <h1 tabIndex={-1}>{localized(c.title, language)}</h1>
      <dl className="conv-facts">
        <dt>{ct("staff.list.state")}</dt>
        <dd>
          <StateBadge state={c.state} />
        </dd>
        <dt>{ct("staff.list.visibility")}</dt>
        <dd>{ct(`staff.visibility.${c.visibility}`)}</dd>
        <dt>{ct("staff.form.moderationMode")}</dt>
        <dd>{ct(`staff.moderationMode.${c.moderationMode}`)}</dd>
        <dt>{ct("staff.detail.statements")}</dt>
        <dd>
          {c.allowStatements
            ? ct("staff.detail.statementsAllowed", { max: c.statementMaxLength })
            : ct("staff.detail.statementsNotAllowed")}
        </dd>
        <dt>{ct("staff.detail.resultsPublic")}</dt>
        <dd>{c.resultsPublic ? ct("staff.detail.yes") : ct("staff.detail.no")}</dd>
        <dt>{ct("staff.form.opensAt")}</dt>
        <dd>{c.opensAt ? formatDateTime(c.opensAt, language) : ct("staff.detail.notSet")}</dd>
        <dt>{ct("staff.form.closesAt")}</dt>
        <dd>{c.closesAt ? formatDateTime(c.closesAt, language) : ct("staff.detail.notSet")}</dd>
        {can(membership, "conversation.translate") && !c.imported ? (
          <TranslationFact slug={org.slug} id={id} />
        ) : null}
      </dl>

      <ImageSection
        slug={org.slug}
        conversation={c}
        canEdit={can(membership, "conversation.edit")}
        onChanged={() => void query.refetch()}
      />

      <h2>{ct("staff.detail.linksTitle")}</h2>
      <p>{ct("staff.detail.linksHelp")}</p>
      <ul className="conv-links">
        {c.links.map((l) => {
          const name = l.name ? localized(l.name, language) : ct("staff.detail.generalLink");
          return (
            <li key={l.segmentKey ?? "general"}>
              <p className="conv-links__name">
                <strong>{name}</strong>
                {l.segmentKey ? <span className="muted"> ({l.segmentKey})</span> : null}
              </p>
              <p className="conv-links__url">
                <a className="break" href={l.url}>
                  {l.url}
                </a>
              </p>
              <CopyButton text={l.url} label={ct("staff.detail.copyLink", { name })} />
            </li>
          );
        })}
      </ul>

      <h2>{ct("staff.detail.embedTitle")}</h2>
      <p>{ct("staff.detail.embedHelp")}</p>
      <pre className="conv-snippet">
        <code>{snippet}</code>
      </pre>
      <CopyButton text={snippet} label={ct("staff.detail.copySnippet")} />
      {can(membership, "conversation.embed.manage") ? (
        <EmbedSecretSection slug={org.slug} id={c.id} />
      ) : null}

      {can(membership, "conversation.kiosk") ? (
        <KioskSection slug={org.slug} id={c.id} publicId={c.publicId} generalUrl={general?.url} />
      ) : null}

      {canExport ? (
        <>
          <h2>{ct("staff.detail.exportTitle")}</h2>
          <p>{ct("staff.detail.exportHelp")}</p>
          <ul className="link-list">
            {EXPORT_FILES.map((file) => (
              <li key={file}>
                <a href={staffEndpoints.exportUrl(org.slug, c.id, file)} download>
                  {ct("staff.detail.download", { file })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={`/${org.slug}/c/${c.publicId}`}>{ct("staff.detail.openResidentPage")}</Link>
      </p>
      {can(membership, "reports.read") ? (
        <p>
          <Link to={`/${org.slug}/staff/reports/conversations/${c.id}`}>
            {ct("staff.detail.brief")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** How many texts wait for translation, linking to the queue. */
function TranslationFact({ slug, id }: { slug: string; id: string }) {
  const { ct } = useCt();
  const queue = useQuery({
    queryKey: staffKeys.translations(slug, id),
    queryFn: () => staffEndpoints.translations(slug, id),
  });
  if (!queue.data) return null;
  const { missing } = queue.data;
  return (
    <>
      <dt>{ct("staff.nav.translations")}</dt>
      <dd>
        <Link to={`${conversationsPath(slug)}/${id}/translations`}>
          {missing === 0 ? ct("translate.none") : ct("translate.count", { count: missing })}
        </Link>
      </dd>
    </>
  );
}
