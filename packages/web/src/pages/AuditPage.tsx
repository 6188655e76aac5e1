import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { keys } from "../api/hooks.js";
import { staffApi } from "../api/staff.js";
import type { AuditEvent } from "../api/types.js";
import { Status, TextField } from "../components/form.js";
import { AdminOnly, useStaffContext } from "../components/StaffContext.js";
import { errorMessage } from "../lib/errors.js";
import { formatDateTime } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

const PAGE_SIZE = 50;

/** Page size from the URL (?limit=, 1…200, as the API allows), else 50. */
function pageSize(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : PAGE_SIZE;
}

function detailText(detail: unknown): string {
  if (detail == null) return "";
  if (typeof detail === "string") return detail;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

function actorText(event: AuditEvent, system: string): string {
  const actor = event.actor;
  if (!actor) return system;
  if ("email" in actor) return actor.email;
  return `${system} (${actor.label})`;
}

function target(event: AuditEvent): string {
  return [event.targetType, event.targetId].filter(Boolean).join(" ");
}

/** The organization's audit log, newest first; paging by "older" keeps the cursor in the URL. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { org, isAdmin } = useStaffContext();
  useDocumentTitle(t("audit.title"));
  const [params, setParams] = useSearchParams();
  const action = params.get("action") ?? "";
  const before = params.get("before") ?? "";
  const limitParam = params.get("limit");
  const limit = pageSize(limitParam);
  const [filter, setFilter] = useState(action);

  const audit = useQuery({
    queryKey: [...keys.audit(org.slug, before, action), limit],
    queryFn: () =>
      staffApi.audit(org.slug, {
        limit,
        // The cursor as the URL has it; a wrong one is the API's to refuse.
        ...(before ? { before: Number(before) } : {}),
        ...(action ? { action } : {}),
      }),
    enabled: isAdmin,
  });

  if (!isAdmin) return <AdminOnly />;

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filter.trim()) next.set("action", filter.trim());
    setParams(next);
  };
  const go = (cursor: string | null) => {
    const next = new URLSearchParams();
    if (action) next.set("action", action);
    if (limitParam) next.set("limit", String(limit));
    if (cursor) next.set("before", cursor);
    setParams(next);
  };

  const events = audit.data?.events ?? [];
  const nextBefore = audit.data?.nextBefore;
  const actionsSeen = [...new Set(events.map((e) => e.action))].sort();

  return (
    <div>
      <h1 tabIndex={-1}>{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <search aria-label={t("audit.filterLabel")}>
        <form className="form form--inline" onSubmit={applyFilter}>
          <TextField
            id="audit-action"
            label={t("audit.action")}
            hint={t("audit.actionHint")}
            type="search"
            spellCheck={false}
            list={actionsSeen.length > 0 ? "audit-actions" : undefined}
            value={filter}
            onChange={setFilter}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("audit.filter")}
            </button>
            {action ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setFilter("");
                  setParams(new URLSearchParams());
                }}
              >
                {t("audit.clearFilter")}
              </button>
            ) : null}
          </div>
        </form>
      </search>
      {actionsSeen.length > 0 ? (
        <datalist id="audit-actions">
          {actionsSeen.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      ) : null}
      {audit.isPending ? <Status>{t("common.loading")}</Status> : null}
      {audit.error ? <p className="notice notice--error">{errorMessage(audit.error, t)}</p> : null}
      {audit.data ? (
        events.length === 0 ? (
          <p className="empty-state">
            {action ? t("audit.emptyFiltered", { action }) : t("audit.empty")}
          </p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          <section className="table-scroll" aria-labelledby="audit-caption" tabIndex={0}>
            <table>
              <caption id="audit-caption">
                {action ? t("audit.captionFiltered", { action }) : t("audit.caption")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("audit.at")}</th>
                  <th scope="col">{t("audit.actor")}</th>
                  <th scope="col">{t("audit.action")}</th>
                  <th scope="col">{t("audit.target")}</th>
                  <th scope="col">{t("audit.detail")}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                    </th>
                    <td className="break">{actorText(e, t("audit.system"))}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td className="break">{target(e)}</td>
                    <td className="break">
                      <code>{detailText(e.detail)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )
      ) : null}
      <nav className="pager" aria-label={t("audit.paging")}>
        {before ? (
          <button type="button" className="button button--secondary" onClick={() => go(null)}>
            {t("audit.newest")}
          </button>
        ) : null}
        {nextBefore != null && events.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go(String(nextBefore))}
          >
            {t("audit.older")}
          </button>
        ) : null}
      </nav>
    </div>
  );
}
