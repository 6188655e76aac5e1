import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useSt } from "../i18n/index.js";

/** The staff home card: a link to the surveys. */
export function SurveyHomeCard({ base }: { base: string }) {
  const { st } = useSt();
  const { membership } = useStaffContext();
  if (!can(membership, "survey.read")) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/surveys`}>{st("staff.title")}</Link>
      </h2>
    </li>
  );
}
