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

/** A detail's value as a person reads it: lists joined, nested values as compact JSON. */
function valueText(value: unknown): string {
  if (value == null) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    return value.map((v) => String(v)).join(", ");
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** What an event's detail says, field by field ("roles: admin, analyst"). */
function DetailList({ detail }: { detail: unknown }) {
  if (detail == null) return null;
  if (typeof detail !== "object" || Array.isArray(detail)) return <>{valueText(detail)}</>;
  const entries = Object.entries(detail as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <dl className="audit-detail">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{valueText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function actorText(event: AuditEvent, system: string): string {
  const actor = event.actor;
  if (!actor) return system;
  if ("email" in actor) return actor.email;
  return `${system} (${actor.label})`;
}

/** A UUID shortened to its first 8 characters (the full one is in the title attribute). */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? id.slice(0, 8) : id;
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
                      {t(`audit.actions.${e.action}` as "audit.title", { defaultValue: e.action })}
                      <br />
                      <code className="muted">{e.action}</code>
                    </td>
                    <td className="break">
                      {e.targetType
                        ? t(`audit.targets.${e.targetType}` as "audit.title", {
                            defaultValue: e.targetType,
                          })
                        : null}{" "}
                      {e.targetId ? <span title={e.targetId}>{shortId(e.targetId)}</span> : null}
                    </td>
                    <td className="break">
                      <DetailList detail={e.detail} />
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
