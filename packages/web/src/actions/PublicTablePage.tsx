import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { SelectField, TextField } from "../components/form.js";
import { formatDate, formatDateTime } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { actionEndpoints } from "./api.js";
import { useAt } from "./i18n/index.js";
import { measureRows, queryRows, type RowQuery, type SortKey } from "./rows.js";
import { SubscribeForm } from "./SubscribeForm.js";
import "./actions.css";

const PAGE_SIZES = [10, 25, 50, 0];

/** `/:slug/actions/:table`: a published action table, searchable, with its change log. */
export function PublicTablePage() {
  const { slug = "", table = "" } = useParams();
  const { at, t, language } = useAt();
  const data = useQuery({
    queryKey: ["actions", slug, table],
    queryFn: () => actionEndpoints.table(slug, table),
  });
  useDocumentTitle(data.data?.title ?? at("public.caption"));
  const [query, setQuery] = useState<RowQuery>({
    search: "",
    status: "",
    unit: "",
    sort: "number",
    descending: false,
    pageSize: 25,
    page: 1,
  });
  const set = (change: Partial<RowQuery>) => setQuery((q) => ({ ...q, page: 1, ...change }));
  const statuses = data.data?.statuses ?? [];
  const label = (key: string) =>
    localized(statuses.find((s) => s.key === key)?.label, language) || key;
  const rows = useMemo(() => measureRows(data.data?.recommendations ?? []), [data.data]);
  const units = useMemo(() => [...new Set(rows.map((r) => r.unit).filter(Boolean))].sort(), [rows]);
  if (data.isPending) return <p className="page status">{t("common.loading")}</p>;
  if (data.isError || !data.data) {
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {at("public.notFound")}
        </p>
      </div>
    );
  }
  const result = queryRows(rows, query, label);
  const fieldName = (field: string) =>
    at(`fields.${field}` as "fields.status", { defaultValue: field });
  const shown = (field: string, value: string) =>
    (field === "status" ? label(value) : value) || "–";
  return (
    <div className="page actions-page">
      <h1 tabIndex={-1}>{data.data.title}</h1>
      <p className="actions-updated">
        {at("public.updated", { date: formatDate(data.data.updatedAt, language) })}
      </p>
      <search className="actions-controls" aria-label={at("public.search")}>
        <TextField
          id="actions-search"
          type="search"
          label={at("public.search")}
          hint={at("public.searchHint")}
          value={query.search}
          onChange={(search) => set({ search })}
          maxLength={200}
        />
        <SelectField
          id="actions-status"
          label={at("public.status")}
          value={query.status}
          onChange={(status) => set({ status })}
          options={[
            { value: "", label: at("public.all") },
            ...statuses.map((s) => ({ value: s.key, label: localized(s.label, language) })),
          ]}
        />
        <SelectField
          id="actions-unit"
          label={at("public.unit")}
          value={query.unit}
          onChange={(unit) => set({ unit })}
          options={[
            { value: "", label: at("public.all") },
            ...units.map((u) => ({ value: u, label: u })),
          ]}
        />
        <SelectField
          id="actions-sort"
          label={at("public.sort")}
          value={query.sort}
          onChange={(sort) => set({ sort: sort as SortKey })}
          options={[
            { value: "number", label: at("public.sortNumber") },
            { value: "status", label: at("public.sortStatus") },
            { value: "unit", label: at("public.sortUnit") },
            { value: "updatedAt", label: at("public.sortUpdated") },
          ]}
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={query.descending}
              onChange={(e) => set({ descending: e.target.checked })}
            />{" "}
            {at("public.descending")}
          </label>
        </div>
        <SelectField
          id="actions-page-size"
          label={at("public.pageSize")}
          value={String(query.pageSize)}
          onChange={(size) => set({ pageSize: Number(size) })}
          options={PAGE_SIZES.map((n) => ({
            value: String(n),
            label: n === 0 ? at("public.pageSizeAll") : String(n),
          }))}
        />
      </search>
      <p role="status" className="actions-count">
        {at("public.shown", { shown: result.rows.length, total: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p>{at("public.none")}</p>
      ) : (
        <table className="actions-table">
          <caption className="visually-hidden">{at("public.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{at("public.recommendation")}</th>
              <th scope="col">{at("public.measure")}</th>
              <th scope="col">{at("public.schedule")}</th>
              <th scope="col">{at("public.status")}</th>
              <th scope="col">{at("public.unit")}</th>
              <th scope="col">{at("public.notes")}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.number}>
                <td data-label={at("public.recommendation")}>
                  <Link to={`/${slug}/actions/${table}/${row.recommendationNumber}`}>
                    {row.recommendationNumber}. {row.recommendation}
                  </Link>
                </td>
                <th scope="row" data-label={at("public.measure")}>
                  {row.number} {row.text}
                </th>
                <td data-label={at("public.schedule")}>{row.schedule}</td>
                <td data-label={at("public.status")}>
                  <span className={`actions-status actions-status--${row.status}`}>
                    {label(row.status)}
                  </span>
                </td>
                <td data-label={at("public.unit")}>{row.unit}</td>
                <td data-label={at("public.notes")}>{row.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.pages > 1 ? (
        <nav
          className="actions-pager"
          aria-label={at("public.page", { page: query.page, pages: result.pages })}
        >
          <button
            type="button"
            disabled={query.page <= 1}
            onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}
          >
            {at("public.previous")}
          </button>
          <span>
            {at("public.page", { page: Math.min(query.page, result.pages), pages: result.pages })}
          </span>
          <button
            type="button"
            disabled={query.page >= result.pages}
            onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}
          >
            {at("public.next")}
          </button>
        </nav>
      ) : null}
      <section aria-labelledby="actions-open-data">
        <h2 id="actions-open-data">{at("public.openData")}</h2>
        <ul>
          <li>
            <a href={data.data.urls.csv}>{at("public.csv")}</a>
          </li>
          <li>
            <a href={data.data.urls.json}>{at("public.json")}</a>
          </li>
        </ul>
      </section>
      <SubscribeForm slug={slug} table={table} />
      <section aria-labelledby="actions-changes">
        <h2 id="actions-changes">{at("public.changes")}</h2>
        {data.data.changes.length === 0 ? (
          <p>{at("public.noChanges")}</p>
        ) : (
          <ul className="actions-changes">
            {data.data.changes.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at}>{formatDateTime(c.at, language)}</time>{" "}
                {at("public.change", {
                  number: c.measureNumber,
                  field: fieldName(c.field),
                  from: shown(c.field, c.oldValue),
                  to: shown(c.field, c.newValue),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
