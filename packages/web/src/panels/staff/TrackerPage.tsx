import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";

/** The Incomes Register tracker: each paid batch's 5-day deadline, warnings, reported when. */
export function TrackerPage() {
  const { pt, language } = usePt();
  const { org } = useStaffContext();
  useDocumentTitle(pt("tracker.title"));
  const tracker = useQuery({
    queryKey: ["panel-fees", org.slug, "tracker"],
    queryFn: () => feeStaffEndpoints.tracker(org.slug),
  });
  const rows = tracker.data?.batches ?? [];
  const warnings = rows.filter((r) => r.state === "overdue" || r.state === "due_soon");
  return (
    <div className="page">
      <h1 tabIndex={-1}>{pt("tracker.title")}</h1>
      <p>{pt("tracker.intro")}</p>
      {warnings.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <ul>
            {warnings.map((w) => (
              <li key={w.batchId}>
                {pt(`tracker.warning.${w.state as "overdue"}`, {
                  panel: w.panelTitle,
                  deadline: formatDate(w.deadline, language),
                  n: w.unreported,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.length === 0 ? <p>{pt("tracker.none")}</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby="tracker-caption" tabIndex={0}>
        <table>
          <caption id="tracker-caption">{pt("tracker.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("tracker.panel")}</th>
              <th scope="col">{pt("tracker.paymentDate")}</th>
              <th scope="col">{pt("tracker.deadline")}</th>
              <th scope="col">{pt("tracker.state")}</th>
              <th scope="col">{pt("tracker.reportedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.batchId}>
                <th scope="row">
                  <Link to={`/${org.slug}/staff/panels/${r.panelId}/fees`}>{r.panelTitle}</Link>
                </th>
                <td>{formatDate(r.paymentDate, language)}</td>
                <td>{formatDate(r.deadline, language)}</td>
                <td>{pt(`tracker.states.${r.state}`, { n: r.unreported })}</td>
                <td>{r.reportedAt ? formatDateTime(r.reportedAt, language) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
