import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { panelStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { DrawSection } from "./DrawSection.js";
import { FeeLinks } from "./FeeLinks.js";
import { MaterialsSection } from "./MaterialsSection.js";
import { SessionLinks } from "./SessionLinks.js";

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One panel: status, the candidate list against the quotas, the seed, the draw and after. */
export function PanelPage() {
  const { pt } = usePt();
  const { panelId = "" } = useParams();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const manage = can(membership, "panel.manage");
  const panel = useQuery({
    queryKey: ["panels", org.slug, panelId],
    queryFn: () => panelStaffEndpoints.panel(org.slug, panelId),
  });
  const summary = useQuery({
    queryKey: ["panels", org.slug, panelId, "summary"],
    queryFn: () => panelStaffEndpoints.summary(org.slug, panelId),
  });
  useDocumentTitle(panel.data?.title ?? pt("staff.title"));
  const refresh = () => client.invalidateQueries({ queryKey: ["panels", org.slug, panelId] });
  const [file, setFile] = useState<File | null>(null);
  const { errors, attempt, failWith } = useFormErrors((path) =>
    path === "body.file" ? "panel-file" : undefined,
  );
  const recruit = useMutation({
    mutationFn: () => panelStaffEndpoints.status(org.slug, panelId, "recruiting"),
    onSuccess: refresh,
    onError: failWith,
  });
  const fill = useMutation({
    mutationFn: async () =>
      panelStaffEndpoints.fill(org.slug, panelId, file ? await base64Of(file) : undefined),
    onSuccess: refresh,
    onError: failWith,
  });
  if (!panel.data) return <div className="page" />;
  const p = panel.data;
  const open = p.status === "draft" || p.status === "recruiting";
  return (
    <div className="page">
      <h1 tabIndex={-1}>{p.title}</h1>
      <p>
        {pt("staff.status")}: {pt(`staff.statuses.${p.status as "draft"}`)} ·{" "}
        <Link to={`/${org.slug}/panels/report/${p.id}`}>{pt("staff.publicReport")}</Link>
        {can(membership, "reports.read") ? (
          <>
            {" · "}
            <Link to={`/${org.slug}/staff/reports/panels/${p.id}`}>{pt("staff.brief")}</Link>
          </>
        ) : null}
        {p.source === "open_call" ? (
          <>
            {" · "}
            <Link to={`/${org.slug}/panels/${p.id}/sign-up`}>{pt("staff.signUpLink")}</Link>
          </>
        ) : null}
      </p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {manage && p.status === "draft" ? (
        <button type="button" onClick={() => recruit.mutate()}>
          {pt("staff.startRecruiting")}
        </button>
      ) : null}
      <section aria-labelledby="panel-candidates-heading">
        <h2 id="panel-candidates-heading">{pt("staff.candidates")}</h2>
        {manage && open ? (
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              fill.mutate();
            }}
          >
            {p.source === "staff_list" ? (
              <div className="field">
                <label htmlFor="panel-file">{pt("staff.staffList")}</label>
                <input
                  id="panel-file"
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </div>
            ) : null}
            <button type="submit" disabled={fill.isPending}>
              {p.source === "staff_list" ? pt("staff.upload") : pt("staff.fill")}
            </button>
            {fill.data ? <Status>{pt("staff.added", fill.data)}</Status> : null}
          </form>
        ) : null}
        {summary.data ? (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          <section className="table-scroll" aria-labelledby="panel-summary-caption" tabIndex={0}>
            <table>
              <caption id="panel-summary-caption">
                {pt("staff.summaryCaption")} ({summary.data.total})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{pt("staff.feature")}</th>
                  <th scope="col">{pt("staff.value")}</th>
                  <th scope="col">{pt("staff.candidatesCol")}</th>
                  <th scope="col">{pt("staff.seatedCol")}</th>
                  <th scope="col">{pt("staff.quotaCol")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.data.features.flatMap((f) =>
                  f.values.map((v) => (
                    <tr key={`${f.feature}=${v.value}`}>
                      <th scope="row">{f.feature}</th>
                      <td>{v.value || "–"}</td>
                      <td>{v.candidates}</td>
                      <td>{v.seated}</td>
                      <td>{v.min === null ? "–" : `${v.min}–${v.max}`}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </section>
        ) : null}
      </section>
      <DrawSection panel={p} manage={manage} onChange={refresh} />
      <SessionLinks panel={p} />
      <MaterialsSection panel={p} manage={manage} />
      <FeeLinks panel={p} />
    </div>
  );
}
