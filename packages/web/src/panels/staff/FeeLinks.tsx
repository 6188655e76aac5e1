import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import type { PanelDetail } from "../api.js";
import { usePt } from "../i18n/index.js";

/** On a seated panel's page: check-in per session, and the fees (for the payments staff). */
export function FeeLinks({ panel }: { panel: PanelDetail }) {
  const { pt, language } = usePt();
  const { membership } = useStaffContext();
  const seated = ["selected", "running", "finished"].includes(panel.status);
  const attendance = can(membership, "panel.attendance");
  const payments = can(membership, "payments.manage");
  if (!seated || (!attendance && !payments)) return null;
  return (
    <section aria-labelledby="panel-fees-links">
      <h2 id="panel-fees-links">{pt("attendance.heading")}</h2>
      {attendance ? (
        <ul>
          {panel.sessions.map((s) => (
            <li key={s.id}>
              <Link to={`attendance/${s.id}`}>
                {pt("attendance.open", { date: formatDate(s.date, language), time: s.startTime })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {payments ? (
        <p>
          <Link to="fees">{pt("feesStaff.title")}</Link>
        </p>
      ) : null}
    </section>
  );
}
