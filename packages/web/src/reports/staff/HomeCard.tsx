import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useRt } from "../i18n/index.js";

/** The staff home card: the period report and the metrics, for those who may read reports. */
export function ReportsHomeCard({ base }: { base: string }) {
  const { rt } = useRt();
  const { membership } = useStaffContext();
  if (!can(membership, "reports.read")) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/reports/period`}>{rt("period.title")}</Link>
      </h2>
      <p>{rt("period.card")}</p>
      <p>
        <Link to={`${base}/reports/metrics`}>{rt("metrics.title")}</Link>: {rt("metrics.card")}
      </p>
    </li>
  );
}
