import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDateTime } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { actionStaffEndpoints } from "../api.js";
import { useAt } from "../i18n/index.js";
import { AddMeasureForm } from "./AddMeasureForm.js";
import { MeasureEditor } from "./MeasureEditor.js";
import { SourcesPanel } from "./SourcesPanel.js";

/** One table for staff: publishing, its rows with editing, and the full history. */
export function TablePage() {
  const { tableId = "" } = useParams();
  const { at, t, language } = useAt();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const key = ["actions", org.slug, "table", tableId];
  const table = useQuery({
    queryKey: key,
    queryFn: () => actionStaffEndpoints.table(org.slug, tableId),
  });
  useDocumentTitle(table.data?.title ?? at("staff.title"));
  const sourcesKey = ["actions", org.slug, "table", tableId, "sources"];
  const sources = useQuery({
    queryKey: sourcesKey,
    queryFn: () => actionStaffEndpoints.sources(org.slug, tableId),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const publish = useMutation({
    mutationFn: (published: boolean) => actionStaffEndpoints.publish(org.slug, tableId, published),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  if (!table.data) return <p className="page status">{t("common.loading")}</p>;
  const data = table.data;
  const mayEdit = can(membership, "actions.edit");
  const units = data.editableUnits;
  const label = (k: string) =>
    localized(data.statuses.find((s) => s.key === k)?.label, language) || k;
  const shown = (field: string, value: string) =>
    (field === "status" ? label(value) : value) || "–";
  return (
    <div className="page actions-page">
      <h1 tabIndex={-1}>{data.title}</h1>
      <p>
        <Link to="..">{at("staff.title")}</Link>
        {data.published ? (
          <>
            {" · "}
            <Link to={`/${org.slug}/actions/${data.slug}`}>{at("staff.publicPage")}</Link>
          </>
        ) : null}
      </p>
      <p>{data.published ? at("staff.published") : at("staff.draft")}</p>
      {can(membership, "actions.manage") ? (
        <button
          type="button"
          onClick={() => publish.mutate(!data.published)}
          disabled={publish.isPending}
        >
          {data.published ? at("staff.withdraw") : at("staff.publish")}
        </button>
      ) : null}
      {mayEdit && units ? <p>{at("staff.ownUnits", { units: units.join(", ") })}</p> : null}
      {saved ? <Status>{at("staff.saved")}</Status> : null}
      {data.recommendations.map((r) => (
        <section key={r.id} aria-labelledby={`rec-${r.id}`}>
          <h2 id={`rec-${r.id}`}>
            {r.number}. {r.text}
          </h2>
          <ul className="actions-measures">
            {r.measures.map((m) => (
              <li key={m.id}>
                <p>
                  <strong>
                    {m.number} {m.text}
                  </strong>
                  <br />
                  {at("public.status")}: {label(m.status)}
                  {m.statusReason ? ` (${m.statusReason})` : ""} · {at("public.schedule")}:{" "}
                  {m.schedule || "–"} · {at("public.unit")}: {m.unit || "–"}
                  {m.notes ? (
                    <>
                      <br />
                      {m.notes}
                    </>
                  ) : null}
                </p>
                {editing === m.id ? (
                  <MeasureEditor
                    slug={org.slug}
                    table={data}
                    measure={m}
                    onDone={async (didSave) => {
                      setEditing(null);
                      setSaved(didSave);
                      if (didSave) await client.invalidateQueries({ queryKey: key });
                    }}
                  />
                ) : mayEdit && (!units || units.includes(m.unit)) ? (
                  <button type="button" onClick={() => setEditing(m.id)}>
                    {at("staff.edit")} {m.number}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <SourcesPanel
            slug={org.slug}
            recommendationId={r.id}
            sources={(sources.data?.sources ?? []).filter((s) => s.recommendationId === r.id)}
            mayEdit={mayEdit}
            onChanged={() =>
              Promise.all([
                client.invalidateQueries({ queryKey: sourcesKey }),
                client.invalidateQueries({ queryKey: key }),
              ])
            }
          />
          {data.published ? (
            <p>
              <Link to={`/${org.slug}/actions/${data.slug}/${r.number}`}>
                {at("sources.trailPage")}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
      {can(membership, "actions.manage") ? (
        <AddMeasureForm
          slug={org.slug}
          table={data}
          onAdded={() => client.invalidateQueries({ queryKey: key })}
        />
      ) : null}
      <section aria-labelledby="actions-history">
        <h2 id="actions-history">{at("staff.history")}</h2>
        <table className="actions-table">
          <thead>
            <tr>
              <th scope="col">{at("staff.when")}</th>
              <th scope="col">{at("staff.who")}</th>
              <th scope="col">{at("staff.what")}</th>
            </tr>
          </thead>
          <tbody>
            {data.history.map((h) => (
              <tr key={h.id}>
                <td data-label={at("staff.when")}>{formatDateTime(h.at, language)}</td>
                <td data-label={at("staff.who")}>{h.actor}</td>
                <td data-label={at("staff.what")}>
                  {h.measureNumber
                    ? at("public.change", {
                        number: h.measureNumber,
                        field: at(`fields.${h.field}` as "fields.status", {
                          defaultValue: h.field,
                        }),
                        from: shown(h.field, h.oldValue),
                        to: shown(h.field, h.newValue),
                      })
                    : `${at(`fields.${h.field}` as "fields.status", { defaultValue: h.field })} ${h.newValue}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
